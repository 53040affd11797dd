/**
 * embed.js: turns each [data-slm-or-llm] element into an auto-sized iframe of the app and re-dispatches
 * the app's messages as DOM events on the element. Standalone (no dependencies), loaded by host pages.
 */
import { CRITERION_IDS } from '../rules/criterion-ids';
import { envelope, IFRAME_TITLE, readAppMessage } from '../share/embed-protocol';

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
let watching: (() => void) | null = null;

const isDarkColour = (colour: string) => {
  // Stryker disable next-line ArrayDeclaration: a computed colour always has its channels' digits
  const [r = 255, g = 255, b = 255] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
};
// Stryker disable next-line Regex: a computed colour is serialized as rgb() or rgba() alone, commas followed by a space
const isTransparent = (colour: string) => /^rgba\(.*, 0\)$/.test(colour);

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
    const background = getComputedStyle(node).backgroundColor;
    if (!isTransparent(background)) return isDarkColour(background) ? 'dark' : 'light';
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
  const key = `slm-or-llm:embed:${slot}`;
  try {
    if (given) sessionStorage.setItem(key, `${given}`);
    return sessionStorage.getItem(key);
  } catch {
    // Storage blocked on the host too: nothing is kept, and the wizard starts over next time.
  }
}

function emit(embed: Embed, name: string, detail: object) {
  embed.element.dispatchEvent(new CustomEvent(`slm-or-llm:${name}`, { detail, bubbles: true }));
}

function onMessage(event: MessageEvent) {
  if (event.origin !== appBase.origin || !event.source) return;
  for (const embed of embeds) {
    // A removed iframe has no window (contentWindow is null), so it never matches.
    if (event.source !== embed.iframe.contentWindow) continue;
    const message = readAppMessage(event.data);
    if (!message) return;
    if (message.type === 'resize') embed.iframe.style.height = `${message.height}px`;
    else if (message.type === 'ready') {
      embed.ready = true;
      if (embed.followsHost) sendTheme(embed);
      emit(embed, 'ready', {});
    } else {
      const given = new URLSearchParams(message.answers);
      if (message.type === 'step') {
        if (CRITERION_IDS.includes(message.step as never)) given.set('step', message.step);
        emit(embed, 'step', { step: message.step });
      } else emit(embed, 'result', { verdict: message.verdict, answers: message.answers });
      session(embed.slot, given);
    }
    return;
  }
}

/** Drops embeds whose iframe left the page; stops listening altogether when none is left. */
function prune() {
  for (const embed of embeds) if (!embed.iframe.isConnected) embeds.delete(embed);
  if (!embeds.size && watching) {
    watching();
    watching = null;
  }
}

function watch() {
  if (watching) return;
  const themeChanged = () => embeds.forEach((embed) => embed.followsHost && sendTheme(embed));
  const media = matchMedia('(prefers-color-scheme: dark)');
  const markers = new MutationObserver(themeChanged);
  const attributeFilter = ['class', 'data-theme', 'data-md-color-scheme'];
  markers.observe(document.documentElement, { attributes: true, attributeFilter });
  if (document.body) markers.observe(document.body, { attributes: true, attributeFilter });
  media.addEventListener('change', themeChanged);
  addEventListener('message', onMessage);
  watching = () => {
    markers.disconnect();
    media.removeEventListener('change', themeChanged);
    removeEventListener('message', onMessage);
  };
}

/** Replaces the contents of one element with the wizard. Calling it twice on an element does nothing. */
function mount(element: HTMLElement) {
  if (element.querySelector('iframe[data-slm-or-llm-frame]')) return;
  const fixed =
    element.dataset.theme === 'light' || element.dataset.theme === 'dark' ? element.dataset.theme : null;
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
  // Stryker disable next-line StringLiteral: the attribute marks the frame by its presence
  iframe.setAttribute('data-slm-or-llm-frame', '');
  iframe.style.cssText = `display:block;width:100%;height:640px;border:0;color-scheme:${theme}`;
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
      prune();
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
