import type { Verdict } from '../rules/schema';
import type { Traffic } from '../rules/traffic';
import type { Answers } from '../engine/types';
import { encodeLink } from './link-codec';

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
 * The share link, from the address of any of the app's pages: the verdict's own page, so chat tools unfurl
 * it with the verdict, and the answers after "#", which browsers never send to a server. Never an embed,
 * theme or parentOrigin, so it opens the full app.
 */
export const shareUrl = (href: string, verdict: Verdict, answers: Answers, traffic: Traffic = {}): string =>
  `${appBase(href).href}${verdictPagePath(verdict)}#${encodeLink(answers, null, traffic)}`;
