import * as z from 'zod/mini';

/*
 * "Copy as JSON": a result as data, for scripts and tickets. Versioned: a change that removes or renames a
 * field raises `version`; new optional fields do not. The build publishes this schema as
 * dist/result.schema.json (scripts/published-data.ts); the app only builds the object (result-json.ts).
 */

const seconds = z.nullable(z.number().check(z.gte(0)));
const dollars = z.number().check(z.gte(0));
const VERDICTS = z.enum(['slm', 'hybrid', 'llm']);

export const RESULT_JSON_VERSION = 1;

export const ResultJsonSchema = z.strictObject({
  format: z.literal('slm-or-llm/result'),
  version: z.literal(RESULT_JSON_VERSION),
  /** When it was copied, as an ISO 8601 time. */
  made: z.iso.datetime(),
  /** The link that reproduces it. */
  link: z.url(),
  answers: z.strictObject({
    task: z.string(),
    run: z.string(),
    speed: z.string(),
    budget: z.string(),
    privacy: z.string(),
  }),
  verdict: VERDICTS,
  /** What the task alone needs, before the constraints pull. */
  need: VERDICTS,
  title: z.string(),
  strength: z.string(),
  why: z.string(),
  reasons: z.array(
    z.strictObject({ question: z.string(), answer: z.string(), effect: z.string(), reason: z.string() }),
  ),
  /** The dates and versions the result rests on, and the organisation's profile it follows, if any. */
  basis: z.strictObject({
    adviceAsOf: z.string(),
    rulesVersion: z.string(),
    catalogueAsOf: z.string(),
    profile: z.nullable(z.strictObject({ name: z.string(), asOf: z.string() })),
  }),
  candidates: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      maker: z.string(),
      role: z.string(),
      why: z.string(),
    }),
  ),
  estimate: z.strictObject({
    requestsPerDay: z.number(),
    ways: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        model: z.string(),
        monthlyUsd: dollars,
        per1kUsd: z.nullable(dollars),
        firstTokenS: seconds,
        wholeAnswerS: seconds,
        gpus: z.nullable(z.strictObject({ type: z.string(), count: z.number().check(z.gte(0)) })),
      }),
    ),
  }),
  assumptions: z.array(z.strictObject({ text: z.string(), source: z.nullable(z.url()) })),
});
export type ResultJson = z.infer<typeof ResultJsonSchema>;
