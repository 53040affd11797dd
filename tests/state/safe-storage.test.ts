// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../shipped-rules';
import { recommend } from '../../src/engine/score';
import { memoryStorage } from '../memory-storage';
import { savedWizard } from '../saved-wizard';
import { PROGRESS_KEY } from '../../src/share/storage-keys';
import { createSafeStorage } from '../../src/state/safe-storage';
import { PERSIST_VERSION } from '../../src/state/progress-sync';

const ALL = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' };
const saved = (state: unknown, version = PERSIST_VERSION) => JSON.stringify({ state, version });
const goodSave = saved({ answers: { task: 'complex', run: 'cloud' }, stashed: null, shortcuts: true });

/** A Storage whose every method can be made to throw, like a browser that blocks or fills up. */
function faultyStorage(initial: Record<string, string>, faults: { read?: Error; write?: Error } = {}) {
  const inner = memoryStorage();
  Object.entries(initial).forEach(([k, v]) => inner.setItem(k, v));
  const storage = {
    ...inner,
    getItem: (key: string) => {
      if (faults.read) throw faults.read;
      return inner.getItem(key);
    },
    setItem: (key: string, value: string) => {
      if (faults.write) throw faults.write;
      inner.setItem(key, value);
    },
  } as Storage;
  return { getStorage: () => storage, inner };
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

type Fault = {
  name: string;
  setup: () => { getStorage: () => Storage; inner: Storage };
  notice: string | null;
};
const FAULTS: Fault[] = [
  {
    name: 'access throws SecurityError',
    setup: () => ({
      getStorage: () => {
        throw securityError();
      },
      inner: memoryStorage(),
    }),
    notice: 'blocked',
  },
  {
    name: 'reads throw SecurityError',
    setup: () => faultyStorage({}, { read: securityError() }),
    notice: 'blocked',
  },
  {
    name: 'writes throw QuotaExceededError',
    setup: () => faultyStorage({}, { write: quotaError() }),
    notice: 'quota',
  },
  {
    name: 'the saved JSON is corrupt',
    setup: () => faultyStorage({ [PROGRESS_KEY]: '{"state": {"answers": ' }),
    notice: 'corrupt',
  },
  {
    name: 'the saved answers have the wrong shape',
    setup: () => faultyStorage({ [PROGRESS_KEY]: saved({ answers: 'task=simple' }) }),
    notice: 'stale-answers',
  },
  {
    name: 'the saved state is not an object',
    setup: () => faultyStorage({ [PROGRESS_KEY]: saved('task=simple') }),
    notice: 'wrong-shape',
  },
  {
    name: 'the envelope has the wrong shape',
    setup: () => faultyStorage({ [PROGRESS_KEY]: '[1,2,3]' }),
    notice: 'wrong-shape',
  },
  {
    name: 'the save comes from a newer version',
    setup: () => faultyStorage({ [PROGRESS_KEY]: saved({ future: true }, PERSIST_VERSION + 1) }),
    notice: 'newer-version',
  },
  {
    name: 'saved answers name options that no longer exist',
    setup: () =>
      faultyStorage({
        [PROGRESS_KEY]: saved({
          answers: { task: 'simple', run: 'satellite' },
          stashed: null,
          shortcuts: true,
        }),
      }),
    notice: 'stale-answers',
  },
];

const storageNotices = (store: ReturnType<typeof savedWizard>) =>
  store.getState().notices.filter((n) => n.kind === 'storage');

describe('the storage fault matrix: each fault × first load, mid-way and reload', () => {
  it.each(FAULTS)('$name', ({ setup, notice }) => {
    const errors = vi.spyOn(console, 'error');
    const { getStorage, inner } = setup();
    const before = inner.getItem(PROGRESS_KEY);

    // First load
    const first = savedWizard({ rules, getStorage });
    first.getState().goTo('task');
    // Mid-way: three answers in
    first.getState().choose('task', 'simple');
    first.getState().choose('run', 'device');
    first.getState().choose('speed', 'instant');
    // Finish, and the verdict is reachable
    first.getState().choose('budget', 'low');
    first.getState().choose('privacy', 'local');
    first.getState().goTo('result');
    expect(first.getState().step).toBe('result');
    expect(recommend(rules, first.getState().answers)).toMatchObject({ status: 'complete', verdict: 'slm' });
    expect(storageNotices(first).length).toBeLessThanOrEqual(1);
    if (notice) expect(storageNotices(first)).toEqual([{ kind: 'storage', fault: notice }]);

    // Reload: a new store over the same storage still works and still reaches a verdict.
    const reloaded = savedWizard({ rules, getStorage });
    for (const [criterion, option] of Object.entries(ALL))
      reloaded.getState().choose(criterion as 'task', option);
    reloaded.getState().goTo('result');
    expect(reloaded.getState().step).toBe('result');
    expect(storageNotices(reloaded).length).toBeLessThanOrEqual(1);

    if (notice === 'newer-version') expect(inner.getItem(PROGRESS_KEY)).toBe(before);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('saved progress', () => {
  it('survives a reload with working storage', () => {
    const storage = memoryStorage();
    const first = savedWizard({ rules, getStorage: () => storage });
    first.getState().choose('task', 'complex');
    first.getState().setShortcuts(false);
    const reloaded = savedWizard({ rules, getStorage: () => storage });
    expect(reloaded.getState().answers).toEqual({ task: 'complex' });
    expect(reloaded.getState().shortcuts).toBe(false);
    expect(reloaded.getState().notices).toEqual([]);
  });

  it('restores a good save without notices', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, goodSave);
    const store = savedWizard({ rules, getStorage: () => storage });
    expect(store.getState().answers).toEqual({ task: 'complex', run: 'cloud' });
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps the valid answers of a save whose other ids no longer exist', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      saved({ answers: { task: 'simple', run: 'satellite' }, stashed: null, shortcuts: true }),
    );
    expect(savedWizard({ rules, getStorage: () => storage }).getState().answers).toEqual({
      task: 'simple',
    });
  });

  it('keeps the known answers of a save that also holds keys it does not know', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      `{"state":{"answers":{"task":"simple","colour":"blue","__proto__":{"polluted":true}},"stashed":null,"shortcuts":true},"version":${PERSIST_VERSION}}`,
    );
    const store = savedWizard({ rules, getStorage: () => storage });
    expect(store.getState().answers).toEqual({ task: 'simple' });
    expect(store.getState().notices).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the estimate’s inputs across a reload, and drops only an invalid one', () => {
    const storage = memoryStorage();
    const first = savedWizard({ rules, getStorage: () => storage });
    first.getState().setTraffic('rpd', 50);
    first.getState().setTraffic('gpu', 1.5);
    first.getState().setTraffic('gpu', undefined);
    expect(first.getState().traffic).toEqual({ rpd: 50 });
    expect(savedWizard({ rules, getStorage: () => storage }).getState().traffic).toEqual({ rpd: 50 });

    storage.setItem(
      PROGRESS_KEY,
      saved({
        answers: { task: 'simple' },
        stashed: null,
        shortcuts: true,
        traffic: { rpd: 'lots', tin: 800, esc: 400, cache: 20 },
      }),
    );
    const store = savedWizard({ rules, getStorage: () => storage });
    expect(store.getState().traffic).toEqual({ tin: 800, cache: 20 });
    expect(store.getState().answers).toEqual({ task: 'simple' });
  });

  it('loses only a damaged field of a save, and says so', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      saved({
        answers: { task: 42, run: 'cloud', speed: 'instant', budget: 'low', privacy: 'local' },
        stashed: 'not a set',
        shortcuts: 'yes',
        traffic: [1, 2],
      }),
    );
    const store = savedWizard({ rules, getStorage: () => storage });
    expect(store.getState().answers).toEqual({
      run: 'cloud',
      speed: 'instant',
      budget: 'low',
      privacy: 'local',
    });
    expect(store.getState()).toMatchObject({ setAside: [], shortcuts: true, traffic: {} });
    expect(store.getState().notices).toEqual([{ kind: 'storage', fault: 'stale-answers' }]);
  });

  it('counts no set aside that has nothing valid left in it', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      saved({ answers: { task: 'simple' }, stashed: { colour: 'blue', task: 'moon' }, shortcuts: true }),
    );
    const store = savedWizard({ rules, getStorage: () => storage });
    expect(store.getState().setAside).toEqual([]);
    expect(store.getState().notices.filter((n) => n.kind === 'set-aside')).toEqual([]);
  });

  it('reads a save from before the estimate existed', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, saved({ answers: { task: 'mixed' }, stashed: null, shortcuts: false }));
    const store = savedWizard({ rules, getStorage: () => storage });
    expect(store.getState()).toMatchObject({
      answers: { task: 'mixed' },
      traffic: {},
      shortcuts: false,
      notices: [],
    });
  });

  it('says nothing about blocked storage where that is the norm, yet reports other faults', () => {
    const blocked = savedWizard({
      rules,
      getStorage: () => {
        throw securityError();
      },
      storageMayBeBlocked: true,
    });
    blocked.getState().choose('task', 'simple');
    expect(blocked.getState().answers).toEqual({ task: 'simple' });
    expect(storageNotices(blocked)).toEqual([]);

    const full = savedWizard({
      rules,
      getStorage: faultyStorage({}, { write: quotaError() }).getStorage,
      storageMayBeBlocked: true,
    });
    full.getState().choose('task', 'simple');
    expect(storageNotices(full)).toEqual([{ kind: 'storage', fault: 'quota' }]);
  });
});

