import type { Rules } from '../rules/advice-schema';
import type { Catalogue } from '../rules/catalogue-schema';
import type { Profile } from '../rules/profile-schema';
import type { Recommendation } from '../engine/types';
import type { Experiment } from '../engine/experiment';
import { criterionOf, optionOf } from '../engine/rules-index';
import { assumptionsOf, pathTitle } from './experiment-text';
// Types only: the schema's zod calls would otherwise join the first page's JavaScript.
import type { ResultJson } from './result-json-schema';

/** A result as data ("Copy as JSON"), in the shape dist/result.schema.json describes. */
export function resultJson(
  rules: Rules,
  result: Recommendation,
  made: { date: Date; link: string },
  catalogue: Catalogue,
  experiment: Experiment,
  profile: Profile | null,
): ResultJson {
  return {
    format: 'slm-or-llm/result',
    // The schema's type holds this to RESULT_JSON_VERSION.
    version: 1,
    made: made.date.toISOString(),
    link: made.link,
    answers: { ...result.answers },
    verdict: result.verdict,
    need: result.need,
    title: rules.verdicts[result.verdict].title,
    strength: result.strength.label,
    why: result.why,
    reasons: result.reasons.map((r) => ({
      question: criterionOf(rules, r.criterion).question,
      answer: optionOf(rules, r.criterion, r.option).label,
      effect: rules.effects[r.effect],
      reason: r.reason,
    })),
    basis: {
      adviceAsOf: rules.asOf,
      rulesVersion: String(rules.version),
      catalogueAsOf: catalogue.asOf,
      profile: profile && { name: profile.name, asOf: profile.asOf },
    },
    candidates: [...experiment.candidates, ...experiment.specialists].map((c) => ({
      id: c.model.id,
      name: c.model.name,
      maker: c.model.maker,
      role: c.role,
      why: c.why,
    })),
    estimate: {
      requestsPerDay: experiment.estimate.inputs.requestsPerDay,
      ways: experiment.estimate.paths.map((p) => ({
        id: p.id,
        title: pathTitle(p),
        model: p.model.id,
        monthlyUsd: p.monthly,
        per1kUsd: p.per1k,
        firstTokenS: p.ttftS,
        wholeAnswerS: p.totalS,
        gpus: p.gpus && { type: p.gpus.type, count: p.gpus.count },
      })),
    },
    assumptions: assumptionsOf(catalogue, experiment).map((a) => ({
      text: a.text,
      source: a.source?.url ?? null,
    })),
  };
}
