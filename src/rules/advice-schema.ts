import * as z from 'zod/mini';
import { CriterionId, Verdict, id, range, reportDuplicates, text } from './schema';
import { Condition, checkQuestions, questionsShape } from './questions-schema';
import { validate, type Load } from './rules';

/** What the result says about one answer. */
const OptionTextSchema = z.strictObject({
  /** A noun phrase for sentences, e.g. "real-time answers". */
  phrase: text,
  /** What this answer means for the verdict, in a sentence or two. */
  reason: text,
  /** The reason instead, where a release of the decision model frees this answer of its pull (by release id). */
  released: z.optional(z.record(id, text)),
});

export const ConstraintSchema = z.strictObject({ id, when: Condition, title: text, explanation: text });
export type Constraint = z.infer<typeof ConstraintSchema>;

/** The verdicts a card agrees with: where it is given, the card shows with those verdicts alone. */
const ForVerdicts = z.optional(z.array(Verdict).check(z.minLength(1)));

export const ConflictSchema = z.strictObject({
  id,
  when: z.array(Condition).check(z.minLength(2, 'A conflict needs at least two conditions')),
  for: ForVerdicts,
  title: text,
  advice: text,
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** Something to verify that one answer brings with it, such as a provider's retention terms. */
export const CheckSchema = z.strictObject({
  id,
  when: z.array(Condition).check(z.minLength(1, 'A check needs a condition')),
  for: ForVerdicts,
  title: text,
  advice: text,
});
export type Check = z.infer<typeof CheckSchema>;

const Level = z.strictObject({ rating: range(1, 5), text });
export const TradeoffSchema = z.strictObject({
  id,
  label: text,
  /** The answers that make this dimension matter to the person. */
  mattersWhen: Condition,
  slm: Level,
  llm: Level,
  /** The caveat an expert would add to the source's ratings. */
  note: text,
  /** Ratings that an answer changes, e.g. an LLM under a vetted contract is no longer a privacy risk. */
  overrides: z.optional(
    z.array(z.strictObject({ when: Condition, slm: z.optional(Level), llm: z.optional(Level) })),
  ),
});
export type Tradeoff = z.infer<typeof TradeoffSchema>;

const Step = z.strictObject({
  title: text,
  description: text,
  /** True for the model maker's work, which a team using a trained model does not repeat. */
  byMaker: z.optional(z.boolean()),
  /** When the step does not apply to these answers, and what to do instead. */
  notFor: z.optional(z.strictObject({ when: Condition, note: text })),
});
export type PlaybookStep = z.infer<typeof Step>;

export const PlaybookSchema = z.strictObject({
  title: text,
  summary: text,
  /** What the nine steps are, so nobody mistakes a model maker's pipeline for their own to-do list. */
  framing: text,
  steps: z.array(Step).check(z.length(9, 'A playbook has exactly nine steps')),
});
export type Playbook = z.infer<typeof PlaybookSchema>;

export const VerdictTextSchema = z.strictObject({
  title: text,
  short: text,
  /** A noun phrase for sentences, e.g. "a small model". */
  phrase: text,
  summary: text,
  howItFits: z.optional(text),
});
export type VerdictText = z.infer<typeof VerdictTextSchema>;

const NextStep = z.strictObject({
  title: text,
  description: text,
  for: z.array(Verdict).check(z.minLength(1)),
  /** Answers that must all hold too, for a step only some answers call for. */
  when: z.optional(z.array(Condition)),
});
export type NextStep = z.infer<typeof NextStep>;

/** What only the result needs: loaded on demand with it. */
export const adviceShape = {
  optionTexts: z.record(CriterionId, z.record(id, OptionTextSchema)),
  /** Sentence templates for the one-line "why": {task}, {need}, {verdict} and {constraints} take phrases. */
  explanations: z.strictObject({ floor: text, set: text, resisted: text, pulled: text }),
  strength: z.strictObject({ clear: text, close: text, pulled: text }),
  /** What each kind of answer did to the verdict, as shown beside it. */
  effects: z.strictObject({ sets: text, pulled: text, pressure: text, noRoom: text, none: text }),
  constraints: z.array(ConstraintSchema),
  conflicts: z.array(ConflictSchema),
  checks: z.array(CheckSchema),
  tradeoffs: z.array(TradeoffSchema).check(z.length(5, 'There are exactly five tradeoffs')),
  playbooks: z.strictObject({ slm: PlaybookSchema, llm: PlaybookSchema }),
  verdicts: z.strictObject({ slm: VerdictTextSchema, hybrid: VerdictTextSchema, llm: VerdictTextSchema }),
  nextSteps: z.array(NextStep).check(z.minLength(1)),
};

export const RulesSchema = z
  .strictObject({ ...questionsShape, ...adviceShape })
  .check(z.superRefine(checkReferences));
export type Rules = z.infer<typeof RulesSchema>;

type RefinementContext = Parameters<Parameters<typeof z.superRefine<Rules>>[0]>[1];

/** Cross-references that a per-field schema cannot see: duplicates, gaps and ids pointing nowhere. */
function checkReferences(rules: Rules, ctx: RefinementContext): void {
  const report = (path: PropertyKey[], message: string) =>
    ctx.issues.push({ code: 'custom', input: rules, path, message });
  checkQuestions(rules, report);

  for (const criterion of rules.criteria) {
    const texts = rules.optionTexts[criterion.id] ?? {};
    for (const option of criterion.options) {
      if (!Object.hasOwn(texts, option.id)) {
        report(['optionTexts', criterion.id], `The texts for option "${option.id}" are missing`);
      }
    }
    for (const key of Object.keys(texts)) {
      if (!criterion.options.some((o) => o.id === key)) {
        report(['optionTexts', criterion.id, key], `Unknown option "${key}" for criterion "${criterion.id}"`);
      }
    }
    for (const option of criterion.options) {
      const released = texts[option.id]?.released ?? {};
      const releases = option.releasedWhen?.map((r) => r.id) ?? [];
      const path = ['optionTexts', criterion.id, option.id, 'released'];
      for (const missing of releases.filter((r) => !Object.hasOwn(released, r)))
        report(path, `The text for release "${missing}" is missing`);
      for (const unknown of Object.keys(released).filter((r) => !releases.includes(r)))
        report([...path, unknown], `Unknown release "${unknown}" for option "${option.id}"`);
    }
  }

  for (const list of ['constraints', 'conflicts', 'checks', 'tradeoffs'] as const) {
    reportDuplicates(
      report,
      rules[list].map((item) => item.id),
      (i) => [list, i, 'id'],
      list.slice(0, -1),
    );
  }

  const checkCondition = (condition: Condition, path: PropertyKey[]) => {
    const criterion = rules.criteria.find((c) => c.id === condition.criterion);
    condition.options.forEach((option, o) => {
      if (criterion && !criterion.options.some((known) => known.id === option)) {
        report([...path, 'options', o], `Unknown option "${option}" for criterion "${condition.criterion}"`);
      }
    });
  };
  rules.constraints.forEach((c, i) => checkCondition(c.when, ['constraints', i, 'when']));
  rules.checks.forEach((check, i) =>
    check.when.forEach((condition, w) => checkCondition(condition, ['checks', i, 'when', w])),
  );
  rules.nextSteps.forEach((step, i) =>
    step.when?.forEach((condition, w) => checkCondition(condition, ['nextSteps', i, 'when', w])),
  );
  rules.conflicts.forEach((conflict, i) =>
    conflict.when.forEach((condition, w) => checkCondition(condition, ['conflicts', i, 'when', w])),
  );
  rules.tradeoffs.forEach((tradeoff, i) => {
    checkCondition(tradeoff.mattersWhen, ['tradeoffs', i, 'mattersWhen']);
    tradeoff.overrides?.forEach((o, j) => checkCondition(o.when, ['tradeoffs', i, 'overrides', j, 'when']));
  });
  for (const side of ['slm', 'llm'] as const) {
    rules.playbooks[side].steps.forEach((step, s) => {
      if (step.notFor) checkCondition(step.notFor.when, ['playbooks', side, 'steps', s, 'notFor', 'when']);
    });
  }
  for (const verdict of Verdict.options) {
    if (!rules.nextSteps.some((step) => step.for.includes(verdict))) {
      report(['nextSteps'], `No next step is given for "${verdict}"`);
    }
  }
}

/** Validates a whole rules table: the questions and the advice, with every cross-reference. */
export const loadRules = (data: unknown): Load<Rules> => validate(RulesSchema, data);
