import { describe, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import { decodeLink } from '../../src/share/link-codec';
import { memoryStorage } from '../memory-storage';
import { savedWizard } from '../saved-wizard';
import { PROGRESS_KEY } from '../../src/share/storage-keys';

const ALL_SLM = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' } as const;
const ALL_LLM = {
  task: 'complex',
  run: 'cloud',
  speed: 'relaxed',
  budget: 'high',
  privacy: 'managed',
} as const;

/**
 * One browser's tabs over one localStorage: like a browser, a write raises a `storage` event in every other
 * tab, never in the tab that wrote.
 */
function browser() {
  const shared = memoryStorage();
  const listeners = new Map<object, ((event: StorageEvent) => void)[]>();
  const tabs = new Map<object, object>();
  const writes = new Map<object, number>();
  let clock = 1_700_000_000_000;
  /** Every tab but the writer hears of a change to `key`. */
  const tell = (writer: object | null, key: string) => {
    for (const [other, heard] of listeners)
      if (other !== writer) heard.forEach((listener) => listener({ key } as StorageEvent));
  };
  const open = () => {
    const tab = {};
    listeners.set(tab, []);
    const storage: Storage = {
      ...shared,
      getItem: (key) => shared.getItem(key),
      setItem: (key, value) => {
        writes.set(tab, (writes.get(tab) ?? 0) + 1);
        shared.setItem(key, value);
        tell(tab, key);
      },
    };
    const events = {
      addEventListener: (type: string, listener: (event: StorageEvent) => void) => {
        if (type === 'storage') listeners.get(tab)!.push(listener);
      },
    } as unknown as Window;
    const store = savedWizard({ rules, getStorage: () => storage, events, now: () => (clock += 1000) });
    tabs.set(store, tab);
    return store;
  };
  /** A closed tab hears nothing more. */
  const close = (store: object) => listeners.delete(tabs.get(store)!);
  /** What a page that clears the key (another tab's "forget everything", or the browser's settings) does. */
  const clear = (key = PROGRESS_KEY) => {
    shared.removeItem(key);
    tell(null, key);
  };
  return {
    open,
    close,
    clear,
    saved: () => JSON.parse(shared.getItem(PROGRESS_KEY)!).state,
    writesBy: (store: object) => writes.get(tabs.get(store)!) ?? 0,
  };
}

type Store = ReturnType<ReturnType<typeof browser>['open']>;
const answerAll = (store: Store, answers: Record<string, string>) => {
  store.getState().goTo('task');
  for (const [criterion, option] of Object.entries(answers))
    store.getState().choose(criterion as 'task', option);
};
const asideAnswers = (store: Store) => store.getState().setAside.map((s) => [s.from, s.answers]);
const hasSetAsideNotice = (store: Store) => store.getState().notices.some((n) => n.kind === 'set-aside');

describe('progress across tabs of one browser', () => {
  it('an older tab’s Start or shortcut switch never wipes progress finished in another tab', () => {
    const { open } = browser();
    const older = open();
    const newer = open();
    answerAll(newer, ALL_SLM);

    older.getState().setShortcuts(false);
    older.getState().begin();
    // The older tab had not started, so it simply continues from the newest progress.
    expect(older.getState()).toMatchObject({ answers: ALL_SLM, step: 'result', setAside: [] });

    const reloaded = open();
    expect(reloaded.getState()).toMatchObject({ answers: ALL_SLM, shortcuts: false, setAside: [] });
    expect(hasSetAsideNotice(reloaded)).toBe(false);
  });

  it('two tabs answering at once both keep their answers, and each is told of the other', () => {
    const { open } = browser();
    const first = open();
    const second = open();
    answerAll(first, { task: 'simple' });
    answerAll(second, { task: 'complex', run: 'cloud' });

    expect(first.getState().answers).toEqual({ task: 'simple' });
    expect(asideAnswers(first)).toEqual([['tab', { task: 'complex', run: 'cloud' }]]);
    expect(hasSetAsideNotice(first)).toBe(true);
    expect(second.getState().answers).toEqual({ task: 'complex', run: 'cloud' });
    expect(asideAnswers(second)).toEqual([['tab', { task: 'simple' }]]);

    // A reload shows the latest answers, with the other tab's kept aside.
    const reloaded = open();
    expect(reloaded.getState().answers).toEqual({ task: 'complex', run: 'cloud' });
    expect(asideAnswers(reloaded)).toEqual([['tab', { task: 'simple' }]]);
    expect(hasSetAsideNotice(reloaded)).toBe(true);
  });

  it('a tab left open on older answers sets newer ones aside instead of overwriting them', () => {
    const { open, close, saved } = browser();
    const earlier = open();
    answerAll(earlier, ALL_SLM);
    close(earlier);
    const left = open();
    const used = open();
    used.getState().choose('budget', 'high');
    left.getState().choose('speed', 'relaxed');

    expect(saved()).toMatchObject({ answers: { ...ALL_SLM, speed: 'relaxed' } });
    expect(saved().setAside).toEqual([
      expect.objectContaining({ answers: { ...ALL_SLM, budget: 'high' }, from: 'tab' }),
    ]);
    // The other tab hears of it at once.
    expect(asideAnswers(used)).toEqual([['tab', { ...ALL_SLM, speed: 'relaxed' }]]);
  });

  it('forgetting a set in one tab forgets it in storage, and switching loses nothing', () => {
    const { open, saved } = browser();
    const first = open();
    const second = open();
    answerAll(first, { task: 'simple' });
    answerAll(second, { task: 'mixed' });
    const [theirs] = second.getState().setAside;

    second.getState().switchTo(theirs!.id);
    expect(second.getState().answers).toEqual({ task: 'simple' });
    expect(asideAnswers(second)).toEqual([['saved', { task: 'mixed' }]]);
    expect(saved()).toMatchObject({ answers: { task: 'simple' } });

    second.getState().forget(second.getState().setAside[0]!.id);
    expect(saved().setAside).toEqual([]);
    expect(first.getState().setAside).toEqual([]);
    expect(hasSetAsideNotice(second)).toBe(false);
  });

  it('a tab that hears another writes nothing back, so tabs never echo each other', () => {
    const { open, writesBy } = browser();
    const first = open();
    const second = open();
    const waiting = open();
    // Both have started, so neither simply continues from the other's answers.
    first.getState().goTo('task');
    answerAll(second, { task: 'mixed' });
    const before = writesBy(second);
    answerAll(first, { task: 'simple', run: 'cloud' });
    first.getState().setShortcuts(false);
    first.getState().setTraffic('rpd', 500);
    expect(second.getState()).toMatchObject({ shortcuts: false, traffic: { rpd: 500 } });
    expect(writesBy(second)).toBe(before);
    expect(writesBy(waiting)).toBe(0);
  });

  it('a tab keeps showing its answers when another clears the saved progress, and saves them again', () => {
    const { open, clear, saved } = browser();
    const tab = open();
    answerAll(tab, { task: 'simple' });
    clear();
    expect(tab.getState().answers).toEqual({ task: 'simple' });
    tab.getState().choose('run', 'cloud');
    expect(saved()).toMatchObject({ answers: { task: 'simple', run: 'cloud' } });
  });
});

describe('progress across links', () => {
  it('two links in a row keep both the saved answers and the first link’s, each labelled', () => {
    const { open } = browser();
    const tab = open();
    answerAll(tab, { task: 'mixed', run: 'either' });
    const link = (answers: Record<string, string>) => decodeLink(rules, `#${new URLSearchParams(answers)}`);
    tab.getState().applyLink(link(ALL_SLM), 'open');
    tab.getState().applyLink(link(ALL_LLM), 'open');

    expect(tab.getState()).toMatchObject({ answers: ALL_LLM, answerSet: { from: 'link' } });
    expect(asideAnswers(tab)).toEqual([
      ['link', ALL_SLM],
      ['saved', { task: 'mixed', run: 'either' }],
    ]);
    expect(asideAnswers(open())).toEqual(asideAnswers(tab));

    // Opening the same link again sets nothing more aside.
    tab.getState().applyLink(link(ALL_LLM), 'open');
    expect(tab.getState().setAside).toHaveLength(2);
  });

  it('a changed answer makes a link’s answers the person’s own', () => {
    const { open } = browser();
    const tab = open();
    tab.getState().applyLink(decodeLink(rules, `#${new URLSearchParams(ALL_SLM)}`), 'open');
    tab.getState().choose('budget', 'high');
    expect(tab.getState().answerSet.from).toBe('saved');
    expect(tab.getState().setAside).toEqual([]);
  });
});
