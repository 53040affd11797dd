// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../shipped-rules';
import { syncWithUrl } from '../../src/state/url-sync';
import { createWizardStore } from '../../src/state/wizard-store';

const ALL_SLM = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' } as const;

/** A store synced with this window's address, as the app starts one, opened at `hash`. */
function opened(hash: string, history: 'push' | 'replace' = 'push') {
  window.history.replaceState(null, '', `/app/?embed=1${hash}`);
  const store = createWizardStore({ rules });
  const stop = syncWithUrl(store, rules, { history });
  stops.push(stop);
  return { store, stop };
}
const stops: (() => void)[] = [];
const address = () => window.location.pathname + window.location.search + window.location.hash;
const ALL_SLM_HASH = '#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => vi.useRealTimers());
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('the address and the wizard', () => {
  it('opens what a link says, and writes it back in its canonical form in place', () => {
    const length = window.history.length;
    const { store } = opened('#run=device&task=simple&rpd=500&utm=x');
    expect(store.getState()).toMatchObject({ answers: { task: 'simple', run: 'device' }, step: 'speed' });
    expect(window.location.hash).toBe('#v=1&task=simple&run=device&step=speed&rpd=500');
    expect(window.location.pathname + window.location.search).toBe('/app/?embed=1');
    expect(window.history.length).toBe(length);
  });

  it('leaves the bare address alone on the start screen', () => {
    const { store } = opened('');
    expect(store.getState().step).toBe('start');
    expect(address()).toBe('/app/?embed=1');
  });

  it('writes a result as its answers alone, with no step', () => {
    opened(`#${new URLSearchParams(ALL_SLM)}&step=result`);
    expect(address()).toBe(`/app/?embed=1${ALL_SLM_HASH}`);
  });

  it('writes nothing into history for an address it wrote itself, as on a reload', () => {
    window.history.replaceState({ from: 'slm-or-llm' }, '', `/app/${ALL_SLM_HASH}`);
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    stops.push(
      syncWithUrl(createWizardStore({ rules }), rules, {
        history: 'push',
      }),
    );
    expect(replace).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
  });

  it('opens a link over answers shown already by setting them aside', () => {
    window.history.replaceState(null, '', `/app/${ALL_SLM_HASH}`);
    const store = createWizardStore({ rules });
    store.getState().choose('task', 'complex');
    stops.push(syncWithUrl(store, rules, { history: 'push' }));
    expect(store.getState().answers).toEqual(ALL_SLM);
    expect(store.getState().setAside.map((s) => [s.answers, s.from])).toEqual([
      [{ task: 'complex' }, 'saved'],
    ]);
  });

  it('pushes one entry per step, and replaces it at once for an answer', () => {
    const { store } = opened('');
    const length = window.history.length;
    store.getState().goTo('task');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe('#v=1&step=task');
    store.getState().choose('task', 'mixed');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe('#v=1&task=mixed&step=task');
    store.getState().next();
    expect(window.history.length).toBe(length + 2);
  });

  it('only replaces inside an embed, so the host page keeps its Back button', () => {
    const { store } = opened('', 'replace');
    const length = window.history.length;
    store.getState().goTo('task');
    store.getState().choose('task', 'mixed');
    store.getState().next();
    expect(window.history.length).toBe(length);
    expect(window.location.hash).toBe('#v=1&task=mixed&step=run');
  });

  it('writes typing in the estimate once it pauses, and at once when syncing stops', () => {
    vi.useFakeTimers();
    const { store, stop } = opened(`#${new URLSearchParams(ALL_SLM)}`);
    store.getState().setTraffic('rpd', 5);
    store.getState().setTraffic('rpd', 50);
    expect(window.location.hash).not.toContain('rpd');
    vi.advanceTimersByTime(149);
    expect(window.location.hash).not.toContain('rpd');
    vi.advanceTimersByTime(1);
    expect(window.location.hash).toMatch(/&rpd=50$/);
    store.getState().setTraffic('rpd', 70);
    stop();
    expect(window.location.hash).toMatch(/&rpd=70$/);
  });

  it('writes a choice of devices at once, as it writes an answer', () => {
    vi.useFakeTimers();
    const { store } = opened(ALL_SLM_HASH);
    store.getState().setTraffic('dev', 'edge');
    expect(window.location.hash).toBe(`${ALL_SLM_HASH}&dev=edge`);
    store.getState().setTraffic('dev', undefined);
    expect(window.location.hash).toBe(ALL_SLM_HASH);
  });

  it('cancels a waiting write when the typing returns to what the address says', () => {
    vi.useFakeTimers();
    const { store } = opened(`${ALL_SLM_HASH}&rpd=50`);
    store.getState().setTraffic('rpd', 5);
    store.getState().setTraffic('rpd', 50);
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toBe(`${ALL_SLM_HASH}&rpd=50`);
  });

  it('reads one Back once, though the browser reports it twice (popstate and hashchange)', async () => {
    const { store } = opened('');
    store.getState().goTo('task');
    store.getState().choose('task', 'simple');
    store.getState().next();
    const applyLink = vi.spyOn(store.getState(), 'applyLink');
    window.history.back();
    await vi.waitFor(() => expect(store.getState().step).toBe('task'));
    await settle();
    expect(applyLink).toHaveBeenCalledTimes(1);
  });

  it.each(['popstate', 'hashchange'])('reads the address on %s alone', (type) => {
    const { store } = opened('');
    window.history.replaceState({ from: 'slm-or-llm' }, '', `/app/?embed=1${ALL_SLM_HASH}`);
    window.dispatchEvent(new Event(type));
    expect(store.getState().step).toBe('result');
  });

  it('reads Back through its own entries as history: the entry’s answers, nothing set aside', async () => {
    const { store } = opened('');
    store.getState().goTo('task');
    store.getState().choose('task', 'simple');
    store.getState().next();
    store.getState().choose('run', 'cloud');
    window.history.back();
    await vi.waitFor(() => expect(store.getState().step).toBe('task'));
    expect(store.getState().answers).toEqual({ task: 'simple', run: 'cloud' });
    expect(store.getState().setAside).toEqual([]);
  });

  it('reads an address typed into the tab as an opened link, which sets the shown answers aside', async () => {
    const { store } = opened('');
    store.getState().goTo('task');
    store.getState().choose('task', 'mixed');
    window.location.hash = new URLSearchParams(ALL_SLM).toString();
    await vi.waitFor(() => expect(store.getState().step).toBe('result'));
    expect(store.getState().answers).toEqual(ALL_SLM);
    expect(store.getState().setAside.map((s) => s.answers)).toEqual([{ task: 'mixed' }]);
    // The entry is the app's from now on: the canonical hash replaced it.
    expect(window.history.state).toEqual({ from: 'slm-or-llm' });
  });

  it('marks an address typed in its canonical form as its own, and adds no entry of its own', async () => {
    const { store } = opened('');
    window.location.hash = ALL_SLM_HASH;
    const length = window.history.length;
    await vi.waitFor(() => expect(store.getState().step).toBe('result'));
    expect(window.history.state).toEqual({ from: 'slm-or-llm' });
    expect(window.history.length).toBe(length);
  });

  it('rewrites an address typed by hand into its canonical form in place', async () => {
    const { store } = opened('');
    window.location.hash = 'privacy=local&budget=low&speed=instant&run=device&task=simple';
    const length = window.history.length;
    await vi.waitFor(() => expect(store.getState().step).toBe('result'));
    expect(window.location.hash).toBe(ALL_SLM_HASH);
    expect(window.history.length).toBe(length);
  });

  it('goes to the start when the address loses its hash', async () => {
    const { store } = opened(`#${new URLSearchParams(ALL_SLM)}`);
    window.location.hash = '';
    await vi.waitFor(() => expect(store.getState().step).toBe('start'));
    expect(store.getState().answers).toEqual(ALL_SLM);
  });

  it('stops listening when stopped', async () => {
    const { store, stop } = opened('');
    stop();
    window.location.hash = new URLSearchParams(ALL_SLM).toString();
    await settle();
    await settle();
    expect(store.getState().step).toBe('start');
  });

  it('keeps working when the browser refuses history writes', () => {
    const { store } = opened('');
    const refuse = () => {
      throw new DOMException('Too many calls', 'SecurityError');
    };
    vi.spyOn(window.history, 'pushState').mockImplementation(refuse);
    vi.spyOn(window.history, 'replaceState').mockImplementation(refuse);
    store.getState().goTo('task');
    store.getState().choose('task', 'complex');
    expect(store.getState()).toMatchObject({ step: 'task', answers: { task: 'complex' } });
  });
});
