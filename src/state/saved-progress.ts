import * as z from 'zod/mini';
import { CRITERION_IDS, type CriterionId } from '../rules/schema';
import type { Questions } from '../rules/questions-schema';
import { validAnswers } from '../engine/answers';
import type { Answers } from '../engine/types';
import { readTrafficValue, TRAFFIC_KEYS, type Traffic } from '../rules/traffic';

/** Where a set of answers came from, which its label says. */
export type Source = 'saved' | 'link' | 'tab';
const SOURCES: readonly Source[] = ['saved', 'link', 'tab'];

/**
 * One set of answers. `id` names it across tabs: a tab that changes a set it did not start gives it a new
 * id (see wizard-store.ts), so two tabs never write two different sets under one id.
 */
export interface AnswerSet {
  id: string;
  answers: Answers;
  from: Source;
  /** When its answers last changed (ms since the epoch), or null for saves from before it was recorded. */
  at: number | null;
}

/** A set without its answers: the label the store keeps beside the answers it shows. */
export type AnswerSetLabel = Omit<AnswerSet, 'answers'>;
export const labelOf = ({ id, from, at }: AnswerSet): AnswerSetLabel => ({ id, from, at });

/** What one key of storage holds: the current set, the sets set aside, and the preferences. */
export interface Progress {
  current: AnswerSet;
  setAside: AnswerSet[];
  shortcuts: boolean;
  traffic: Traffic;
}

/** More than anyone compares; past it the oldest set aside is let go, so storage stays small. */
export const MAX_SET_ASIDE = 12;

export const emptySet = (id: string, at: number | null = null): AnswerSet => ({
  id,
  answers: {},
  from: 'saved',
  at,
});

export const isEmpty = (answers: Answers) => CRITERION_IDS.every((c) => answers[c] === undefined);
export const sameAnswers = (a: Answers, b: Answers) => CRITERION_IDS.every((c) => a[c] === b[c]);
const sameSet = (a: AnswerSet, b: AnswerSet) =>
  a.id === b.id && a.at === b.at && sameAnswers(a.answers, b.answers);

// Each answer is checked against the rules on the way in (validAnswers), so a bad one costs only itself;
// an object of the five ids rather than a record, so a stray key is dropped instead of costing the set.
const StoredAnswers = z.object(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, z.optional(z.unknown())])) as {
    [Id in CriterionId]: z.ZodMiniOptional<z.ZodMiniUnknown>;
  },
);
const StoredTraffic = z.record(z.string(), z.unknown());
// Every field is optional and read on its own, so one that is damaged loses itself and nothing else.
// Saves from before sets were named have only answers, shortcuts and traffic, and one `stashed` set.
const StoredProgress = z.object({
  answers: z.optional(z.unknown()),
  id: z.optional(z.unknown()),
  from: z.optional(z.unknown()),
  at: z.optional(z.unknown()),
  setAside: z.optional(z.unknown()),
  stashed: z.optional(z.unknown()),
  shortcuts: z.optional(z.unknown()),
  traffic: z.optional(z.unknown()),
});
const StoredSet = z.object({ answers: z.unknown(), id: z.unknown(), from: z.unknown(), at: z.unknown() });

/** The whole save unreadable, or parts of it dropped (damaged, or naming options that are gone). */
export type ReadFault = 'wrong-shape' | 'stale-answers';

/** Reads what storage held into progress, keeping every part that is valid and naming what was not. */
export function readProgress(
  rules: Questions,
  stored: unknown,
  fallbackId: string,
): { progress: Progress; fault: ReadFault | null } {
  // Anything dropped from a save that was otherwise read: a damaged part, or an option that is gone.
  let dropped = false;
  const answersOf = (value: unknown): Answers => {
    const parsed = StoredAnswers.safeParse(value);
    if (!parsed.success) {
      dropped ||= value !== undefined && value !== null;
      return {};
    }
    const answers = validAnswers(rules, parsed.data as Answers);
    dropped ||= Object.keys(parsed.data).length > Object.keys(answers).length;
    return answers;
  };
  const setOf = (
    value: z.infer<typeof StoredProgress> | z.infer<typeof StoredSet>,
    id: string,
  ): AnswerSet => ({
    id: typeof value.id === 'string' && value.id.length > 0 && value.id.length <= 64 ? value.id : id,
    answers: answersOf(value.answers),
    from: SOURCES.find((source) => source === value.from) ?? 'saved',
    // Stryker disable next-line ConditionalExpression: Number.isFinite rejects every non-number; typeof narrows the type
    at: typeof value.at === 'number' && Number.isFinite(value.at) ? value.at : null,
  });

  const parsed = StoredProgress.safeParse(stored);
  if (!parsed.success) {
    const progress = { current: emptySet(fallbackId), setAside: [], shortcuts: true, traffic: {} };
    return { progress, fault: stored === undefined || stored === null ? null : 'wrong-shape' };
  }
  const { data } = parsed;
  const storedSets = Array.isArray(data.setAside) ? data.setAside : [];
  dropped ||= data.setAside !== undefined && !Array.isArray(data.setAside);
  const setAside = storedSets.flatMap((value, index) => {
    const set = StoredSet.safeParse(value);
    dropped ||= !set.success;
    return set.success ? [setOf(set.data, `set-aside-${index}`)] : [];
  });
  // The first version kept one set aside as `stashed`; when it held none, the empty set is tidied away.
  setAside.push({ id: 'saved-earlier', answers: answersOf(data.stashed), from: 'saved', at: null });

  const progress = tidy({
    current: setOf(data, fallbackId),
    setAside,
    shortcuts: typeof data.shortcuts === 'boolean' ? data.shortcuts : true,
    traffic: validTraffic(data.traffic),
  });
  return { progress, fault: dropped ? 'stale-answers' : null };
}

