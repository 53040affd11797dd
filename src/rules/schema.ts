import * as z from 'zod/mini';
import { CRITERION_IDS } from './criterion-ids';

export { CRITERION_IDS };
export const CriterionId = z.enum(CRITERION_IDS);
export type CriterionId = z.infer<typeof CriterionId>;

export const Verdict = z.enum(['slm', 'hybrid', 'llm']);
export type Verdict = z.infer<typeof Verdict>;

export const Side = z.enum(['slm', 'llm']);
export type Side = z.infer<typeof Side>;

const text = z.string().check(z.trim(), z.minLength(1, 'Text is missing'));
const id = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'Ids are lower-case words joined by dashes'));
// z.number() already rejects NaN and ±Infinity.
const range = (min: number, max: number) =>
  z.number().check(z.gte(min, `Must be at least ${min}`), z.lte(max, `Must be at most ${max}`));

export const OptionSchema = z.strictObject({
  id,
  label: text,
  /** A noun phrase that completes "… because of …", e.g. "a simple, repetitive task". */
  phrase: text,
  description: text,
  example: text,
  /** Why this answer pushes the way it does, in one line. */
  reason: text,
  /** Position on the SLM (-1) … LLM (+1) axis. */
  lean: range(-1, 1),
});
export type Option = z.infer<typeof OptionSchema>;

export const CriterionSchema = z
  .strictObject({
    id: CriterionId,
    title: text,
    question: text,
    help: text,
    /** Relative importance; scores are normalised by the total, so only ratios matter. */
    weight: range(0.1, 10),
    options: z.array(OptionSchema).check(z.length(3, 'A criterion has exactly three options')),
  })
  .check(
    z.superRefine((criterion, ctx) => {
      const [slmSide, middle, llmSide] = criterion.options.map((option) => option.lean);
      if (slmSide === undefined || middle === undefined || llmSide === undefined) return;
      if (!(slmSide < middle && middle < llmSide)) {
        ctx.issues.push({
          code: 'custom',
          input: criterion.options,
          path: ['options'],
          message: 'Options must run from the SLM side to the LLM side with strictly rising lean',
        });
      }
    }),
  );
export type Criterion = z.infer<typeof CriterionSchema>;

const Condition = z.strictObject({ criterion: CriterionId, options: z.array(id).check(z.minLength(1)) });
export type Condition = z.infer<typeof Condition>;

