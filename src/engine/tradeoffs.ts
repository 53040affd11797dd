import type { Rules } from '../rules/schema';
import type { Answers, TradeoffPoint } from './types';

/** The five tradeoff dimensions, emphasising those that these answers make matter. */
export function tradeoffsFor(rules: Rules, answers: Answers): TradeoffPoint[] {
  return rules.tradeoffs.map((tradeoff) => {
    const answer = answers[tradeoff.mattersWhen.criterion];
    return {
      id: tradeoff.id,
      label: tradeoff.label,
      slm: { ...tradeoff.slm },
      llm: { ...tradeoff.llm },
      emphasised: answer !== undefined && tradeoff.mattersWhen.options.includes(answer),
    };
  });
}
