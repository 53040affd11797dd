import { defineConfig } from 'vitepress';

// The README's VitePress recipe: embed.js in the head of every page (render-blocking, so the wizard's
// space is there from the first frame), the element in the Markdown.
const APP = process.env.SLM_OR_LLM_APP ?? 'http://127.0.0.1:4173/tools/wizard/';

export default defineConfig({
  title: 'Docs with the wizard',
  head: [
    ['link', { rel: 'icon', href: '/favicon.svg' }],
    ['script', { src: `${APP}embed.js`, defer: '', blocking: 'render' }],
  ],
  themeConfig: {
    sidebar: [
      { text: 'Choosing a model', link: '/choosing' },
      { text: 'Another page', link: '/another' },
    ],
  },
});
