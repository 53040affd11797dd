import type { ReactNode } from 'react';

interface ChoiceFieldProps<T extends string> {
  legend: string;
  /** The radio group's name, which is also its share-link key. */
  name: string;
  choices: readonly (readonly [T | undefined, string])[];
  checked: T | undefined;
  onChange: (value: T | undefined) => void;
  note: ReactNode;
}

/** One of a few choices as large radio cards, with a line below that says what the choice means. */
export function ChoiceField<T extends string>({
  legend,
  name,
  choices,
  checked,
  onChange,
  note,
}: ChoiceFieldProps<T>) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 font-bold">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map(([value, label]) => (
          <label
            key={value ?? 'unset'}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border-2 border-line bg-surface px-3 transition-colors hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              name={name}
              value={value ?? ''}
              checked={checked === value}
              onChange={() => onChange(value)}
              className="size-6 shrink-0 accent-[var(--accent)]"
            />
            {label}
          </label>
        ))}
      </div>
      <p className="text-sm text-ink-muted">{note}</p>
    </fieldset>
  );
}
