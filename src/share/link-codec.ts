import { CRITERION_IDS, CriterionId } from '../rules/schema';
import type { Questions } from '../rules/questions-schema';
import { isOptionOf } from '../engine/answers';
import { readTrafficValue, TRAFFIC_KEYS, type Traffic } from '../rules/traffic';
import type { Answers } from '../engine/types';

/** The link format version this app writes. Every released version must keep decoding. */
export const LINK_VERSION = 1;
export const MAX_HASH_LENGTH = 2000;

export type LinkProblem =
  | { kind: 'too-long'; length: number }
  | { kind: 'bad-version'; value: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'ambiguous'; key: string }
  | { kind: 'empty-answer'; criterion: CriterionId }
  | { kind: 'unknown-answer'; criterion: CriterionId; value: string }
  | { kind: 'unknown-step'; value: string }
  | { kind: 'bad-estimate'; key: string; value: string };

/** What a link says. `ok: false` means nothing in it can be trusted, so nothing is applied. */
export type DecodedLink =
  | { ok: true; answers: Answers; step: CriterionId | null; traffic: Traffic; problems: LinkProblem[] }
  | { ok: false; problems: LinkProblem[] };

type Params = Map<string, string[]>;

/**
 * Older link versions are upgraded here, one version at a time, before decoding; a future v=2 adds
 * `1: (params) => …` that rewrites version-1 names and values into version-2 ones.
 */
const MIGRATIONS: Record<number, (params: Params) => Params> = {};

// URLSearchParams leaves malformed escapes such as "%E0%A4%A" as they are instead of throwing.
function readParams(hash: string): Params {
  const params: Params = new Map();
  for (const [key, value] of new URLSearchParams(hash)) params.set(key, [...(params.get(key) ?? []), value]);
  return params;
}

function readVersion(params: Params): { version: number } | { problem: LinkProblem } {
  const values = params.get('v');
  // Stryker disable next-line ObjectLiteral: with one link version there is nothing to migrate, so the version read is not used yet
  if (!values) return { version: 1 }; // people write links by hand and leave v out
  if (values.length > 1) return { problem: { kind: 'ambiguous', key: 'v' } };
  const value = values[0]!;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) return { problem: { kind: 'bad-version', value } };
  const version = Number(value);
  if (version > LINK_VERSION) return { problem: { kind: 'newer-version', version } };
  // Stryker disable next-line ObjectLiteral: with one link version there is nothing to migrate, so the version read is not used yet
  return { version };
}

/** Decodes a location hash (with or without its "#") into answers, a step and plain-language problems. */
export function decodeLink(rules: Questions, rawHash: string): DecodedLink {
  if (rawHash.length > MAX_HASH_LENGTH)
    return { ok: false, problems: [{ kind: 'too-long', length: rawHash.length }] };
  let params = readParams(rawHash.replace(/^#/, ''));

  const read = readVersion(params);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  // Stryker disable next-line ConditionalExpression,UpdateOperator: with one link version there is nothing to migrate yet
  for (let version = read.version; version < LINK_VERSION; version++) params = MIGRATIONS[version]!(params);

  const problems: LinkProblem[] = [];
  const answers: Answers = {};
  for (const criterion of CRITERION_IDS) {
    const values = params.get(criterion);
    if (!values) continue;
    const value = values[0]!;
    if (values.length > 1) problems.push({ kind: 'ambiguous', key: criterion });
    else if (value === '') problems.push({ kind: 'empty-answer', criterion });
    else if (!isOptionOf(rules, criterion, value))
      problems.push({ kind: 'unknown-answer', criterion, value });
    else answers[criterion] = value;
  }

  let step: CriterionId | null = null;
  const steps = params.get('step');
  if (steps && steps.length > 1) problems.push({ kind: 'ambiguous', key: 'step' });
  else if (steps) {
    const parsed = CriterionId.safeParse(steps[0]);
    if (parsed.success) step = parsed.data;
    else problems.push({ kind: 'unknown-step', value: steps[0]! });
  }

  // The estimate's inputs are optional: a bad one is reported and its default used instead.
  const traffic: Traffic = {};
  for (const key of TRAFFIC_KEYS) {
    const values = params.get(key);
    if (!values) continue;
    if (values.length > 1) {
      problems.push({ kind: 'ambiguous', key });
      continue;
    }
    const value = readTrafficValue(key, values[0]!);
    if (value === null) problems.push({ kind: 'bad-estimate', key, value: values[0]! });
    else Object.assign(traffic, { [key]: value });
  }
  return { ok: true, answers, step, traffic, problems };
}

/** The canonical hash (without "#") for a set of answers: the same answers always give the same string. */
export function encodeLink(answers: Answers, step: CriterionId | null = null, traffic: Traffic = {}): string {
  const params = new URLSearchParams({ v: String(LINK_VERSION) });
  for (const criterion of CRITERION_IDS) {
    const value = answers[criterion];
    if (value !== undefined) params.append(criterion, value);
  }
  if (step) params.append('step', step);
  for (const key of TRAFFIC_KEYS) {
    const value = traffic[key];
    if (value !== undefined) params.append(key, String(value));
  }
  return params.toString();
}
