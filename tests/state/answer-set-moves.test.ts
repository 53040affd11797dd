import { describe, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import { decodeLink } from '../../src/share/link-codec';
import { forgotten, linkApplied, received, switchedTo } from '../../src/state/answer-set-moves';
import { createTabSets } from '../../src/state/tab-sets';
import type { WizardData } from '../../src/state/wizard-types';

const link = (hash: string) => decodeLink(rules, hash);
const tabSets = () => {
  let ids = 0;
  let clock = 100;
  return createTabSets({ now: () => (clock += 1), newId: () => `new${(ids += 1)}` });
};
const state = (overrides: Partial<WizardData> = {}): WizardData => ({
  answers: { task: 'mixed' },
  answerSet: { id: 'mine', from: 'saved', at: 1 },
  step: 'run',
  setAside: [],
  baseline: null,
  shortcuts: true,
  traffic: {},
  notices: [],
  ...overrides,
});
const theirs = { id: 'theirs', answers: { task: 'simple' }, from: 'saved' as const, at: 5 };
const linked = { id: 'linked', answers: { task: 'complex' }, from: 'link' as const, at: 4 };

describe('a link applied to the wizard', () => {
  it('sets the answers shown until now aside when opened, and labels the new set as from a link', () => {
    const change = linkApplied(state(), link('task=simple&run=device&rpd=9'), 'open', rules, tabSets());
    expect(change).toMatchObject({
      answers: { task: 'simple', run: 'device' },
      answerSet: { id: 'new1', from: 'link', at: 101 },
      step: 'speed',
      traffic: { rpd: 9 },
      setAside: [{ id: 'mine', answers: { task: 'mixed' }, from: 'saved', at: 1 }],
      notices: [{ kind: 'set-aside' }],
    });
  });

  it('keeps the answers an entry predates when moving through history, under a set this tab starts', () => {
    const change = linkApplied(state(), link('run=cloud&step=task'), 'navigate', rules, tabSets());
    expect(change).toMatchObject({
      answers: { task: 'mixed', run: 'cloud' },
      answerSet: { id: 'new1', from: 'saved' },
      step: 'task',
    });
    expect(change.setAside).toBeUndefined();
  });

  it('shows nothing from a damaged link, opens the first question and says so', () => {
    const change = linkApplied(state(), link('v=x&task=simple'), 'open', rules, tabSets());
    expect(change).toEqual({
      step: 'task',
      notices: [expect.objectContaining({ kind: 'link', fatal: true })],
    });
  });
});

describe('switching between sets of answers', () => {
  it('swaps the chosen set with the one shown, so neither is lost', () => {
    const change = switchedTo(state({ setAside: [linked] }), 'linked', rules);
    expect(change).toMatchObject({
      answers: linked.answers,
      answerSet: { id: 'linked', from: 'link', at: 4 },
      step: 'run',
      setAside: [{ id: 'mine', answers: { task: 'mixed' }, from: 'saved', at: 1 }],
    });
  });

  it('changes nothing for an unknown set, and forgetting the last set removes its notice', () => {
    const before = state({ setAside: [linked], notices: [{ kind: 'set-aside' }] });
    expect(switchedTo(before, 'nope', rules)).toBe(before);
    expect(forgotten(before, 'linked')).toEqual({ setAside: [], notices: [] });
  });
});

describe('progress another tab saved', () => {
  it('keeps a dismissed notice dismissed when another tab writes the same sets aside', () => {
    const mine = state({ setAside: [linked] });
    const progress = {
      current: { ...mine.answerSet, answers: mine.answers },
      setAside: [linked],
      shortcuts: true,
      traffic: {},
    };
    const tab = tabSets();
    tab.start(); // the tab started a set of its own, not 'mine'
    expect(received(mine, progress, tab).notices).toEqual([]);
  });

  it('labels what another tab is answering as from another tab, and keeps the other labels', () => {
    const change = received(
      state(),
      { current: theirs, setAside: [linked], shortcuts: true, traffic: {} },
      tabSets(),
    );
    expect(change.setAside).toEqual([{ ...theirs, from: 'tab' }, linked]);
    expect(change.answers).toBeUndefined();
  });

  it('adopts the newest progress on a tab that has not started, and its preferences', () => {
    const change = received(
      state({ answers: {}, step: 'start' }),
      { current: theirs, setAside: [], shortcuts: false, traffic: { rpd: 5 } },
      tabSets(),
    );
    expect(change).toMatchObject({
      answers: theirs.answers,
      answerSet: { id: 'theirs' },
      shortcuts: false,
      traffic: { rpd: 5 },
    });
  });
});
