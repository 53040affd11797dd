// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../shipped-rules';
import { connectToHost } from '../../src/embed/app-messaging';
import { readPresentation } from '../../src/share/presentation';
import { createWizardStore } from '../../src/state/wizard-store';

const HOST = 'https://docs.example.com';

let resize: () => void = () => undefined;
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resize = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

/** A window whose parent is another window, as inside an iframe. */
function framedWindow() {
  const parent = { postMessage: vi.fn() };
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    parent,
    // Runs the frame at once, so it is over (0: none pending) by the time its id is returned.
    requestAnimationFrame: (callback: () => void) => (callback(), 0),
    cancelAnimationFrame: () => undefined,
    addEventListener: (type: string, listener: (event: MessageEvent) => void) =>
      type === 'message' && listeners.add(listener),
    removeEventListener: (type: string, listener: (event: MessageEvent) => void) =>
      type === 'message' && listeners.delete(listener),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent) =>
    listeners.forEach((listener) => listener({ data, origin, source } as MessageEvent));
  return { win: win as unknown as Window, parent, listeners, deliver };
}

const setup = (query: string) => {
  const store = createWizardStore({ rules });
  const frame = framedWindow();
  const onTheme = vi.fn();
  const measured = document.createElement('div');
  measured.getBoundingClientRect = () => ({ height: 812.3 }) as DOMRect;
  const connection = connectToHost(store, rules, readPresentation(query), onTheme, measured, frame.win);
  const sent = () => frame.parent.postMessage.mock.calls.map(([data, origin]) => ({ ...data, origin }));
  const measure = (height: number) => (measured.getBoundingClientRect = () => ({ height }) as DOMRect);
  return { store, ...frame, onTheme, connection, sent, measure };
};

const ANSWERS = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' } as const;

describe('messages from the app to its host', () => {
  it('sends ready, steps, heights and each result to parentOrigin only', () => {
    const { store, sent } = setup(`?embed=1&parentOrigin=${encodeURIComponent(HOST)}`);
    resize();
    for (const [criterion, option] of Object.entries(ANSWERS))
      store.getState().choose(criterion as 'task', option);
    store.getState().goTo('result');
    store.getState().choose('task', 'complex'); // a what-if change reports a result again
    expect(sent()).toEqual([
      { source: 'slm-or-llm', v: 1, type: 'ready', origin: HOST },
      { source: 'slm-or-llm', v: 1, type: 'step', step: 'start', answers: {}, origin: HOST },
      { source: 'slm-or-llm', v: 1, type: 'resize', height: 813, origin: HOST },
      { source: 'slm-or-llm', v: 1, type: 'step', step: 'result', answers: ANSWERS, origin: HOST },
      { source: 'slm-or-llm', v: 1, type: 'result', verdict: 'slm', answers: ANSWERS, origin: HOST },
      {
        source: 'slm-or-llm',
        v: 1,
        type: 'result',
        verdict: 'slm',
        answers: { ...ANSWERS, task: 'complex' },
        origin: HOST,
      },
    ]);
  });

  it('sends a height once per frame and only when it changed, and a result only when the answers did', () => {
    const store = createWizardStore({ rules });
    const { win, parent } = framedWindow();
    const frames: (() => void)[] = [];
    Object.assign(win, { requestAnimationFrame: (callback: () => void) => frames.push(callback) });
    const measured = document.createElement('div');
    let height = 400.2;
    measured.getBoundingClientRect = () => ({ height }) as DOMRect;
    connectToHost(
      store,
      rules,
      readPresentation(`?embed=1&parentOrigin=${encodeURIComponent(HOST)}`),
      vi.fn(),
      measured,
      win,
    );
    const sent = (type: string) =>
      parent.postMessage.mock.calls.map(([data]) => data).filter((m) => m.type === type);

    resize();
    resize();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    resize();
    frames.shift()!();
    height = 402.5;
    resize();
    frames.shift()!();
    expect(sent('resize').map((m) => m.height)).toEqual([401, 403]);

    for (const [criterion, option] of Object.entries(ANSWERS))
      store.getState().choose(criterion as 'task', option);
    store.getState().goTo('result');
    store.getState().setShortcuts(false);
    store.getState().dismiss('link');
    expect(sent('result')).toHaveLength(1);
  });

  it('keeps the height the questions had while a result shows, which scrolls inside the frame', () => {
    const { store, sent, measure } = setup(`?embed=1&parentOrigin=${encodeURIComponent(HOST)}`);
    const heights = () =>
      sent()
        .filter((m) => m.type === 'resize')
        .map((m) => m.height);
    resize();
    const { task, ...others } = ANSWERS;
    for (const [id, option] of Object.entries(others)) store.getState().choose(id as 'run', option);
    // Asked for the result with an answer missing, the store opens that question, measured as any other.
    store.getState().goTo('result');
    measure(900);
    resize();
    // All five answered, on a question still: measured too.
    store.getState().choose('task', task);
    measure(910);
    resize();
    expect(heights()).toEqual([813, 900, 910]);

    store.getState().goTo('result');
    measure(7000);
    resize();
    store.getState().choose('task', 'complex'); // a what-if change
    measure(7200);
    resize();
    expect(heights()).toEqual([813, 900, 910]);

    store.getState().startOver();
    measure(950);
    resize();
    expect(heights()).toEqual([813, 900, 910, 950]);
  });

  it('sends only its height, to any origin, without parentOrigin', () => {
    const { store, sent } = setup('?embed=1');
    resize();
    for (const [criterion, option] of Object.entries(ANSWERS))
      store.getState().choose(criterion as 'task', option);
    store.getState().goTo('result');
    expect(sent()).toEqual([{ source: 'slm-or-llm', v: 1, type: 'resize', height: 813, origin: '*' }]);
  });

  it('sends nothing without embed=1 or at top level', () => {
    expect(setup('?parentOrigin=https%3A%2F%2Fdocs.example.com').sent()).toEqual([]);
    const store = createWizardStore({ rules });
    const post = vi.spyOn(window, 'postMessage');
    const query = `?embed=1&parentOrigin=${encodeURIComponent(window.location.origin)}`;
    const connection = connectToHost(store, rules, readPresentation(query), vi.fn(), document.body, window);
    store.getState().begin();
    expect(post).not.toHaveBeenCalled();
    expect(() => connection.disconnect()).not.toThrow();
  });
});

describe('messages from the host to the app', () => {
  it('takes a theme only from the parent window at parentOrigin', () => {
    const { deliver, onTheme } = setup(`?embed=1&parentOrigin=${encodeURIComponent(HOST)}`);
    const theme = { source: 'slm-or-llm', v: 1, type: 'theme', theme: 'dark' };
    deliver(theme, 'https://evil.example.com');
    deliver(theme, HOST, { postMessage: vi.fn() });
    deliver({ ...theme, theme: 'neon' }, HOST);
    deliver('theme=dark', HOST);
    expect(onTheme).not.toHaveBeenCalled();
    deliver(theme, HOST);
    expect(onTheme).toHaveBeenCalledExactlyOnceWith('dark');
  });

  it('takes no theme at all without parentOrigin', () => {
    const { deliver, onTheme } = setup('?embed=1');
    deliver({ source: 'slm-or-llm', v: 1, type: 'theme', theme: 'dark' }, 'null');
    expect(onTheme).not.toHaveBeenCalled();
  });

  it('leaves no listener behind when disconnected', () => {
    const { connection, listeners } = setup(`?embed=1&parentOrigin=${encodeURIComponent(HOST)}`);
    expect(listeners.size).toBe(1);
    connection.disconnect();
    expect(listeners.size).toBe(0);
  });
});
