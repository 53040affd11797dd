import type { TradeoffPoint } from '../engine/types';

interface TradeoffChartProps {
  series: TradeoffPoint[];
  max?: number;
}

const describe = (p: TradeoffPoint, max: number) =>
  `${p.label}${p.emphasised ? ' (matters to you)' : ''}: SLM ${p.slm.text.toLowerCase()}, ${p.slm.rating} of ${max}; ` +
  `LLM ${p.llm.text.toLowerCase()}, ${p.llm.rating} of ${max}`;

/** SLM against LLM on each tradeoff dimension, as bars (higher is better for you) and as a table. */
export function TradeoffChart({ series, max = 5 }: TradeoffChartProps) {
  const summary = `Tradeoffs, rated 1 to ${max} where higher is better for you. ${series.map((p) => describe(p, max)).join('. ')}.`;
  return (
    <figure className="m-0">
      <div role="img" aria-label={summary} className="grid gap-4">
        {series.map((point) => (
          <div
            key={point.id}
            className={`rounded-xl border-2 p-3 ${point.emphasised ? 'border-accent bg-accent-soft/40' : 'border-transparent'}`}
          >
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-semibold">{point.label}</span>
              {point.emphasised && (
                <span className="text-xs font-semibold uppercase tracking-wide">★ Matters to you</span>
              )}
            </div>
            {(['slm', 'llm'] as const).map((side) => (
              <div key={side} className="mb-1 grid grid-cols-[2.5rem_1fr] items-center gap-2 text-sm">
                <span className="font-mono font-semibold">{side.toUpperCase()}</span>
                {/* On a phone the words go under the bar when both do not fit on one line. */}
                <span className="flex min-w-0 flex-wrap items-center gap-x-2 sm:flex-nowrap">
                  <span
                    className={`h-3 shrink-0 rounded-full ${side === 'slm' ? 'bg-slm' : 'bg-llm'}`}
                    style={{ width: `${(point[side].rating / max) * 60}%` }}
                  />
                  <span className="min-w-0 text-ink-muted">{point[side].text}</span>
                </span>
              </div>
            ))}
          </div>
        ))}
      </div>
      <figcaption className="mt-3 text-sm text-ink-muted">
        Bars are ratings from 1 to {max}; longer is better for you. Dimensions marked ★ are the ones your
        answers make matter.
      </figcaption>
      <details className="mt-3">
        <summary className="inline-flex min-h-6 cursor-pointer items-center text-sm font-medium underline">
          Show the numbers as a table
        </summary>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Tradeoff ratings table">
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Tradeoff ratings, 1 to {max}, higher is better</caption>
            <thead>
              <tr className="border-b border-line">
                {['Dimension', 'SLM', 'LLM', 'Matters to you', 'Caveat'].map((heading) => (
                  <th key={heading} scope="col" className="py-1 pr-2">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.id} className="border-b border-line/50">
                  <th scope="row" className="py-1 pr-2 font-medium">
                    {p.label}
                  </th>
                  <td className="py-1 pr-2">
                    {p.slm.rating} ({p.slm.text})
                  </td>
                  <td className="py-1 pr-2">
                    {p.llm.rating} ({p.llm.text})
                  </td>
                  <td className="py-1 pr-2">{p.emphasised ? 'Yes' : 'No'}</td>
                  <td className="py-1">{p.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
