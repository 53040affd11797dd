import type { Rules } from '../../rules/advice-schema';
import type { Recommendation } from '../../engine/types';
import { nextStepsFor } from '../../engine/playbooks';

/** The team's own first experiment for this verdict, in order. */
export function NextStepsSection({ rules, result }: { rules: Rules; result: Recommendation }) {
  return (
    <ol className="grid list-decimal gap-3 pl-6">
      {nextStepsFor(rules, result).map((step) => (
        <li key={step.title}>
          <span className="font-semibold">{step.title}.</span> {step.description}
        </li>
      ))}
    </ol>
  );
}
