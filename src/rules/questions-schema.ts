import * as z from 'zod/mini';
import {
  CRITERION_IDS,
  CriterionId,
  Verdict,
  VERDICT_ORDER,
  id,
  range,
  reportDuplicates,
  text,
  type Report,
} from './schema';

/** Holds when the answer to `criterion` is one of `options`. */
export const Condition = z.strictObject({
  criterion: CriterionId,
  options: z.array(id).check(z.minLength(1)),
});
export type Condition = z.infer<typeof Condition>;

/**
 * Where a constraint does not bind, it pulls nothing (design.md, "a constraint pulls only where it binds"):
 * the other answers that, all together, release it. Its advice text (`released`) says why.
 */
export const ReleaseSchema = z.strictObject({
  id,
  when: z.array(Condition).check(z.minLength(1, 'A release needs at least one condition')),
});
export type Release = z.infer<typeof ReleaseSchema>;

export const OptionSchema = z.strictObject({
  id,
  label: text,
  description: text,
  example: text,
  /** On the criterion that sets the need: the verdict this answer needs. */
  need: z.optional(Verdict),
  /** How hard this answer pulls the verdict below the need; permissions pull 0 and never push up. */
  pull: range(0, 5),
  /** The largest verdict possible with this answer, when it takes a model size away entirely. */
  capsAt: z.optional(Verdict),
  /** Where this answer's pull does not bind, in the first release whose conditions all hold. */
  releasedWhen: z.optional(z.array(ReleaseSchema)),
});
export type Option = z.infer<typeof OptionSchema>;

const rank = (verdict: Verdict | undefined) => VERDICT_ORDER.indexOf(verdict ?? 'llm');

export const CriterionSchema = z
  .strictObject({
    id: CriterionId,
    title: text,
    question: text,
    help: text,
    options: z.array(OptionSchema).check(z.length(3, 'A criterion has exactly three options')),
  })
  .check(
    z.superRefine((criterion, ctx) => {
      const report = (message: string) =>
        ctx.issues.push({ code: 'custom', input: criterion.options, path: ['options'], message });
      const { options } = criterion;
      // Monotonic by construction: a step toward the SLM side may only add pull and lower caps.
      if (
        options.some(
          (o, i) => i > 0 && (o.pull > options[i - 1]!.pull || rank(o.capsAt) < rank(options[i - 1]!.capsAt)),
        )
      ) {
        report('Options must run from the SLM side to the LLM side with pull and caps never rising');
      }
      const llmSide = options.at(-1);
      if (llmSide && (llmSide.pull !== 0 || llmSide.capsAt)) {
        report('The LLM-side option is a permission: it may not pull or cap the verdict');
      }
    }),
  );
export type Criterion = z.infer<typeof CriterionSchema>;

export const DecisionModelSchema = z.strictObject({
  /** The criterion whose answer sets the need (and the ceiling) of the verdict. */
  needFrom: CriterionId,
  /** Pull points that lower the verdict by one level. */
  pullPerLevel: range(1, 10),
  /** The most levels pull can take off, after any cap. */
  maxPullLevels: z.int().check(z.gte(0, 'Must be at least 0'), z.lte(2, 'Must be at most 2')),
});
export type DecisionModel = z.infer<typeof DecisionModelSchema>;

/** What the questions and the verdict need: loaded with the first screen. */
export const questionsShape = {
  version: text,
  /** The month the advice was checked against its sources, as YYYY-MM. */
  asOf: z.string().check(z.regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM')),
  source: text,
  model: DecisionModelSchema,
  criteria: z.array(CriterionSchema).check(z.length(5, 'There are exactly five criteria')),
};

type QuestionsInput = { [K in keyof typeof questionsShape]: z.infer<(typeof questionsShape)[K]> };

/** Cross-references of the questions that a per-field schema cannot see. */
export function checkQuestions(questions: QuestionsInput, report: Report): void {
  reportDuplicates(
    report,
    questions.criteria.map((c) => c.id),
    (i) => ['criteria', i, 'id'],
    'criterion',
  );
  questions.criteria.forEach((criterion, c) =>
    reportDuplicates(
      report,
      criterion.options.map((o) => o.id),
      (o) => ['criteria', c, 'options', o, 'id'],
      'option',
    ),
  );
  for (const missing of CRITERION_IDS.filter((cid) => !questions.criteria.some((c) => c.id === cid))) {
    report(['criteria'], `Criterion "${missing}" is missing`);
  }
  questions.criteria.forEach((criterion, c) => {
    const setsNeed = criterion.id === questions.model.needFrom;
    criterion.options.forEach((option, o) => {
      const path = ['criteria', c, 'options', o];
      if (setsNeed && option.need !== VERDICT_ORDER[o]) {
        report(
          [...path, 'need'],
          `The need must be "${VERDICT_ORDER[o]}" here, from the SLM side to the LLM side`,
        );
      }
      if (!setsNeed && option.need)
        report([...path, 'need'], `Only "${questions.model.needFrom}" sets the need`);
      if (setsNeed && (option.pull !== 0 || option.capsAt)) {
        report(path, 'The answer that sets the need may not also pull or cap it');
      }
      if (option.releasedWhen && option.pull === 0) {
        report([...path, 'releasedWhen'], 'Only an answer that pulls can be released from its pull');
      }
      reportDuplicates(
        report,
        (option.releasedWhen ?? []).map((r) => r.id),
        (r) => [...path, 'releasedWhen', r, 'id'],
        'release',
      );
      option.releasedWhen?.forEach((release, r) =>
        release.when.forEach((condition, w) => {
          const at = [...path, 'releasedWhen', r, 'when', w];
          const other = questions.criteria.find((known) => known.id === condition.criterion);
          if (condition.criterion === criterion.id)
            report(at, 'A release depends on other answers, not its own');
          condition.options.forEach((id, i) => {
            if (other && !other.options.some((known) => known.id === id))
              report([...at, 'options', i], `Unknown option "${id}" for criterion "${condition.criterion}"`);
          });
        }),
      );
    });
  });
}

export const QuestionsSchema = z
  .strictObject(questionsShape)
  .check(
    z.superRefine((questions, ctx) =>
      checkQuestions(questions, (path, message) =>
        ctx.issues.push({ code: 'custom', input: questions, path, message }),
      ),
    ),
  );
export type Questions = z.infer<typeof QuestionsSchema>;
