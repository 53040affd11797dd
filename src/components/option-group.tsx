import type { ReactNode } from 'react';
import type { Criterion, Option } from '../rules/questions-schema';
import { shippedProfile } from '../rules/shipped-profile';

/** What an organisation's profile says a privacy answer means for it, on its own build. */
const policyOf = (criterion: Criterion, option: Option) =>
  criterion.id === 'privacy'
    ? shippedProfile?.privacy?.[option.id as keyof NonNullable<typeof shippedProfile.privacy>]
    : undefined;

const NEEDS = { slm: 'Needs an SLM', hybrid: 'Needs a hybrid', llm: 'Needs an LLM' } as const;

// What the answer does in the decision model: the task sets the need, a constraint can pull it down,
// and anything else only allows.
const roleOf = (option: Option) =>
  option.need ? NEEDS[option.need] : option.pull > 0 ? 'Constraint' : 'No limit';

interface OptionGroupProps {
  criterion: Criterion;
  value: string | undefined;
  onChange: (option: string) => void;
  legend: ReactNode;
  /** Show "1", "2", "3" beside the options when number shortcuts are on. */
  shortcutHints?: boolean;
  /** A shorter layout for the what-if panel: labels only, no examples. */
  compact?: boolean;
  errorId?: string;
}

/** One criterion as a native radio group: a fieldset, a legend and one labelled radio per option. */
export function OptionGroup({
  criterion,
  value,
  onChange,
  legend,
  shortcutHints,
  compact,
  errorId,
}: OptionGroupProps) {
  const helpId = `${criterion.id}-help${compact ? '-compact' : ''}`;
  return (
    <fieldset aria-describedby={[helpId, errorId].filter(Boolean).join(' ')} className="min-w-0">
      <legend className="mb-1">{legend}</legend>
      <p id={helpId} className={compact ? 'sr-only' : 'mb-4 text-ink-muted'}>
        {criterion.help}
      </p>
      <div className={compact ? 'grid gap-2 sm:grid-cols-3' : 'grid gap-3'}>
        {criterion.options.map((option, index) => (
          <label
            key={option.id}
            className="flex cursor-pointer gap-3 rounded-xl border-2 border-line bg-surface p-3 transition-colors hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft sm:p-4"
          >
            <input
              type="radio"
              name={criterion.id}
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
              className="mt-0.5 size-6 shrink-0 accent-[var(--accent)]"
            />
            <span className="min-w-0">
              <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-semibold">{option.label}</span>
                {shortcutHints && (
                  <kbd
                    aria-hidden="true"
                    className="rounded border border-line px-1.5 font-mono text-xs text-ink-muted"
                    title={`Press ${index + 1}`}
                  >
                    {index + 1}
                  </kbd>
                )}
                <span className="rounded-full bg-surface-muted px-2 text-xs text-ink-muted">
                  {roleOf(option)}
                </span>
              </span>
              {!compact && (
                <>
                  <span className="mt-1 block text-sm">{option.description}</span>
                  <span className="mt-1 block text-sm text-ink-muted">For example: {option.example}</span>
                  {policyOf(criterion, option) && (
                    <span className="mt-1 block text-sm font-medium">{policyOf(criterion, option)}</span>
                  )}
                </>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
