// The README's Docusaurus recipe: embed.js in `scripts` (render-blocking, in the head of every page), the
// element in the MDX page.
const APP = process.env.SLM_OR_LLM_APP ?? 'http://127.0.0.1:4173/tools/wizard/';

export default {
  title: 'Docs with the wizard',
  url: 'http://127.0.0.2:4177',
  baseUrl: '/',
  favicon: 'favicon.svg',
  onBrokenLinks: 'throw',
  scripts: [{ src: `${APP}embed.js`, defer: true, blocking: 'render' }],
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: './sidebars.js' },
        blog: false,
        theme: {},
      },
    ],
  ],
};
