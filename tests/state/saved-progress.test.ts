import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import {
  MAX_SET_ASIDE,
  mergeChange,
  readProgress,
  sameAnswers,
  sameProgress,
  tidy,
  type AnswerSet,
  type Progress,
} from '../../src/state/saved-progress';

const set = (
  id: string,
  answers: AnswerSet['answers'],
  at: number | null = 1,
  from: AnswerSet['from'] = 'saved',
) => ({
  id,
  answers,
  from,
  at,
});
const progress = (
  current: AnswerSet,
  setAside: AnswerSet[] = [],
  extra: Partial<Progress> = {},
): Progress => ({
  current,
  setAside,
  shortcuts: true,
  traffic: {},
  ...extra,
});

describe('reading a save', () => {
  it('reads a save from before sets had names: its one set aside is kept, labelled as saved earlier', () => {
    const { progress: read, fault } = readProgress(
      rules,
      { answers: { task: 'simple' }, stashed: { task: 'complex', run: 'cloud' }, shortcuts: false },
      'fallback',
    );
    expect(fault).toBeNull();
    expect(read).toEqual({
      current: { id: 'fallback', answers: { task: 'simple' }, from: 'saved', at: null },
      setAside: [
        { id: 'saved-earlier', answers: { task: 'complex', run: 'cloud' }, from: 'saved', at: null },
      ],
      shortcuts: false,
      traffic: {},
    });
  });

  it('drops only a damaged set aside, and says part of the save was lost', () => {
    const { progress: read, fault } = readProgress(
      rules,
      {
        answers: { task: 'mixed' },
        id: 'a',
        from: 'link',
        at: 5,
        setAside: [{ id: 'b', answers: { task: 'simple' }, from: 'tab', at: 4 }, 'not a set', { id: 'c' }],
      },
      'fallback',
    );
    expect(fault).toBe('stale-answers');
    expect(read.current).toEqual({ id: 'a', answers: { task: 'mixed' }, from: 'link', at: 5 });
    expect(read.setAside).toEqual([{ id: 'b', answers: { task: 'simple' }, from: 'tab', at: 4 }]);
  });

  it('replaces an unusable id, origin or time with a safe one instead of dropping the answers', () => {
    const long = 'x'.repeat(65);
    const { progress: read, fault } = readProgress(
      rules,
      {
        answers: { task: 'mixed' },
        id: long,
        from: 'moon',
        at: Infinity,
        setAside: [{ id: 7, answers: { task: 'simple' }, from: null, at: '9' }],
      },
      'fallback',
    );
    expect(fault).toBeNull();
    expect(read.current).toEqual({ id: 'fallback', answers: { task: 'mixed' }, from: 'saved', at: null });
    expect(read.setAside).toEqual([
      { id: 'set-aside-0', answers: { task: 'simple' }, from: 'saved', at: null },
    ]);
  });

  it('reads a save holding only some of its parts without a fault, and an empty answer as none', () => {
    expect(readProgress(rules, { shortcuts: false }, 'f')).toEqual({
      progress: progress(set('f', {}, null), [], { shortcuts: false }),
      fault: null,
    });
    expect(readProgress(rules, { answers: null }, 'f').fault).toBeNull();
  });

  it('keeps an id of up to 64 characters, and names an empty one afresh', () => {
    const id = 'x'.repeat(64);
    expect(readProgress(rules, { answers: {}, id }, 'f').progress.current.id).toBe(id);
    expect(readProgress(rules, { answers: {}, id: '' }, 'f').progress.current.id).toBe('f');
  });

  it('says part of the save was lost when its list of sets aside is not a list', () => {
    const { progress: read, fault } = readProgress(
      rules,
      { answers: { task: 'simple' }, setAside: 'x' },
      'f',
    );
    expect(fault).toBe('stale-answers');
    expect(read.current.answers).toEqual({ task: 'simple' });
  });

  it('keeps only valid estimate inputs', () => {
    const { traffic } = readProgress(rules, { traffic: { rpd: 50, inputTokens: '400' } }, 'f').progress;
    expect(traffic).toEqual({ rpd: 50 });
    const stored = { rpd: '50', tin: [400], dev: 'laptop', gpu: 'edge', esc: 'laptop' };
    expect(readProgress(rules, { traffic: stored }, 'f').progress.traffic).toEqual({ dev: 'laptop' });
    expect(readProgress(rules, { traffic: { dev: 'fridge', cache: 5 } }, 'f').progress.traffic).toEqual({
      cache: 5,
    });
  });

  it('calls a save that is not an object unreadable, and nothing at all no fault', () => {
    expect(readProgress(rules, 'task=simple', 'f').fault).toBe('wrong-shape');
    expect(readProgress(rules, undefined, 'f').fault).toBeNull();
    expect(readProgress(rules, null, 'f')).toEqual({
      progress: progress(set('f', {}, null)),
      fault: null,
    });
  });
});

