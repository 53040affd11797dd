import type { Recommendation } from '../../engine/types';
import { OptionGroup } from '../../components/option-group';
import { criterionOf, optionOf } from '../../engine/rules-index';
import type { Rules } from '../../rules/advice-schema';
import { useWizard } from '../../state/wizard-context';

/** Change any answer in place; the verdict and everything below it follow at once. */
export function WhatIfSection({ rules, result }: { rules: Rules; result: Recommendation }) {
  const choose = useWizard((s) => s.choose);
  // The answers as chosen this moment: the rest of the result may still be catching up with them.
  const answers = useWizard((s) => s.answers);
  const baseline = useWizard((s) => s.baseline);
  const restoreBaseline = useWizard((s) => s.restoreBaseline);
  return (
    <div className="grid gap-6">
      <div>
        <h3 className="mb-2 font-bold">These single changes would change the verdict</h3>
        {result.flips.length === 0 ? (
          <p>No single change of answer would change this verdict: it is robust.</p>
        ) : (
          <ul className="grid gap-2">
            {result.flips.map((flip) => {
              const criterion = criterionOf(rules, flip.criterion);
              const label = optionOf(rules, flip.criterion, flip.to).label;
              return (
                <li
                  key={`${flip.criterion}-${flip.to}`}
                  className="flex flex-wrap items-center justify-between gap-2"
                >
                  <span>
                    If {criterion.title.toLowerCase()} were “{label}”, this would become{' '}
                    <strong>{rules.verdicts[flip.verdict].title}</strong>.
                  </span>
                  <button
                    type="button"
                    className="button-secondary min-h-8 px-3 py-1 text-sm"
                    onClick={() => choose(flip.criterion, flip.to)}
                  >
                    Try it
                    <span className="sr-only">
                      : {criterion.title.toLowerCase()} “{label}”
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {baseline && (
        <p className="flex flex-wrap items-center gap-3 rounded-xl bg-surface-muted p-3">
          <span>You are exploring changes to your original answers.</span>
          <button type="button" className="button-secondary" onClick={restoreBaseline}>
            Back to my original answers
          </button>
        </p>
      )}
      <div className="grid gap-5">
        {rules.criteria.map((criterion) => (
          <OptionGroup
            key={criterion.id}
            compact
            criterion={criterion}
            value={answers[criterion.id]}
            onChange={(option) => choose(criterion.id, option)}
            legend={<span className="font-semibold">{criterion.question}</span>}
          />
        ))}
      </div>
    </div>
  );
}
