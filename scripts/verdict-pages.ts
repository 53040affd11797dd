// Writes dist/r/<verdict>/index.html for each verdict: the app's page with that verdict's title,
// description and preview tags, so a share link unfurls with its verdict. The answers stay in the hash;
// the app computes the verdict from them as always, so the path is only a label.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Rules } from '../src/rules/advice-schema';
import { VERDICT_ORDER, type Verdict } from '../src/rules/schema';
import { verdictPagePath } from '../src/share/share-url';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PageMeta {
  title: string;
  description: string;
  /** The preview image, relative to the page, or absolute when the site's address is known. */
  image: string;
  imageAlt: string;
  url?: string;
}

/** The page's preview tags: Open Graph for most chat tools, Twitter's for X. */
export function previewTags({ title, description, image, imageAlt, url }: PageMeta): string {
  const tags = [
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:type', 'website'],
    ...(url ? [['property', 'og:url', url]] : []),
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:image:alt', imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
  ];
  return tags
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escape(value!)}" />`)
    .join('\n    ');
}

/** Sets a page's title, description and preview tags, replacing whatever the template had. */
export function withMeta(html: string, meta: PageMeta): string {
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(meta.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      `<meta name="description" content="${escape(meta.description)}" />`,
    )
    .replace(/\s*<meta\s+(?:property|name)="(?:og|twitter):[^"]+"\s+content="[^"]*"\s*\/>/g, '')
    .replace('</head>', `  ${previewTags(meta)}\n  </head>`);
}

/** Points the page's relative addresses two directories up, where the app's files are. */
const rebased = (html: string) => html.replace(/(\s(?:src|href)=")(?![a-z]+:|\/|#)(?:\.\/)?/g, '$1../../');

/** An absolute address when the site's is given (SITE_URL), else one relative to the page. */
export function addressOf(siteUrl: string | undefined, path: string, relativeFromPage: string): string {
  return siteUrl ? new URL(path, siteUrl).href : relativeFromPage;
}

export function writeVerdictPages(
  dist: string,
  html: string,
  rules: Rules,
  siteUrl: string | undefined,
): Verdict[] {
  for (const verdict of VERDICT_ORDER) {
    const text = rules.verdicts[verdict];
    const path = verdictPagePath(verdict);
    const page = withMeta(rebased(html), {
      title: `Recommended: ${text.title} · SLM or LLM?`,
      description: `${text.summary} Open the link for the answers behind it and why; they travel in the link itself and never reach a server.`,
      image: addressOf(siteUrl, `og/${verdict}.png`, `../../og/${verdict}.png`),
      imageAlt: `SLM or LLM? recommends: ${text.title}`,
      url: siteUrl ? new URL(path, siteUrl).href : undefined,
    });
    mkdirSync(`${dist}/${path}`, { recursive: true });
    writeFileSync(`${dist}/${path}index.html`, page);
  }
  return [...VERDICT_ORDER];
}
