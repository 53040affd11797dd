import type { Rules } from '../rules/advice-schema';
import { holds } from './answers';
import type { Answers, TradeoffPoint } from './types';

/** The five tradeoff dimensions as these answers see them, emphasising those the answers make matter. */
export function tradeoffsFor(rules: Rules, answers: Answers): TradeoffPoint[] {
  const applies = (condition: Parameters<typeof holds>[0]) => holds(condition, answers);
  return rules.tradeoffs.map((tradeoff) => {
    const override = tradeoff.overrides?.find((o) => applies(o.when));
    return {
      id: tradeoff.id,
      label: tradeoff.label,
      slm: { ...(override?.slm ?? tradeoff.slm) },
      llm: { ...(override?.llm ?? tradeoff.llm) },
      note: tradeoff.note,
      emphasised: applies(tradeoff.mattersWhen),
    };
  });
}
