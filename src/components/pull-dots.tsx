/**
 * A row of dots, one per point of pull, the first `filled` of `total` solid. Hidden from assistive
 * technology: every caller states the same numbers in words beside it.
 */
export function PullDots({ filled, total }: { filled: number; total: number }) {
  return (
    <span aria-hidden="true" className="inline-flex gap-1 align-middle">
      {Array.from({ length: total }, (_, i) => (
        <span
          key={i}
          className={`size-3 rounded-full border-2 border-warn ${i < filled ? 'bg-warn' : 'bg-transparent'}`}
        />
      ))}
    </span>
  );
}
