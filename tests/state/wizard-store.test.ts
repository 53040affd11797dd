import { describe, expect, it, vi } from 'vitest';
import { rules } from '../shipped-rules';
import { decodeLink } from '../../src/share/link-codec';
import { createWizardStore } from '../../src/state/wizard-store';
import { createTabSets } from '../../src/state/tab-sets';
import { displayedStep } from '../../src/state/steps';

const ALL_SLM = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' } as const;
const fresh = () => {
  let clock = 1000;
  let ids = 0;
  const tab = createTabSets({ now: () => (clock += 10), newId: () => `id${(ids += 1)}` });
  return createWizardStore({ rules, tab });
};
const link = (hash: string) => decodeLink(rules, hash);

describe('moving through the wizard', () => {
  it('shows a result only with all five answers, and the first open question otherwise', () => {
    const four = { task: 'simple', run: 'device', speed: 'instant', budget: 'low' } as const;
    expect(displayedStep(rules, { step: 'result', answers: ALL_SLM })).toBe('result');
    expect(displayedStep(rules, { step: 'result', answers: four })).toBe('privacy');
    expect(displayedStep(rules, { step: 'result', answers: { task: 'simple' } })).toBe('run');
    expect(displayedStep(rules, { step: 'speed', answers: ALL_SLM })).toBe('speed');
    expect(displayedStep(rules, { step: 'start', answers: {} })).toBe('start');
  });

  it('goes forward only with an answer, one question at a time, then to the result', () => {
    const store = fresh();
    store.getState().begin();
    expect(store.getState().step).toBe('task');
    expect(store.getState().next()).toBe(false);
    expect(store.getState().step).toBe('task');
    for (const [criterion, option] of Object.entries(ALL_SLM)) {
      store.getState().choose(criterion as 'task', option);
      expect(store.getState().next()).toBe(true);
    }
    expect(store.getState().step).toBe('result');
    expect(store.getState().next()).toBe(true);
    expect(store.getState().step).toBe('result');
  });

  it('starts at the start with nothing answered, the shortcuts on, and a set of its own', () => {
    expect(fresh().getState()).toMatchObject({
      step: 'start',
      answers: {},
      shortcuts: true,
      baseline: null,
      answerSet: { id: 'id1', from: 'saved', at: null },
    });
  });

  it('changes nothing when asked to go back from the start', () => {
    const store = fresh();
    const heard = vi.fn();
    store.subscribe(heard);
    store.getState().back();
    expect(heard).not.toHaveBeenCalled();
  });

  it('moves on from the start at once: no answer is needed there', () => {
    expect(fresh().getState().next()).toBe(true);
  });

  it('goes back one step at a time, from the result to the last question and from the first to the start', () => {
    const store = fresh();
    store.getState().back();
    expect(store.getState().step).toBe('start');
    store.getState().applyLink(link(new URLSearchParams(ALL_SLM).toString()), 'open');
    expect(store.getState().step).toBe('result');
    const steps = [];
    for (let i = 0; i < 6; i++) {
      store.getState().back();
      steps.push(store.getState().step);
    }
    expect(steps).toEqual(['privacy', 'budget', 'speed', 'run', 'task', 'start']);
  });

  it('reviews later answers on the way after going back, and lands on the first open question', () => {
    const store = fresh();
    store.getState().applyLink(link('task=simple&run=device&budget=low'), 'open');
    expect(store.getState().step).toBe('speed');
    store.getState().goTo('task');
    store.getState().next();
    expect(store.getState().step).toBe('run');
    store.getState().goTo('result');
    expect(store.getState().step).toBe('speed');
    store.getState().goTo('start');
    store.getState().begin();
    expect(store.getState().step).toBe('speed');
  });

  it('keeps no answers to go back to for changes made before the result', () => {
    const store = fresh();
    store.getState().begin();
    store.getState().choose('task', 'simple');
    store.getState().choose('task', 'mixed');
    expect(store.getState().baseline).toBeNull();
  });

  it('keeps the answers before the first what-if change to go back to, once', () => {
    const store = fresh();
    store.getState().applyLink(link(new URLSearchParams(ALL_SLM).toString()), 'open');
    store.getState().choose('task', 'complex');
    store.getState().choose('run', 'cloud');
    expect(store.getState().baseline).toEqual(ALL_SLM);
    store.getState().restoreBaseline();
    expect(store.getState()).toMatchObject({ answers: ALL_SLM, baseline: null });
    store.getState().restoreBaseline();
    expect(store.getState().answers).toEqual(ALL_SLM);
  });

  it('starts over with nothing: no answers, inputs or notices, at the start', () => {
    const store = fresh();
    store.getState().applyLink(link(`${new URLSearchParams(ALL_SLM)}&rpd=oops`), 'open');
    store.getState().setTraffic('tin', 800);
    store.getState().startOver();
    expect(store.getState()).toMatchObject({
      answers: {},
      step: 'start',
      baseline: null,
      traffic: {},
      notices: [],
    });
  });

  it('sets and clears each estimate input on its own', () => {
    const store = fresh();
    store.getState().setTraffic('rpd', 50);
    store.getState().setTraffic('tin', 800);
    store.getState().setTraffic('rpd', undefined);
    expect(Object.entries(store.getState().traffic)).toEqual([['tin', 800]]);
  });

  it('names a set anew only when this tab changes a set it did not start', () => {
    const store = fresh();
    const started = store.getState().answerSet.id;
    store.getState().choose('task', 'simple');
    expect(store.getState().answerSet).toEqual({ id: started, from: 'saved', at: expect.any(Number) });
    const at = store.getState().answerSet.at;
    store.getState().choose('task', 'simple');
    expect(store.getState().answerSet.at).toBe(at);
    store.getState().applyLink(link(new URLSearchParams(ALL_SLM).toString()), 'open');
    const opened = store.getState().answerSet;
    expect(opened.from).toBe('link');
    store.getState().choose('budget', 'high');
    expect(store.getState().answerSet).toMatchObject({ id: opened.id, from: 'saved' });
  });
});

