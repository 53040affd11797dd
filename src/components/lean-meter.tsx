interface LeanMeterProps {
  /** -1 (all SLM) … +1 (all LLM). */
  value: number;
  /** A thin meter for one answer, or a tall gauge for the whole result. */
  size?: 'small' | 'large';
}

/**
 * A horizontal SLM ←→ LLM scale. Hidden from assistive technology: every caller states the same value
 * in words beside it, so a label would only make screen readers say it twice.
 */
export function LeanMeter({ value, size = 'small' }: LeanMeterProps) {
  const clamped = Math.max(-1, Math.min(1, value));
  const position = `${((clamped + 1) / 2) * 100}%`;
  const fromCentre = `${Math.abs(clamped) * 50}%`;
  return (
    <div aria-hidden="true" className={size === 'large' ? 'w-full' : 'w-32 shrink-0 sm:w-40'}>
      <div className={`relative rounded-full bg-surface-muted ${size === 'large' ? 'h-3' : 'h-2'}`}>
        <span className="absolute inset-y-0 left-1/2 w-px bg-line" />
        <span
          className={`absolute inset-y-0 rounded-full ${clamped < 0 ? 'bg-slm' : 'bg-llm'}`}
          style={clamped < 0 ? { right: '50%', width: fromCentre } : { left: '50%', width: fromCentre }}
        />
        {size === 'large' && (
          <span
            className="absolute top-1/2 size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-surface bg-ink"
            style={{ left: position }}
          />
        )}
      </div>
      {size === 'large' && (
        <div className="mt-1 flex justify-between text-xs text-ink-muted">
          <span>SLM</span>
          <span>Hybrid</span>
          <span>LLM</span>
        </div>
      )}
    </div>
  );
}
