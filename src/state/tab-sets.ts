import type { AnswerSetLabel } from './saved-progress';

/**
 * The sets of answers this tab started. A change to any other set (loaded, opened in another tab, switched
 * to) starts a new one, so two tabs never write different answers under one id.
 */
export interface TabSets {
  /** A new id, unique among this browser's tabs, for a set this tab starts. */
  start(): string;
  startedHere(id: string): boolean;
  /** The label of a set once this tab has changed its answers. */
  changed(label: AnswerSetLabel): AnswerSetLabel;
  now(): number;
}

// Stryker disable next-line MethodExpression: the slice only keeps ids short
const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createTabSets({ now = Date.now, newId = randomId } = {}): TabSets {
  const started = new Set<string>();
  const start = () => {
    const id = newId();
    started.add(id);
    return id;
  };
  return {
    start,
    startedHere: (id) => started.has(id),
    changed: ({ id }) => ({ id: started.has(id) ? id : start(), from: 'saved', at: now() }),
    now,
  };
}