function validTraffic(stored: unknown): Traffic {
  const parsed = StoredTraffic.safeParse(stored);
  const traffic: Traffic = {};
  for (const key of TRAFFIC_KEYS) {
    const value = parsed.success ? parsed.data[key] : undefined;
    // A value is kept when it reads back as itself: a number or a device class, within its field's rules.
    if (readTrafficValue(key, String(value)) === value) Object.assign(traffic, { [key]: value });
  }
  return traffic;
}

const sameTraffic = (a: Traffic, b: Traffic) => TRAFFIC_KEYS.every((key) => a[key] === b[key]);

/**
 * The list of sets aside as a person should see it: none empty, none equal to the current answers or to
 * a newer set in the list, newest first, at most MAX_SET_ASIDE.
 */
export function tidyList(current: AnswerSet, sets: AnswerSet[]): AnswerSet[] {
  const kept: AnswerSet[] = [];
  const byRecency = [...sets].sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
  for (const set of byRecency) {
    if (isEmpty(set.answers) || set.id === current.id) continue;
    if (sameAnswers(set.answers, current.answers)) continue;
    if (kept.some((k) => k.id === set.id || sameAnswers(k.answers, set.answers))) continue;
    kept.push(set);
  }
  return kept.slice(0, MAX_SET_ASIDE);
}

export const tidy = (progress: Progress): Progress => ({
  ...progress,
  setAside: tidyList(progress.current, progress.setAside),
});

/**
 * What a tab writes when its progress changes from `before` to `after`: what storage holds now (`stored`,
 * perhaps written by another tab since), with this tab's changes applied on top. A tab never writes what
 * it did not change, and when it replaces a current set that another tab wrote, that set is set aside,
 * labelled as from another tab: no write replaces answers it has not read.
 */
export function mergeChange(before: Progress, after: Progress, stored: Progress | null): Progress {
  if (!stored) return tidy(after);
  const next: Progress = { ...stored, setAside: [...stored.setAside] };
  if (after.shortcuts !== before.shortcuts) next.shortcuts = after.shortcuts;
  if (!sameTraffic(after.traffic, before.traffic)) next.traffic = after.traffic;

  const removed = before.setAside.filter((set) => !after.setAside.some((s) => s.id === set.id));
  const added = after.setAside.filter((set) => !before.setAside.some((s) => sameSet(s, set)));
  // tidy keeps the newest copy of each id (the first of two as new), so an older copy stored here goes.
  next.setAside = [...added, ...next.setAside.filter((set) => !removed.some((r) => r.id === set.id))];

  if (!sameSet(after.current, before.current)) {
    const replaced = stored.current;
    // Unchanged since this tab read it, or this tab's own set: anything else is another tab's.
    // Stryker disable next-line ConditionalExpression: a tab that changes a set it did not start gives it a new id, so a set under this tab's id differs from what it read only by its own writes
    const ours = sameSet(replaced, before.current) || replaced.id === after.current.id;
    // Another tab's current set is the newest copy of its id: put first, tidy drops any older copy.
    if (!ours) next.setAside = [{ ...replaced, from: 'tab' }, ...next.setAside];
    next.current = after.current;
  }
  return tidy(next);
}

/**
 * The shape progress is saved in: the current set's fields at the top, as the first saves had them, so a
 * save stays readable by the version before sets had names (it reads answers, shortcuts and traffic).
 */
export const storedForm = ({ current, setAside, shortcuts, traffic }: Progress) => ({
  ...current,
  setAside,
  shortcuts,
  traffic,
});

const sameLabel = (a: AnswerSet, b: AnswerSet) => sameSet(a, b) && a.from === b.from;

/** Whether two progress values would be written the same, so a write can be skipped. */
export const sameProgress = (a: Progress, b: Progress) =>
  a.shortcuts === b.shortcuts &&
  sameTraffic(a.traffic, b.traffic) &&
  sameLabel(a.current, b.current) &&
  a.setAside.length === b.setAside.length &&
  a.setAside.every((set, i) => sameLabel(set, b.setAside[i]!));
