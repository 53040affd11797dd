/**
 * embed.js: turns each [data-slm-or-llm] element into an iframe of the app, with its height reserved before
 * it loads, and re-dispatches the app's messages as DOM events on the element. Standalone (no
 * dependencies), loaded by host pages.
 */
import { CRITERION_IDS } from '../rules/criterion-ids';
import { envelope, IFRAME_TITLE, readAppMessage } from './protocol';
import { RESERVED_HEIGHT_SHEET } from './frame-height';
import { EMBED_KEY } from '../share/storage-keys';

interface Embed {
  element: HTMLElement;
  iframe: HTMLIFrameElement;
  /** Where the host keeps this wizard's answers for the page session (see session). */
  slot: string;
  followsHost: boolean;
  /** Whether the app inside has said `ready`: nothing is posted to a frame still loading its page. */
  ready: boolean;
}

const script = document.currentScript as HTMLScriptElement | null;
const appBase = new URL('./', script?.src || location.href);
const embeds = new Set<Embed>();
let watching = false;

/*
 * Each wizard's height is reserved from the moment the page has its element (frame-height.ts). A constructed
 * sheet, because a host's policy may forbid inline style elements.
 */
const reserved = new CSSStyleSheet();
reserved.replaceSync(RESERVED_HEIGHT_SHEET);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserved];

