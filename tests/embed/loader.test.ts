// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope } from '../../src/embed/protocol';

const APP = 'http://localhost:3000';

interface Loader {
  mount(element: HTMLElement): void;
  mountAll(): void;
}

/** Media queries answering `dark` as told, with their listeners, like a browser's. */
function stubColourScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => {
    const ours = query === '(prefers-color-scheme: dark)';
    return {
      matches: dark && ours,
      addEventListener: (type: string, listener: () => void) =>
        ours && type === 'change' && listeners.add(listener),
      removeEventListener: (type: string, listener: () => void) =>
        type === 'change' && listeners.delete(listener),
    };
  });
  return listeners;
}

/** Loads embed.js afresh into the page as it is now, and runs what it left for an idle moment. */
async function load(): Promise<Loader> {
  vi.resetModules();
  await import('../../src/embed/loader');
  await vi.runAllTimersAsync();
  return (window as unknown as { SlmOrLlm: Loader }).SlmOrLlm;
}

const frameIn = (id: string) => document.querySelector<HTMLIFrameElement>(`#${id} iframe`)!;
const queryOf = (iframe: HTMLIFrameElement) => Object.fromEntries(new URL(iframe.src).searchParams);
/** The iframe's hash as keys and values; the app reads it as it reads any link. */
const hashOf = (iframe: HTMLIFrameElement) =>
  Object.fromEntries(new URLSearchParams(new URL(iframe.src).hash.slice(1)));

/** A message as the app inside `iframe` would send it. */
function fromApp(iframe: HTMLIFrameElement, data: unknown, origin = APP) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: iframe.contentWindow }));
}

function recordEvents(element: Element) {
  const seen: { name: string; detail: unknown }[] = [];
  for (const name of ['ready', 'step', 'result'])
    element.addEventListener(`slm-or-llm:${name}`, (event) =>
      seen.push({ name, detail: (event as CustomEvent).detail }),
    );
  return seen;
}

// Each test loads embed.js afresh; the observers of the copies loaded before are stopped after each test.
const observers: MutationObserver[] = [];
class TrackedObserver extends MutationObserver {
  constructor(callback: MutationCallback) {
    super(callback);
    observers.push(this);
  }
}

