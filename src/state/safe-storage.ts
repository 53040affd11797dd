import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type StorageFault = 'blocked' | 'quota' | 'corrupt' | 'wrong-shape' | 'newer-version';

interface Envelope {
  state: unknown;
  version: number;
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  'state' in value &&
  'version' in value &&
  Number.isInteger((value as Envelope).version);

/**
 * A persist storage that never throws. Whatever the browser does (blocks storage in a third-party
 * iframe, runs out of quota, hands back garbage), it falls back to memory and reports the fault once
 * through `onFault`. Data written by a newer version of the app is left untouched.
 */
export function createSafeStorage<S>(
  getStorage: () => Storage,
  currentVersion: number,
  onFault: (fault: StorageFault) => void,
): PersistStorage<S, void> {
  const memory = new Map<string, StorageValue<S>>();
  let backing: Storage | null = null;
  let reported = false;
  const fault = (kind: StorageFault) => {
    if (!reported) onFault(kind);
    reported = true;
  };

  try {
    backing = getStorage();
    // Some browsers hand out a storage object that throws only on use.
    backing.getItem('__probe__');
  } catch {
    backing = null;
    fault('blocked');
  }

  const fallBackToMemory = (kind: StorageFault) => {
    backing = null;
    fault(kind);
  };

  return {
    getItem(name) {
      if (!backing) return memory.get(name) ?? null;
      let raw: string | null;
      try {
        raw = backing.getItem(name);
      } catch {
        fallBackToMemory('blocked');
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        fault('corrupt');
        return null;
      }
      if (!isEnvelope(parsed)) {
        fault('wrong-shape');
        return null;
      }
      if (parsed.version > currentVersion) {
        // Never overwrite progress saved by a newer app: keep this session's answers in memory instead.
        fallBackToMemory('newer-version');
        return null;
      }
      return parsed as StorageValue<S>;
    },
    setItem(name, value) {
      if (backing) {
        try {
          backing.setItem(name, JSON.stringify(value));
          return;
        } catch (error) {
          fallBackToMemory(
            error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'blocked',
          );
        }
      }
      memory.set(name, value);
    },
    removeItem(name) {
      memory.delete(name);
      try {
        backing?.removeItem(name);
      } catch {
        fallBackToMemory('blocked');
      }
    },
  };
}

/** A storage that keeps everything in memory, for tests and for hosts that forbid storage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