describe('the storage adapter itself', () => {
  const adapter = (raw: string | null) => {
    const faults: string[] = [];
    const backing = memoryStorage();
    if (raw !== null) backing.setItem('k', raw);
    return {
      storage: createSafeStorage(
        () => backing,
        1,
        (fault) => faults.push(fault),
      ),
      faults,
      backing,
    };
  };

  it.each([
    ['null', 'wrong-shape'],
    ['"text"', 'wrong-shape'],
    ['{"state":{}}', 'wrong-shape'],
    ['{"version":1}', 'wrong-shape'],
    ['{"state":{},"version":1.5}', 'wrong-shape'],
    ['{"state":{},"version":"1"}', 'wrong-shape'],
    ['{"state":', 'corrupt'],
  ])('reads %s as nothing, and says so', (raw, fault) => {
    const { storage, faults } = adapter(raw);
    expect(storage.getItem('k')).toBeNull();
    expect(faults).toEqual([fault]);
  });

  it('reads a good envelope, and an older version’s, as they are', () => {
    expect(adapter('{"state":{"a":1},"version":1}').storage.getItem('k')).toEqual({
      state: { a: 1 },
      version: 1,
    });
    expect(adapter('{"state":null,"version":0}').storage.getItem('k')).toEqual({ state: null, version: 0 });
    expect(adapter(null).storage.getItem('k')).toBeNull();
  });

  it('reports only the first fault, and keeps working from memory after a write fails', () => {
    const faults: string[] = [];
    const storage = createSafeStorage(
      () =>
        ({
          ...memoryStorage(),
          getItem: () => '{',
          setItem: () => {
            throw new Error('denied');
          },
        }) as Storage,
      1,
      (fault) => faults.push(fault),
    );
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', { state: 'kept', version: 1 });
    expect(storage.getItem('k')).toEqual({ state: 'kept', version: 1 });
    expect(faults).toEqual(['corrupt']);
  });

  it('tells a full storage from a refused one', () => {
    const full = adapter(null);
    full.backing.setItem = () => {
      throw quotaError();
    };
    full.storage.setItem('k', { state: 1, version: 1 });
    expect(full.faults).toEqual(['quota']);
    const refused = adapter(null);
    refused.backing.setItem = () => {
      throw new DOMException('no', 'QuotaExceeded');
    };
    refused.storage.setItem('k', { state: 1, version: 1 });
    expect(refused.faults).toEqual(['blocked']);
    expect(refused.storage.getItem('k')).toEqual({ state: 1, version: 1 });
  });

  it('falls back to memory when a read throws after a good start', () => {
    const { storage, faults, backing } = adapter('{"state":1,"version":1}');
    backing.getItem = () => {
      throw securityError();
    };
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', { state: 2, version: 1 });
    expect(storage.getItem('k')).toEqual({ state: 2, version: 1 });
    expect(faults).toEqual(['blocked']);
  });
});
