interface VerdictLadderProps {
  /** The rungs from the smallest model to the largest, e.g. SLM, Hybrid, LLM. */
  rungs: string[];
  /** The rung the task needs. */
  need: number;
  /** The rung recommended after the constraints. */
  verdict: number;
}

const RUNG_STYLE = ['border-slm bg-slm-soft', 'border-accent bg-accent-soft', 'border-llm bg-llm-soft'];

/**
 * Where the verdict sits between a small and a large model, beside what the task needs. Every mark is a
 * word, so nothing depends on colour. On a phone the rungs are rows, small to large from the top: three
 * columns there are too narrow for a mark's longest word.
 */
export function VerdictLadder({ rungs, need, verdict }: VerdictLadderProps) {
  return (
    <ol aria-label="From a small model to a large one" className="grid gap-2 sm:grid-cols-3">
      {rungs.map((rung, i) => {
        const marks =
          i === need && i === verdict
            ? ['Needed and recommended']
            : [i === need && 'Your task needs this', i === verdict && 'Recommended'].filter(Boolean);
        const between = i < need && i > verdict;
        return (
          <li
            key={rung}
            className={`flex flex-wrap items-baseline justify-between gap-x-3 rounded-xl border-2 p-2 text-sm sm:block sm:text-center ${i === verdict ? `${RUNG_STYLE[i] ?? ''} font-semibold` : between || i === need ? 'border-dashed border-line' : 'border-line text-ink-muted'}`}
          >
            <span className="block text-base font-bold">{rung}</span>
            {marks.map((mark) => (
              <span key={String(mark)} className="block text-xs">
                {i === verdict ? '✓ ' : '○ '}
                {mark}
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
