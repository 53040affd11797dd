import { embedKey, PROGRESS_KEY } from './storage-keys';
/** How the app is shown, from the query string. These never go in the hash and never in a share link. */
export interface Presentation {
  embed: boolean;
  theme: 'light' | 'dark' | 'auto';
  /** A validated "#rrggbb" colour, or null. */
  accent: string | null;
  /** The host page's origin when embedded, or null when it was missing or not an origin. */
  parentOrigin: string | null;
  /** Which embed on the host page this is (embed.js numbers them), so each keeps its own progress. */
  slot: string | null;
}

function originOf(value: string | null): string | null {
  // Stryker disable next-line ConditionalExpression: an empty value throws below into the same null; the check narrows the type
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads the presentation options from a query string; anything malformed falls back to the default. */
export function readPresentation(search: string): Presentation {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const accent = params.get('accent');
  const slot = params.get('slot');
  return {
    embed: params.get('embed') === '1',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    accent: accent && /^[0-9a-fA-F]{6}$/.test(accent) ? `#${accent.toLowerCase()}` : null,
    parentOrigin: originOf(params.get('parentOrigin')),
    slot: slot && /^[\w.:/-]{1,100}$/.test(slot) ? slot : null,
  };
}

/**
 * The storage key of a page's progress: the standalone app's own, and one per embed, so a preview or a docs
 * page never overwrites the app's progress and two embeds on one page never overwrite each other's.
 */
export function progressKey({ embed, slot }: Presentation): string {
  return embed ? embedKey(slot) : PROGRESS_KEY;
}
