import type { Verdict } from '../rules/schema';

// A per-verdict page lives at r/<verdict>/ below the app's own directory (design.md, "Share links").
const VERDICT_PAGE = /r\/(?:slm|hybrid|llm)\/$/;

/** The app's own directory, from the address of any of its pages, per-verdict ones included. */
export function appBase(href: string): URL {
  const base = new URL('./', href);
  base.pathname = base.pathname.replace(VERDICT_PAGE, '');
  base.search = '';
  return base;
}

/** The path of a verdict's page, relative to the app's directory. */
export const verdictPagePath = (verdict: Verdict): string => `r/${verdict}/`;

/**
 * The share link: the verdict's own page, so chat tools unfurl it with the verdict, and the answers
 * after "#", which browsers never send to a server.
 */
export const shareUrl = (href: string, verdict: Verdict, hash: string): string =>
  `${appBase(href).href}${verdictPagePath(verdict)}#${hash}`;