describe('links', () => {
  it('report problems, keep what they can, and never show a verdict from a damaged link', () => {
    const store = fresh();
    store.getState().applyLink(link('v=9&task=simple'), 'open');
    expect(store.getState()).toMatchObject({ step: 'task', answers: {} });
    expect(store.getState().notices).toEqual([
      { kind: 'link', problems: [{ kind: 'newer-version', version: 9 }], kept: 0, fatal: true },
    ]);
    store.getState().applyLink(link('task=moon&run=cloud'), 'open');
    expect(store.getState().notices).toEqual([
      {
        kind: 'link',
        problems: [{ kind: 'unknown-answer', criterion: 'task', value: 'moon' }],
        kept: 1,
        fatal: false,
      },
    ]);
    store.getState().applyLink(link('task=simple'), 'open');
    expect(store.getState().notices).toEqual([{ kind: 'set-aside' }]);
  });

  it('moving through history keeps the answers an entry predates, and sets nothing aside', () => {
    const store = fresh();
    store.getState().applyLink(link(new URLSearchParams(ALL_SLM).toString()), 'open');
    store.getState().applyLink(link('task=complex&step=task&rpd=9'), 'navigate');
    expect(store.getState()).toMatchObject({
      answers: { ...ALL_SLM, task: 'complex' },
      step: 'task',
      traffic: { rpd: 9 },
      setAside: [],
    });
    const id = store.getState().answerSet.id;
    store.getState().applyLink(link('task=complex&step=run'), 'navigate');
    expect(store.getState().answerSet.id).toBe(id);
  });

  it('drops the notice of a damaged link once a good one is opened or moved to, and keeps the others', () => {
    const store = fresh();
    store.getState().report({ kind: 'storage', fault: 'quota' });
    store.getState().applyLink(link('task=moon'), 'open');
    store.getState().applyLink(link('task=simple'), 'navigate');
    expect(store.getState().notices).toEqual([{ kind: 'storage', fault: 'quota' }]);
    store.getState().applyLink(link('task=moon'), 'open');
    store.getState().applyLink(link('task=simple'), 'open');
    expect(store.getState().notices).toEqual([{ kind: 'storage', fault: 'quota' }]);
  });

  it('opening the answers already shown changes only the step and the inputs', () => {
    const store = fresh();
    store.getState().applyLink(link('task=simple'), 'open');
    const set = store.getState().answerSet;
    store.getState().applyLink(link('task=simple&step=task&rpd=3'), 'open');
    expect(store.getState()).toMatchObject({
      answerSet: set,
      step: 'task',
      traffic: { rpd: 3 },
      setAside: [],
    });
  });
});

describe('notices', () => {
  it('shows one of each kind, the newest, until dismissed', () => {
    const store = fresh();
    store.getState().report({ kind: 'storage', fault: 'quota' });
    store.getState().report({ kind: 'storage', fault: 'blocked' });
    expect(store.getState().notices).toEqual([{ kind: 'storage', fault: 'blocked' }]);
    store.getState().dismiss('storage');
    expect(store.getState().notices).toEqual([]);
  });

  it('tells of sets aside only when one is added: a dismissed notice stays dismissed as sets are forgotten', () => {
    const store = fresh();
    store.getState().choose('task', 'mixed');
    store.getState().applyLink(link('task=simple'), 'open');
    store.getState().applyLink(link('task=complex'), 'open');
    expect(store.getState().notices).toEqual([{ kind: 'set-aside' }]);
    store.getState().dismiss('set-aside');
    const [first, second] = store.getState().setAside;
    store.getState().forget(first!.id);
    expect(store.getState().setAside).toEqual([second]);
    expect(store.getState().notices).toEqual([]);
    store.getState().applyLink(link('task=mixed&run=cloud'), 'open');
    expect(store.getState().notices).toEqual([{ kind: 'set-aside' }]);
  });

  it('switching to an unknown set does nothing; forgetting the last set removes its notice', () => {
    const store = fresh();
    store.getState().applyLink(link('task=simple'), 'open');
    store.getState().applyLink(link('task=complex'), 'open');
    const before = store.getState();
    store.getState().switchTo('nope');
    expect(store.getState()).toBe(before);
    store.getState().forget(before.setAside[0]!.id);
    expect(store.getState().notices).toEqual([]);
  });
});