let colourListeners: Set<() => void>;
beforeEach(() => {
  vi.useFakeTimers();
  // jsdom has constructed style sheets but no document.adoptedStyleSheets; browsers have both.
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  vi.stubGlobal('MutationObserver', TrackedObserver);
  colourListeners = stubColourScheme(false);
  document.documentElement.className = '';
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-md-color-scheme');
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.removeAttribute('data-md-color-scheme');
});
afterEach(() => {
  observers.splice(0).forEach((observer) => observer.disconnect());
  sessionStorage.clear();
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('embed.js turns each marked element into the wizard', () => {
  it('makes a titled, lazy, full-width iframe with the host’s origin, theme, place and valid options', async () => {
    document.body.innerHTML = `
      <div id="a" data-slm-or-llm></div>
      <div id="b" data-slm-or-llm data-theme="dark" data-accent="0F766E" data-answers="v=1&task=simple&run=device&colour=blue"></div>
      <div id="c" data-slm-or-llm data-theme="purple" data-accent="red;x"></div>
      <div id="d" data-slm-or-llm data-theme="darkest"></div>
      <div id="e" data-slm-or-llm data-theme="moonlight"></div>`;
    await load();

    const a = frameIn('a');
    expect(a.title).toBe('SLM or LLM? decision wizard');
    expect(a.loading).toBe('lazy');
    expect(a.allow).toBe('clipboard-write');
    // Its size and border come from the sheet embed.js adds (below), so nothing inline competes with it.
    expect(a.style.height).toBe('');
    expect(a.src).toBe(`${APP}/?embed=1&parentOrigin=${encodeURIComponent(APP)}&theme=light&slot=%2F%3A0`);
    expect(a.style.colorScheme).toBe('light');

    const b = frameIn('b');
    expect(queryOf(b)).toEqual({
      embed: '1',
      parentOrigin: APP,
      theme: 'dark',
      slot: '/:1',
      accent: '0F766E',
    });
    // The app validates each answer and ignores keys it does not know, as in any link.
    expect(new URL(b.src).hash).toBe('#v=1&task=simple&run=device&colour=blue'); // one v=1, first

    // An unknown theme follows the host; an accent that is not six hex digits is left out.
    expect(queryOf(frameIn('c'))).toEqual({ embed: '1', parentOrigin: APP, theme: 'light', slot: '/:2' });
    expect(queryOf(frameIn('d')).theme).toBe('light');
    expect(queryOf(frameIn('e')).theme).toBe('light');
  });

  it('reserves each wizard’s height by its width, before anything mounts, in a sheet beside the page’s own', async () => {
    const pages = new CSSStyleSheet();
    document.adoptedStyleSheets = [pages];
    await load();
    const [own, reserved] = document.adoptedStyleSheets;
    expect(own).toBe(pages);
    // The element measures its own width for the frame it holds; before it holds one, a placeholder of the
    // frame's height stands in. (jsdom drops the height itself: container units are beyond it, so the
    // browser tests measure it.)
    expect([...reserved!.cssRules].map((rule) => rule.cssText)).toEqual([
      '[data-slm-or-llm] { container-type: inline-size; }',
      '[data-slm-or-llm]:empty:before,[data-slm-or-llm]>iframe { content: ""; display: block; width: 100%; border: 0px; }',
    ]);
  });

  it('names each wizard’s place by its page’s path in safe characters, and passes only a six-digit accent', async () => {
    window.history.replaceState(null, '', '/docs/guide (v2)/');
    document.body.innerHTML = `
      <div id="a" data-slm-or-llm data-accent="x0f766e"></div>
      <div id="b" data-slm-or-llm data-accent="0f766e0"></div>`;
    await load();
    expect(queryOf(frameIn('a'))).toEqual({
      embed: '1',
      parentOrigin: APP,
      theme: 'light',
      slot: '/docs/guide_20_v2_/:0',
    });
    expect(queryOf(frameIn('b')).slot).toBe('/docs/guide_20_v2_/:1');
    expect(queryOf(frameIn('b')).accent).toBeUndefined();
    window.history.replaceState(null, '', `/${'p'.repeat(100)}/`);
    document.body.innerHTML = '<div id="c" data-slm-or-llm></div>';
    await load();
    expect(queryOf(frameIn('c')).slot).toBe(`${'p'.repeat(79)}/:0`);
    window.history.replaceState(null, '', '/');
  });

  it('points at the app beside embed.js, wherever the script is loaded from', async () => {
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue({
      src: 'http://localhost:3000/tools/wizard/embed.js',
    } as HTMLScriptElement);
    document.body.innerHTML = '<div id="a" data-slm-or-llm></div>';
    await load();
    expect(frameIn('a').src).toMatch(/^http:\/\/localhost:3000\/tools\/wizard\/\?embed=1&/);
  });

  it('works on a page without a body, from a script that mounts at once', async () => {
    const body = document.body;
    body.remove();
    const element = document.createElement('div');
    element.setAttribute('data-slm-or-llm', '');
    document.documentElement.append(element);
    try {
      await load();
      expect(element.querySelector('iframe')!.title).toBe('SLM or LLM? decision wizard');
    } finally {
      element.remove();
      document.documentElement.append(body);
    }
  });

  it('leaves an element alone while React hydrates the page around it, and mounts it once hydrated', async () => {
    document.body.innerHTML = '<div id="root"><main><div id="a" data-slm-or-llm></div></main></div>';
    // What React's hydrateRoot leaves on its container at once, and on each element as it hydrates it.
    Object.assign(document.getElementById('root')!, { __reactContainer$k: {} });
    vi.resetModules();
    await import('../../src/embed/loader');
    await vi.advanceTimersByTimeAsync(1000);
    expect(document.querySelector('#a iframe')).toBeNull();
    Object.assign(document.getElementById('a')!, { __reactFiber$k: {} });
    await vi.advanceTimersByTimeAsync(200);
    expect(frameIn('a').title).toBe('SLM or LLM? decision wizard');
  });

  it('mounts an element once, whether by itself or by mount and mountAll', async () => {
    document.body.innerHTML = '<div id="a" data-slm-or-llm><p>Loading the wizard…</p></div>';
    const loader = await load();
    const first = frameIn('a');
    loader.mount(document.getElementById('a')!);
    loader.mountAll();
    expect(document.querySelectorAll('#a iframe')).toHaveLength(1);
    expect(frameIn('a')).toBe(first);
    expect(document.querySelector('#a p')).toBeNull();
  });

  it('marks an element mount() is given, so its frame is sized as every wizard’s, and keeps a given mark', async () => {
    document.body.innerHTML = '<section id="a"></section><div id="b" data-slm-or-llm="guide"></div>';
    const loader = await load();
    loader.mount(document.getElementById('a')!);
    expect(document.getElementById('a')!.dataset.slmOrLlm).toBe('');
    expect(frameIn('a').title).toBe('SLM or LLM? decision wizard');
    expect(document.getElementById('b')!.dataset.slmOrLlm).toBe('guide');
  });

  it('waits for the page to load before touching it, then mounts what a single-page site adds later', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    document.body.innerHTML = '<div id="a" data-slm-or-llm></div>';
    await load();
    expect(document.querySelector('#a iframe')).toBeNull();
    // The page's own scripts add nodes while it loads (a framework about to hydrate): still nothing.
    document.head.append(document.createElement('link'));
    await vi.runAllTimersAsync();
    expect(document.querySelector('#a iframe')).toBeNull();
    window.dispatchEvent(new Event('load'));
    await vi.runAllTimersAsync();
    expect(frameIn('a')).not.toBeNull();
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });

    const later = document.createElement('div');
    later.id = 'later';
    later.dataset.slmOrLlm = '';
    document.body.append(later);
    await vi.runAllTimersAsync();
    expect(frameIn('later')).not.toBeNull();
  });
});

