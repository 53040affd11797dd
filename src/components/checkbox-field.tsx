import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  className?: string;
}

/** A labelled native checkbox with a 24 px box and a whole-label click target. */
export function CheckboxField({ checked, onChange, children, className = '' }: CheckboxFieldProps) {
  return (
    <label className={`inline-flex min-h-6 cursor-pointer items-center gap-2 ${className}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-6 shrink-0 accent-[var(--accent)]"
      />
      {children}
    </label>
  );
}
