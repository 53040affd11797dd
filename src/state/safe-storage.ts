export type StorageFault = 'blocked' | 'quota' | 'corrupt' | 'wrong-shape' | 'newer-version';

/** What is saved under a key: the state, and the version of its shape. */
export interface Envelope {
  state: unknown;
  version: number;
}

/** The two operations saved progress needs, neither of which ever throws. */
export interface SafeStorage {
  getItem(name: string): Envelope | null;
  setItem(name: string, value: Envelope): void;
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
export function createSafeStorage(
  getStorage: () => Storage,
  currentVersion: number,
  onFault: (fault: StorageFault) => void,
): SafeStorage {
  const memory = new Map<string, Envelope>();
  let backing: Storage | null = null;
  let reported = false;
  const fault = (kind: StorageFault) => {
    if (!reported) onFault(kind);
    reported = true;
  };

  try {
    backing = getStorage();
    // Some browsers hand out a storage object that throws only on use.
    // Stryker disable next-line StringLiteral: any key probes; what it holds is never read
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
      return parsed;
    },
    setItem(name, value) {
      // Stryker disable next-line ConditionalExpression: without a backing the call throws into memory all the same (a fault is reported once)
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
  };
}