describe('embed.js starts a following wizard in the host’s theme', () => {
  it.each([
    ['class="dark" on <html>', () => document.documentElement.classList.add('dark'), 'dark'],
    [
      'data-theme="dark" on <html>',
      () => document.documentElement.setAttribute('data-theme', 'dark'),
      'dark',
    ],
    ['MkDocs’ slate on <body>', () => document.body.setAttribute('data-md-color-scheme', 'slate'), 'dark'],
    [
      'a light marker over a dark system the page opted into',
      () => {
        document.documentElement.classList.add('light');
        document.documentElement.style.colorScheme = 'light dark';
        stubColourScheme(true);
      },
      'light',
    ],
    [
      'MkDocs’ default over a dark background',
      () => {
        document.body.setAttribute('data-md-color-scheme', 'default');
        document.body.style.backgroundColor = 'rgb(20, 20, 20)';
      },
      'light',
    ],
    [
      'a transparent body over a dark <html>',
      () => {
        document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
        document.documentElement.style.backgroundColor = 'rgb(10, 10, 10)';
      },
      'dark',
    ],
    [
      'a dark canvas the page opted into, on a dark system',
      () => {
        document.documentElement.style.colorScheme = 'light dark';
        stubColourScheme(true);
      },
      'dark',
    ],
    ['a dark system the page did not opt into', () => stubColourScheme(true), 'light'],
    [
      'data-theme="light" on <html> over a dark background',
      () => {
        document.documentElement.setAttribute('data-theme', 'light');
        document.body.style.backgroundColor = 'rgb(0, 0, 0)';
      },
      'light',
    ],
    [
      'MkDocs’ default on <html> over a dark background',
      () => {
        document.documentElement.setAttribute('data-md-color-scheme', 'default');
        document.body.style.backgroundColor = 'rgb(0, 0, 0)';
      },
      'light',
    ],
    [
      'a transparent keyword body over a dark <html>',
      () => {
        document.body.style.backgroundColor = 'transparent';
        document.documentElement.style.backgroundColor = 'rgb(10, 10, 10)';
      },
      'dark',
    ],
    [
      'a see-through oklch body over a dark <html>',
      () => {
        document.body.style.backgroundColor = 'oklch(0.98 0 0 / 0)';
        document.documentElement.style.backgroundColor = 'rgb(10, 10, 10)';
      },
      'dark',
    ],
  ])('%s', async (_, arrange, theme) => {
    arrange();
    document.body.insertAdjacentHTML('beforeend', '<div id="a" data-slm-or-llm></div>');
    await load();
    expect(queryOf(frameIn('a')).theme).toBe(theme);
    expect(frameIn('a').style.colorScheme).toBe(theme);
  });

  // A page without a theme marker: what its body paints decides.
  it.each([
    ['rgb(27, 27, 31)', 'dark'],
    ['rgb(250, 250, 250)', 'light'],
    // Just either side of mid grey (relative brightness 128), in each channel's weight.
    ['rgb(127, 127, 127)', 'dark'],
    ['rgb(128, 128, 128)', 'light'],
    ['rgb(0, 0, 255)', 'dark'],
    ['rgb(0, 255, 0)', 'light'],
    ['rgb(255, 128, 0)', 'light'],
    ['rgba(0, 0, 0, 0.5)', 'dark'],
    // Modern colour spaces stay as written, lightness first (Tailwind 4's palette is oklch).
    ['oklch(0.985 0.002 247.839)', 'light'],
    ['oklch(0.21 0.034 264.665)', 'dark'],
    ['oklch(0.5 0 0)', 'dark'],
    ['oklch(0.51 0 0)', 'light'],
    ['lab(50 0 -1)', 'dark'],
    ['lab(51 0 -1)', 'light'],
  ])('a page background of %s reads as %s', async (background, theme) => {
    document.body.style.backgroundColor = background;
    document.body.insertAdjacentHTML('beforeend', '<div id="a" data-slm-or-llm></div>');
    await load();
    expect(queryOf(frameIn('a')).theme).toBe(theme);
    expect(frameIn('a').style.colorScheme).toBe(theme);
  });
});

