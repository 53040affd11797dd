import type { Answers } from '../engine/types';
import { encodeLink } from '../share/link-codec';
import { IFRAME_TITLE } from './protocol';
import { EMBED_CONTAINER_STYLE, EMBED_PLACEHOLDER, PLAIN_IFRAME_HEIGHT } from './frame-height';
import { appBase } from '../share/share-url';

export interface EmbedOptions {
  theme: 'auto' | 'light' | 'dark';
  /** Six hex digits without "#", already validated, or null. */
  accent: string | null;
  answers: Answers;
}

export interface EmbedSnippets {
  script: string;
  iframe: string;
  /** The URL a preview iframe should load. */
  previewUrl: string;
}

/** Both embed snippets for an app deployed at `appUrl` (the address of any of its pages). */
export function embedSnippets(appUrl: string, { theme, accent, answers }: EmbedOptions): EmbedSnippets {
  const base = appBase(appUrl);
  const link = encodeLink(answers);
  // Stryker disable next-line Regex: an encoded link always starts with its version
  const preset = Object.keys(answers).length > 0 ? link.replace(/^v=1&/, '') : '';

  const attributes = [
    `data-slm-or-llm`,
    `data-theme="${theme}"`,
    accent ? `data-accent="${accent}"` : '',
    preset ? `data-answers="${preset}"` : '',
    `style="${EMBED_CONTAINER_STYLE}"`,
  ].filter(Boolean);
  const script = `<div ${attributes.join(' ')}>${EMBED_PLACEHOLDER}</div>\n<script src="${new URL('embed.js', base).href}" defer></script>`;

  const query = new URLSearchParams({ embed: '1' });
  if (theme !== 'auto') query.set('theme', theme);
  if (accent) query.set('accent', accent);
  const src = `${base.href}?${query.toString()}${preset ? `#${link}` : ''}`;
  const iframe =
    `<iframe src="${src}" title="${IFRAME_TITLE}"\n` +
    `        width="100%" height="${PLAIN_IFRAME_HEIGHT}" loading="lazy" style="border:0"></iframe>`;
  return { script, iframe, previewUrl: src };
}