function hostTheme(): 'light' | 'dark' {
  const nodes = [document.documentElement, document.body].filter(Boolean);
  // Docs themes mark dark mode on <html> or <body>: class="dark", data-theme="dark", or MkDocs' "slate".
  for (const node of nodes) {
    const marks = ` ${node.className} ${node.dataset.theme} ${node.dataset.mdColorScheme} `;
    if (/ (dark|slate) /.test(marks)) return 'dark';
    if (/ (light|default) /.test(marks)) return 'light';
  }
  // Otherwise go by what the page really paints: its background, or a dark canvas it opted into.
  for (const node of nodes) {
    // A computed background keeps its colour space: rgb(r, g, b) or rgba(r, g, b, alpha) for sRGB colours,
    // else lightness first, as oklch(0.98 0.01 250) or lab(98 0 -1) (Tailwind 4's palette is oklch), with
    // any alpha fourth. A transparent one paints nothing.
    const colour = getComputedStyle(node).backgroundColor;
    const [r = 0, g = 0, b = 0, alpha = 1] = colour.match(/[\d.]+/g)!.map(Number);
    // Its lightness, on sRGB's scale of 255.
    // Stryker disable next-line Regex: rgb() and rgba() start with rgb; color(srgb …), the one other form with it, is dark either way
    const lightness = /^rgb/.test(colour)
      ? 0.2126 * r + 0.7152 * g + 0.0722 * b
      : // Stryker disable next-line Regex: of the computed forms only oklch() and oklab() contain "ok", at their start
        r * (/^ok/.test(colour) ? 255 : 2.55);
    if (alpha) return lightness < 128 ? 'dark' : 'light';
  }
  const optsIntoDark = getComputedStyle(document.documentElement).colorScheme.includes('dark');
  return optsIntoDark && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function sendTheme(embed: Embed) {
  const theme = hostTheme();
  // Matching colour schemes keep the iframe transparent, so the wizard sits on the page's own background.
  embed.iframe.style.colorScheme = theme;
  if (embed.ready)
    embed.iframe.contentWindow?.postMessage(envelope({ type: 'theme', theme }), appBase.origin);
}

/*
 * A browser blocks storage in a third-party frame, so a wizard a single-page docs site unmounts and mounts
 * again would start over. The host keeps its answers for the page session instead and hands them back in
 * the iframe's hash; the app validates them like any link.
 */
function session(slot: string, given?: URLSearchParams) {
  const key = `${EMBED_KEY}:${slot}`;
  try {
    if (given) sessionStorage.setItem(key, `${given}`);
    return sessionStorage.getItem(key);
  } catch {
    // Storage blocked on the host too: nothing is kept, and the wizard starts over next time.
  }
}

function onMessage(event: MessageEvent) {
  if (event.origin !== appBase.origin || !event.source) return;
  // A removed iframe has no window (contentWindow is null), so it never matches.
  const embed = [...embeds].find((embed) => embed.iframe.contentWindow === event.source);
  const message = embed && readAppMessage(event.data);
  if (!message) return;
  const { type, ...detail } = message;
  if (type === 'resize') embed.iframe.style.height = `${message.height}px`;
  else {
    if (type === 'ready') {
      embed.ready = true;
      if (embed.followsHost) sendTheme(embed);
    } else {
      const given = new URLSearchParams(message.answers);
      // Stryker disable next-line ConditionalExpression: a result carries no step (the protocol drops one), so only a step's passes
      if (type === 'step' && CRITERION_IDS.includes(message.step as never)) given.set('step', message.step);
      session(embed.slot, given);
    }
    // The message without its type: {}, { step, answers } or { verdict, answers }.
    embed.element.dispatchEvent(new CustomEvent(`slm-or-llm:${type}`, { detail, bubbles: true }));
  }
}

/**
 * Listens from the first mount for as long as the page lives: a single-page docs site shows its wizards again
 * and again, and with none on the page a message or a theme change finds nothing to do.
 */
function watch() {
  if (watching) return;
  watching = true;
  const themeChanged = () => embeds.forEach((embed) => embed.followsHost && sendTheme(embed));
  const markers = new MutationObserver(themeChanged);
  const attributeFilter = ['class', 'data-theme', 'data-md-color-scheme'];
  markers.observe(document.documentElement, { attributes: true, attributeFilter });
  if (document.body) markers.observe(document.body, { attributes: true, attributeFilter });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', themeChanged);
  addEventListener('message', onMessage);
}

/** Replaces the contents of one element with the wizard. Calling it twice on an element does nothing. */
function mount(element: HTMLElement) {
  // An element that holds a frame already is left alone, so two copies of embed.js never fight over one.
  if (element.querySelector('iframe')) return;
  element.dataset.slmOrLlm ??= ''; // mount() may be given any element; the marker sizes the frame
  const asked = element.dataset.theme as 'light' | 'dark';
  const fixed = /^(light|dark)$/.test(asked) ? asked : null;
  // A wizard that follows the page starts in the page's theme, so it never shows the other one first.
  const theme = fixed ?? hostTheme();
  // Each wizard on each page keeps its own progress: its place names it (see progressKey).
  const place = [...document.querySelectorAll('[data-slm-or-llm]')].indexOf(element);
  const slot = `${location.pathname.replace(/[^\w./-]/g, '_').slice(-80)}:${place}`;
  const query = new URLSearchParams({ embed: '1', parentOrigin: location.origin, theme, slot });
  // Stryker disable next-line StringLiteral: any fallback that is not six hex digits leaves the accent out
  const accent = element.dataset.accent ?? '';
  if (/^[0-9a-f]{6}$/i.test(accent)) query.set('accent', accent);

  // The answers given in this page session, else the preset. The app reads them as it reads any link: it
  // validates each answer and ignores keys it does not know.
  const answers = new URLSearchParams(session(slot) || element.dataset.answers);
  answers.delete('v'); // v=1 is implied, and goes first

  const iframe = document.createElement('iframe');
  iframe.src = `${appBase.href}?${query}${answers.size ? `#v=1&${answers}` : ''}`;
  iframe.title = IFRAME_TITLE;
  iframe.loading = 'lazy';
  iframe.allow = 'clipboard-write';
  iframe.style.colorScheme = theme;
  element.replaceChildren(iframe);
  embeds.add({ element, iframe, slot, followsHost: !fixed, ready: false });
  watch();
}

/**
 * Whether React is still hydrating this server-rendered element (its root is above it, its fiber not yet on
 * it): touching it now makes React throw the page's markup away and render it again (error 418).
 */
function hydrating(element: HTMLElement) {
  const keys = (node: object) => `${Object.keys(node)}`;
  for (let node = element.parentNode; node; node = node.parentNode)
    if (keys(node).includes('__reactContainer')) return !keys(element).includes('__reactFiber');
  return false;
}

/** Mounts every [data-slm-or-llm] element on the page that is ready; says whether any still waits. */
function mountAll() {
  let waiting = false;
  for (const element of document.querySelectorAll<HTMLElement>('[data-slm-or-llm]'))
    if (hydrating(element)) waiting = true;
    else mount(element);
  return waiting;
}

/**
 * Mounts when the page is idle after loading, and from then on whenever elements come and go (single-page
 * docs sites navigate on the client), and again shortly for an element React is still hydrating: no
 * framework's server-rendered markup is touched before it is hydrated (the page's own scripts add nodes
 * while it loads, which must not mount anything early), and nothing has to call mountAll() by hand.
 */
function mountWhenIdle() {
  const idle: (run: () => void) => void = window.requestIdleCallback ?? setTimeout;
  const later = () => {
    idle(() => {
      // Embeds whose iframe left the page are forgotten.
      for (const embed of embeds) if (!embed.iframe.isConnected) embeds.delete(embed);
      if (mountAll()) setTimeout(later, 100);
    });
  };
  const start = () => {
    later();
    new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start); // a page loads once
}

(window as unknown as { SlmOrLlm: object }).SlmOrLlm = { mount, mountAll };
mountWhenIdle();