describe('embed.js and the app inside', () => {
  async function mounted() {
    document.body.innerHTML =
      '<div id="a" data-slm-or-llm></div><div id="b" data-slm-or-llm data-theme="light"></div>';
    await load();
    const a = frameIn('a');
    const b = frameIn('b');
    const postA = vi.spyOn(a.contentWindow!, 'postMessage');
    const postB = vi.spyOn(b.contentWindow!, 'postMessage');
    return { a, b, postA, postB, events: recordEvents(document.getElementById('a')!) };
  }

  it('posts nothing before ready; after ready, the host’s theme to the app’s origin, and each change', async () => {
    const { a, b, postA, postB, events } = await mounted();
    document.documentElement.classList.add('dark');
    await vi.runAllTimersAsync();
    expect(postA).not.toHaveBeenCalled();
    expect(a.style.colorScheme).toBe('dark');

    fromApp(a, envelope({ type: 'ready' }));
    expect(events).toEqual([{ name: 'ready', detail: {} }]);
    expect(postA).toHaveBeenLastCalledWith(envelope({ type: 'theme', theme: 'dark' }), APP);

    document.documentElement.classList.remove('dark');
    await vi.runAllTimersAsync();
    expect(postA).toHaveBeenLastCalledWith(envelope({ type: 'theme', theme: 'light' }), APP);
    stubColourScheme(true);
    document.documentElement.style.colorScheme = 'dark';
    colourListeners.forEach((listener) => listener());
    expect(postA).toHaveBeenLastCalledWith(envelope({ type: 'theme', theme: 'dark' }), APP);

    // A wizard with a theme of its own is never told the host's.
    fromApp(b, envelope({ type: 'ready' }));
    expect(postB).not.toHaveBeenCalled();
  });

  it.each([
    ['data-theme on <html>', () => document.documentElement.setAttribute('data-theme', 'dark')],
    [
      'MkDocs’ scheme on <html>',
      () => document.documentElement.setAttribute('data-md-color-scheme', 'slate'),
    ],
    ['a class on <body>', () => document.body.classList.add('dark')],
  ])('follows a theme marker that changes: %s', async (_, change) => {
    const { a } = await mounted();
    change();
    await vi.runAllTimersAsync();
    expect(a.style.colorScheme).toBe('dark');
  });

  it('tells each wizard of a change once, however many are on the page', async () => {
    const { a, postA } = await mounted();
    document.body.insertAdjacentHTML('beforeend', '<div id="c" data-slm-or-llm></div>');
    await vi.runAllTimersAsync();
    fromApp(a, envelope({ type: 'ready' }));
    postA.mockClear();
    document.documentElement.style.colorScheme = 'light dark';
    stubColourScheme(true);
    colourListeners.forEach((listener) => listener());
    expect(postA).toHaveBeenCalledTimes(1);
  });

  it('stays quiet about a removed wizard, even before it is forgotten', async () => {
    const { a, events } = await mounted();
    fromApp(a, envelope({ type: 'ready' }));
    document.getElementById('a')!.remove();
    // As in a browser (jsdom keeps it): a removed iframe has no window.
    Object.defineProperty(a, 'contentWindow', { value: null });
    // Before the idle moment that forgets it: a theme change and a message without a source.
    expect(() => colourListeners.forEach((listener) => listener())).not.toThrow();
    window.dispatchEvent(
      new MessageEvent('message', {
        data: envelope({ type: 'step', step: 'task', answers: {} }),
        origin: APP,
      }),
    );
    expect(events.filter((e) => e.name === 'step')).toEqual([]);
  });

  it('sizes the iframe and re-dispatches steps and results as DOM events', async () => {
    const { a, b, events } = await mounted();
    fromApp(a, envelope({ type: 'resize', height: 512.4 }));
    expect(a.style.height).toBe('512px');
    fromApp(a, envelope({ type: 'resize', height: 99_999 }));
    expect(a.style.height).toBe('20000px');
    const bubbled: string[] = [];
    document.addEventListener('slm-or-llm:step', (event) => bubbled.push((event as CustomEvent).detail.step));
    fromApp(a, envelope({ type: 'step', step: 'speed', answers: { task: 'simple' } }));
    expect(bubbled).toEqual(['speed']);
    fromApp(a, envelope({ type: 'result', verdict: 'slm', answers: { task: 'simple', colour: 'blue' } }));
    expect(events).toEqual([
      { name: 'step', detail: { step: 'speed', answers: { task: 'simple' } } },
      { name: 'result', detail: { verdict: 'slm', answers: { task: 'simple' } } },
    ]);
    expect(b.style.height).toBe('');
  });

  it('ignores messages from another origin, from another window, and malformed ones', async () => {
    const { a, b, events, postA } = await mounted();
    fromApp(a, envelope({ type: 'resize', height: 300 }), 'https://evil.example');
    fromApp(a, { source: 'slm-or-llm', v: 2, type: 'resize', height: 300 });
    fromApp(a, envelope({ type: 'resize', height: Number.NaN }));
    fromApp(a, 'resize 300');
    window.dispatchEvent(
      new MessageEvent('message', { data: envelope({ type: 'ready' }), origin: APP, source: window }),
    );
    // A message from the other wizard's window speaks for that wizard only.
    fromApp(b, envelope({ type: 'step', step: 'task', answers: {} }));
    expect(a.style.height).toBe('');
    expect(events).toEqual([]);
    expect(postA).not.toHaveBeenCalled();
  });

  it('forgets a removed wizard, and listens once for as long as the page lives', async () => {
    const { a, b } = await mounted();
    const added = vi.spyOn(window, 'addEventListener');
    document.getElementById('a')!.remove();
    document.getElementById('b')!.remove();
    await vi.runAllTimersAsync();
    fromApp(a, envelope({ type: 'resize', height: 300 }));
    expect(a.style.height).toBe('');

    // A single-page site shows a wizard again: it is heard, by the listeners already there.
    document.body.insertAdjacentHTML('beforeend', '<div id="c" data-slm-or-llm></div>');
    await vi.runAllTimersAsync();
    fromApp(frameIn('c'), envelope({ type: 'resize', height: 300 }));
    expect(frameIn('c').style.height).toBe('300px');
    expect(added).not.toHaveBeenCalledWith('message', expect.any(Function));
    expect(colourListeners.size).toBe(1);
    fromApp(b, envelope({ type: 'resize', height: 400 }));
    expect(b.style.height).toBe('');
  });

  describe('keeps each wizard’s answers for the page session and hands them back when it is shown again', () => {
    /** A single-page site navigating away from the wizard's page and back: the element is replaced. */
    async function navigateAwayAndBack() {
      document.body.innerHTML = '<p>Another page</p>';
      await vi.runAllTimersAsync();
      document.body.innerHTML =
        '<div id="a" data-slm-or-llm data-answers="task=complex"></div><div id="b" data-slm-or-llm></div>';
      await vi.runAllTimersAsync();
      return { a: frameIn('a'), b: frameIn('b') };
    }

    it('with the step a question was on', async () => {
      const { a } = await mounted();
      fromApp(a, envelope({ type: 'step', step: 'speed', answers: { task: 'simple', run: 'device' } }));
      const again = await navigateAwayAndBack();
      expect(hashOf(again.a)).toEqual({ v: '1', task: 'simple', run: 'device', step: 'speed' });
      // The other wizard on the page was never answered: it starts afresh.
      expect(new URL(again.b.src).hash).toBe('');
    });

    it('with the answers a what-if change left, and without a step for the start or the result', async () => {
      const { a } = await mounted();
      const all = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' };
      fromApp(a, envelope({ type: 'step', step: 'result', answers: all }));
      fromApp(a, envelope({ type: 'result', verdict: 'hybrid', answers: { ...all, task: 'mixed' } }));
      expect(hashOf((await navigateAwayAndBack()).a)).toEqual({ v: '1', ...all, task: 'mixed' });
      fromApp(frameIn('a'), envelope({ type: 'step', step: 'start', answers: { task: 'simple' } }));
      expect(hashOf((await navigateAwayAndBack()).a)).toEqual({ v: '1', task: 'simple' });
    });

    it('and the preset answers until the person has answered', async () => {
      const { a } = await mounted();
      fromApp(a, envelope({ type: 'step', step: 'start', answers: {} }));
      expect(hashOf((await navigateAwayAndBack()).a)).toEqual({ v: '1', task: 'complex' });
    });

    it('and never what a message from elsewhere says', async () => {
      const { a } = await mounted();
      sessionStorage.setItem('slm-or-llm:embed:/:0', 'task=simple&step=run');
      fromApp(a, envelope({ type: 'step', step: 'run', answers: { task: 'mixed' } }), 'https://evil.example');
      expect(hashOf((await navigateAwayAndBack()).a)).toEqual({ v: '1', task: 'simple', step: 'run' });
    });

    it('and starts over, without an error, where the host’s storage is blocked too', async () => {
      const { a } = await mounted();
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
      fromApp(a, envelope({ type: 'step', step: 'speed', answers: { task: 'simple' } }));
      expect(hashOf((await navigateAwayAndBack()).a)).toEqual({ v: '1', task: 'complex' });
    });
  });
});