describe('comparing progress before a write', () => {
  it('tells apart two saves that differ only in where a set came from', () => {
    const saved = set('a', { task: 'simple' }, 1, 'saved');
    expect(sameProgress(progress(saved), progress({ ...saved }))).toBe(true);
    expect(sameProgress(progress(saved), progress({ ...saved, from: 'link' }))).toBe(false);
    expect(sameProgress(progress(saved), progress({ ...saved, id: 'b' }))).toBe(false);
    expect(sameProgress(progress(saved), progress({ ...saved, at: 2 }))).toBe(false);
    expect(sameProgress(progress(saved, [saved]), progress(saved, [{ ...saved, from: 'tab' }]))).toBe(false);
  });
});

describe('the list of sets aside', () => {
  it('holds no empty set, none equal to the current answers or to a newer set, newest first', () => {
    const tidied = tidy(
      progress(set('now', { task: 'simple' }, 9), [
        set('old', { task: 'mixed' }, 1),
        set('empty', {}, 8),
        set('same', { task: 'simple' }, 7),
        set('newer', { task: 'mixed' }, 5),
        set('now', { task: 'complex' }, 3),
        set('undated', { task: 'complex' }, null),
      ]),
    );
    expect(tidied.setAside.map((s) => s.id)).toEqual(['newer', 'undated']);
  });

  it('keeps one copy of a set, the newer, when two share an id', () => {
    const tidied = tidy(
      progress(set('now', {}), [set('x', { task: 'simple' }, 5), set('x', { task: 'mixed' }, 3)]),
    );
    expect(tidied.setAside).toEqual([set('x', { task: 'simple' }, 5)]);
  });

  it(`keeps the ${MAX_SET_ASIDE} newest`, () => {
    const many = Array.from({ length: MAX_SET_ASIDE + 3 }, (_, i) =>
      set(
        `s${i}`,
        { task: 'simple', run: 'cloud', speed: 'instant', budget: i % 2 ? 'low' : 'high', privacy: `${i}` },
        i,
      ),
    );
    const { setAside } = tidy(progress(set('c', {}), many));
    expect(setAside).toHaveLength(MAX_SET_ASIDE);
    expect(setAside[0]!.id).toBe(`s${MAX_SET_ASIDE + 2}`);
    expect(setAside.at(-1)!.id).toBe('s3');
  });
});

const options = { task: ['simple', 'mixed', 'complex'], run: ['device', 'either', 'cloud'] } as const;
const answersArb = fc.record(
  { task: fc.constantFrom(...options.task), run: fc.constantFrom(...options.run) },
  { requiredKeys: [] },
);
const setArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  answers: answersArb,
  from: fc.constantFrom('saved' as const, 'link' as const, 'tab' as const),
  at: fc.option(fc.nat(100), { nil: null }),
});
// Lists as the store and storage hold them: tidy, so no two sets share an id.
const progressArb = fc
  .record({
    current: setArb,
    setAside: fc.array(setArb, { maxLength: 4 }),
    shortcuts: fc.boolean(),
    traffic: fc.record({ rpd: fc.integer({ min: 1, max: 9 }) }, { requiredKeys: [] }),
  })
  .map(tidy);
