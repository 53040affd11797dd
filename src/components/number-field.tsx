import { useId, useState } from 'react';
import { number } from '../share/format';

interface NumberFieldProps {
  label: string;
  /** The value set, or undefined when the default applies. */
  value: number | undefined;
  defaultValue: number;
  /** The number the text stands for, or null when the field does not accept it. */
  parse: (text: string) => number | null;
  /** What a valid entry looks like, said when the text is not one. */
  rule: string;
  /** Called with each valid entry, and with undefined when the text is empty or invalid (the default applies). */
  onChange: (value: number | undefined) => void;
}

/** A labelled number input that keeps what the person types and reports only valid values. */
export function NumberField({ label, value, defaultValue, parse, rule, onChange }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(value?.toString() ?? '');
  const [shown, setShown] = useState(value);
  // A value that changed elsewhere (a link, Back) replaces the text, unless the text already says it.
  if (value !== shown) {
    setShown(value);
    if ((parse(text.trim()) ?? undefined) !== value) setText(value?.toString() ?? '');
  }
  const invalid = text.trim() !== '' && parse(text.trim()) === null;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={number(defaultValue)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          // Text that is not a valid value falls back to the default, as a bad value in a link does.
          onChange(parse(next.trim()) ?? undefined);
        }}
        className={`min-h-11 w-full rounded-lg border-2 bg-surface px-3 font-mono ${invalid ? 'border-warn' : 'border-line'}`}
      />
      <p id={`${id}-hint`} className={`text-xs ${invalid ? 'font-semibold' : 'text-ink-muted'}`}>
        {invalid
          ? `Not used: enter ${rule}. The default, ${number(defaultValue)}, applies meanwhile.`
          : `Default ${number(defaultValue)}; empty the field to use it.`}
      </p>
    </div>
  );
}
