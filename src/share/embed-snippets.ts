import type { Answers } from '../engine/types';
import { encodeLink } from './link-codec';
import { IFRAME_TITLE } from './embed-protocol';
import { appBase } from './verdict-pages';

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
  ].filter(Boolean);
  const script = `<div ${attributes.join(' ')}></div>\n<script src="${new URL('embed.js', base).href}" defer></script>`;

  const query = new URLSearchParams({ embed: '1' });
  if (theme !== 'auto') query.set('theme', theme);
  if (accent) query.set('accent', accent);
  const src = `${base.href}?${query.toString()}${preset ? `#${link}` : ''}`;
  // Without embed.js nothing can size the frame, so it gets the start screen's height in a docs column
  // (506 px at 768 px wide, 438 px at 1280): little blank space, and later screens scroll inside it.
  const iframe =
    `<iframe src="${src}" title="${IFRAME_TITLE}"\n` +
    `        width="100%" height="540" loading="lazy" style="border:0"></iframe>`;
  return { script, iframe, previewUrl: src };
}