export const ConflictSchema = z.strictObject({
  id,
  when: z.array(Condition).check(z.minLength(2, 'A conflict needs at least two conditions')),
  title: text,
  advice: text,
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ConstraintSchema = z.strictObject({
  id,
  when: Condition,
  /** The highest verdict this constraint allows, if it caps the verdict at all. */
  capsAt: z.optional(Verdict),
  title: text,
  explanation: text,
});
export type Constraint = z.infer<typeof ConstraintSchema>;

const Level = z.strictObject({ rating: range(1, 5), text });
export const TradeoffSchema = z.strictObject({
  id,
  label: text,
  /** The answers that make this dimension matter to the person. */
  mattersWhen: Condition,
  slm: Level,
  llm: Level,
});
export type Tradeoff = z.infer<typeof TradeoffSchema>;

const Step = z.strictObject({ title: text, description: text });
export const PlaybookSchema = z.strictObject({
  title: text,
  summary: text,
  steps: z.array(Step).check(z.length(9, 'A playbook has exactly nine steps')),
});
export type Playbook = z.infer<typeof PlaybookSchema>;

export const VerdictTextSchema = z.strictObject({
  title: text,
  short: text,
  summary: text,
  howItFits: z.optional(text),
});
export type VerdictText = z.infer<typeof VerdictTextSchema>;

const StrengthBand = z.strictObject({ id, minMargin: range(0, 2), label: text });

export const RulesSchema = z
  .strictObject({
    version: text,
    source: text,
    criteria: z.array(CriterionSchema).check(z.length(5, 'There are exactly five criteria')),
    thresholds: z.strictObject({ slmAtMost: range(-1, 0), llmAtLeast: range(0, 1) }),
    /** Sentence templates for the one-line "why"; {first}, {second}, {slm} and {llm} take phrases. */
    explanations: z.strictObject({ because: text, becauseOne: text, split: text, middle: text }),
    strength: z.strictObject({
      bands: z.array(StrengthBand).check(z.minLength(1)),
      constrained: text,
    }),
    constraints: z.array(ConstraintSchema),
    conflicts: z.array(ConflictSchema),
    tradeoffs: z.array(TradeoffSchema).check(z.length(5, 'There are exactly five tradeoffs')),
    playbooks: z.strictObject({ slm: PlaybookSchema, llm: PlaybookSchema }),
    verdicts: z.strictObject({ slm: VerdictTextSchema, hybrid: VerdictTextSchema, llm: VerdictTextSchema }),
  })
  .check(z.superRefine(checkReferences));
export type Rules = z.infer<typeof RulesSchema>;

type RefinementContext = Parameters<Parameters<typeof z.superRefine<Rules>>[0]>[1];

/** Cross-references that a per-field schema cannot see: duplicates and ids pointing nowhere. */
function checkReferences(rules: Rules, ctx: RefinementContext): void {
  const report = (path: PropertyKey[], message: string) =>
    ctx.issues.push({ code: 'custom', input: rules, path, message });

  const reportDuplicates = (ids: string[], path: (index: number) => PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((value, index) => {
      if (seen.has(value)) report(path(index), `Duplicate ${what} id "${value}"`);
      seen.add(value);
    });
  };

  reportDuplicates(
    rules.criteria.map((c) => c.id),
    (i) => ['criteria', i, 'id'],
    'criterion',
  );
  rules.criteria.forEach((criterion, c) =>
    reportDuplicates(
      criterion.options.map((o) => o.id),
      (o) => ['criteria', c, 'options', o, 'id'],
      'option',
    ),
  );
  for (const missing of CRITERION_IDS.filter((cid) => !rules.criteria.some((c) => c.id === cid))) {
    report(['criteria'], `Criterion "${missing}" is missing`);
  }
  reportDuplicates(
    rules.constraints.map((c) => c.id),
    (i) => ['constraints', i, 'id'],
    'constraint',
  );
  reportDuplicates(
    rules.conflicts.map((c) => c.id),
    (i) => ['conflicts', i, 'id'],
    'conflict',
  );
  reportDuplicates(
    rules.tradeoffs.map((t) => t.id),
    (i) => ['tradeoffs', i, 'id'],
    'tradeoff',
  );
  reportDuplicates(
    rules.strength.bands.map((b) => b.id),
    (i) => ['strength', 'bands', i, 'id'],
    'strength band',
  );

  const checkCondition = (condition: Condition, path: PropertyKey[]) => {
    const criterion = rules.criteria.find((c) => c.id === condition.criterion);
    condition.options.forEach((option, o) => {
      if (criterion && !criterion.options.some((known) => known.id === option)) {
        report([...path, 'options', o], `Unknown option "${option}" for criterion "${condition.criterion}"`);
      }
    });
  };
  rules.constraints.forEach((constraint, i) => checkCondition(constraint.when, ['constraints', i, 'when']));
  rules.tradeoffs.forEach((tradeoff, i) =>
    checkCondition(tradeoff.mattersWhen, ['tradeoffs', i, 'mattersWhen']),
  );
  rules.conflicts.forEach((conflict, i) =>
    conflict.when.forEach((condition, w) => checkCondition(condition, ['conflicts', i, 'when', w])),
  );

  const { slmAtMost, llmAtLeast } = rules.thresholds;
  if (!(slmAtMost < llmAtLeast)) {
    report(['thresholds'], 'slmAtMost must be below llmAtLeast, or no answer could be a hybrid');
  }
  const margins = rules.strength.bands.map((band) => band.minMargin);
  if (margins.some((margin, i) => i > 0 && margin >= margins[i - 1]!) || margins.at(-1) !== 0) {
    report(['strength', 'bands'], 'Strength bands must fall strictly and end at a margin of 0');
  }
}
