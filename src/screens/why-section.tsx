import type { Recommendation } from '../engine/types';
import { LeanMeter } from '../components/lean-meter';
import { criterionOf, largestShare, optionOf } from '../engine/rules-index';
import { useRules } from '../state/wizard-context';

const PUSH_WORDS = {
  slm: { strong: 'Strongly toward SLM', moderate: 'Toward SLM', slight: 'Slightly toward SLM' },
  llm: { strong: 'Strongly toward LLM', moderate: 'Toward LLM', slight: 'Slightly toward LLM' },
} as const;

/** Each answer, the way it pushed and how hard, in words and as a small meter. */
export function WhySection({ result }: { result: Recommendation }) {
  const rules = useRules();
  // The heaviest criterion's full push sets the meters' length, so they compare across answers and results.
  const maxPush = largestShare(rules);
  return (
    <ul className="grid gap-4">
      {result.contributions.map((c) => {
        const criterion = criterionOf(rules, c.criterion);
        const option = optionOf(rules, c.criterion, c.option);
        const words =
          c.direction === 'neutral' ? 'Neither way' : PUSH_WORDS[c.direction][c.strength as 'strong'];
        return (
          <li key={c.criterion} className="grid gap-1 sm:grid-cols-[1fr_auto] sm:gap-4">
            <div>
              <p>
                <span className="font-semibold">{criterion.title}:</span> {option.label}
              </p>
              <p className="text-sm text-ink-muted">{c.reason}</p>
            </div>
            <div className="flex items-center gap-3 sm:flex-col sm:items-end">
              <span className="text-sm font-semibold">{words}</span>
              <LeanMeter value={c.push / maxPush} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