/** Whether progress still holds a set: its answers, or a newer copy of it under its id. */
const holds = (p: Progress, kept: AnswerSet) =>
  [p.current, ...p.setAside].some((s) => s.id === kept.id || sameAnswers(s.answers, kept.answers));

describe('a write from a tab that may be stale (mergeChange)', () => {
  it('writes what the tab changed and only that: shortcuts, traffic and current set each on their own', () => {
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (before, after, stored) => {
        const next = mergeChange(before, after, stored);
        expect(next.shortcuts).toBe(
          after.shortcuts !== before.shortcuts ? after.shortcuts : stored.shortcuts,
        );
        const trafficChanged = after.traffic.rpd !== before.traffic.rpd;
        expect(next.traffic).toEqual(trafficChanged ? after.traffic : stored.traffic);
        const currentChanged =
          after.current.id !== before.current.id ||
          after.current.at !== before.current.at ||
          !sameAnswers(after.current.answers, before.current.answers);
        expect(next.current).toEqual(currentChanged ? after.current : stored.current);
      }),
    );
  });

  it('never replaces answers it has not read: another tab’s current set stays, current or set aside', () => {
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (before, after, stored) => {
        const next = mergeChange(before, after, stored);
        const readByThisTab =
          stored.current.id === before.current.id && stored.current.at === before.current.at;
        if (!readByThisTab && stored.current.id !== after.current.id)
          expect(holds(next, stored.current) || Object.keys(stored.current.answers).length === 0).toBe(true);
      }),
    );
  });

  it('keeps every set aside that this tab did not remove, and adds the ones it set aside', () => {
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (before, after, stored) => {
        const next = mergeChange(before, after, stored);
        const removedHere = (s: AnswerSet) =>
          before.setAside.some((b) => b.id === s.id) && !after.setAside.some((a) => a.id === s.id);
        const addedHere = after.setAside.filter(
          (s) => !before.setAside.some((b) => b.id === s.id && sameAnswers(b.answers, s.answers)),
        );
        const expected = [...stored.setAside.filter((s) => !removedHere(s)), ...addedHere];
        // Two copies of one id are two versions of one set, and the newer stands for the older (tested
        // by example above); here each set is checked whose id names it alone.
        const all = [before, after, stored].flatMap((p) => [p.current, ...p.setAside]);
        const alone = (set: AnswerSet) =>
          all.every((s) => s.id !== set.id || sameAnswers(s.answers, set.answers));
        for (const kept of expected.filter(alone)) {
          const overLimit = next.setAside.length === MAX_SET_ASIDE;
          if (!overLimit) expect(holds(next, kept)).toBe(true);
        }
      }),
    );
  });

  it('writes a set this tab set aside, and forgets one it forgot', () => {
    const a = set('a', { task: 'simple' }, 1);
    const b = set('b', { task: 'mixed' }, 2);
    const link = set('link', { task: 'complex' }, 3, 'link');
    expect(mergeChange(progress(a, [b]), progress(link, [a, b]), progress(a, [b]))).toEqual(
      progress(link, [b, a]),
    );
    expect(mergeChange(progress(link, [a, b]), progress(link, [b]), progress(link, [a, b]))).toEqual(
      progress(link, [b]),
    );
  });

  it('does not bring back a set another tab forgot when it writes a change of its own', () => {
    const kept = set('kept', { task: 'mixed' }, 2);
    const before = progress(set('c', { task: 'simple' }, 1), [kept]);
    const after = { ...before, shortcuts: false };
    expect(mergeChange(before, after, progress(before.current)).setAside).toEqual([]);
  });

  it('labels a set it had to set aside as from another tab, and leaves its own earlier set alone', () => {
    const before = progress(set('mine', { task: 'simple' }, 1));
    const after = progress(set('mine', { task: 'simple', run: 'cloud' }, 2));
    const theirs = set('theirs', { task: 'complex', run: 'device' }, 3, 'link');
    expect(mergeChange(before, after, progress(theirs)).setAside).toEqual([{ ...theirs, from: 'tab' }]);
    expect(mergeChange(before, after, before)).toEqual(after);
    expect(mergeChange(before, after, null)).toEqual(after);
  });
});
