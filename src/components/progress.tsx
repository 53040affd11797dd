interface ProgressProps {
  current: number;
  total: number;
}

/** "Question 2 of 5" with a bar; the bar is decoration, the words carry the meaning. */
export function Progress({ current, total }: ProgressProps) {
  return (
    <div className="mb-6">
      <p className="mb-2 text-sm font-medium text-ink-muted">
        Question {current} of {total}
      </p>
      <div className="flex gap-1.5" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <span key={i} className={`h-1.5 flex-1 rounded-full ${i < current ? 'bg-accent' : 'bg-line'}`} />
        ))}
      </div>
    </div>
  );
}
