import type { CostCurve } from '../../../engine/cost-curve';
import { count, dollars, roughly } from '../../../share/format';

const [WIDTH, HEIGHT] = [640, 300];
const PLOT = { left: 64, right: 604, top: 16, bottom: 256 };
// Each line differs by its dash as well as its colour, so colour never carries the meaning alone.
const STYLES = [
  { stroke: 'var(--accent)', dash: undefined },
  { stroke: 'var(--llm)', dash: '10 5' },
  { stroke: 'var(--slm)', dash: '3 4' },
  { stroke: 'var(--warn)', dash: '12 4 3 4' },
  { stroke: 'var(--ink-muted)', dash: '1 6' },
];
const SHORT = ['', 'K', 'M', 'B'];
/** A tick's value in a few characters: 0.1, 100, 10K, 1M; below 1, as it is. */
const short = (n: number) => {
  const tier = Math.max(0, Math.min(Math.floor(Math.log10(n) / 3), 3));
  return `${n / 10 ** (tier * 3)}${SHORT[tier]}`;
};

/** A scale from log10 of a value to a coordinate. */
const logScale = (lowExp: number, highExp: number, from: number, to: number) => (value: number) =>
  from + ((Math.log10(value) - lowExp) / (highExp - lowExp)) * (to - from);

/**
 * Monthly cost against requests a day, both on log scales, for each way of running the verdict, with the
 * person's traffic drawn as a line and the break-even points marked. A table below says the same.
 */
export function CostChart({ curve }: { curve: CostCurve }) {
  const { traffic, lines, breakEvens, yours } = curve;
  const costs = lines.flatMap((l) => l.monthly).filter((m): m is number => m !== null && m > 0);
  const plotted = lines.filter((l) => l.monthly.some((m) => m !== null && m > 0));
  const free = lines.filter((l) => !plotted.includes(l));
  const [lowX, highX] = [Math.log10(traffic[0]!), Math.log10(traffic.at(-1)!)];
  const lowY = Math.floor(Math.log10(Math.min(...costs, 10)));
  const highY = Math.max(Math.ceil(Math.log10(Math.max(...costs, 10))), lowY + 1);
  const x = logScale(lowX, highX, PLOT.left, PLOT.right);
  const y = logScale(lowY, highY, PLOT.bottom, PLOT.top);
  const xTicks = Array.from({ length: highX - lowX + 1 }, (_, i) => 10 ** (lowX + i));
  const yTicks = Array.from({ length: highY - lowY + 1 }, (_, i) => 10 ** (lowY + i));
  const inRange = (t: number) => t >= traffic[0]! && t <= traffic.at(-1)!;
  const marks = breakEvens.filter((mark) => inRange(mark.requestsPerDay));
  const summary =
    `Monthly cost against requests a day, on log scales, from ${count(traffic[0]!)} to ${count(traffic.at(-1)!)} a day. ` +
    `Your traffic, ${count(yours)} a day, is drawn as a vertical line. ` +
    (marks.length > 0
      ? `Break-even points: ${marks.map((m) => `${m.label} at about ${roughly(m.requestsPerDay)} a day`).join('; ')}.`
      : '');
  return (
    <figure className="m-0 grid gap-2">
      {/* Below its minimum width the chart scrolls inside its own region, so its labels stay readable. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Cost chart">
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="h-auto w-full min-w-[28rem] max-w-2xl text-ink-muted"
        >
          {xTicks.map((t) => (
            <g key={`x${t}`}>
              <line x1={x(t)} x2={x(t)} y1={PLOT.top} y2={PLOT.bottom} stroke="var(--line)" strokeWidth={1} />
              <text x={x(t)} y={PLOT.bottom + 16} textAnchor="middle" fontSize={12} fill="currentColor">
                {short(t)}
              </text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={PLOT.left} x2={PLOT.right} y1={y(t)} y2={y(t)} stroke="var(--line)" strokeWidth={1} />
              <text x={PLOT.left - 6} y={y(t) + 4} textAnchor="end" fontSize={12} fill="currentColor">
                ${short(t)}
              </text>
            </g>
          ))}
          <text
            x={(PLOT.left + PLOT.right) / 2}
            y={HEIGHT - 4}
            textAnchor="middle"
            fontSize={12}
            fill="currentColor"
          >
            Requests a day
          </text>
          {plotted.map((line, i) => {
            const style = STYLES[i % STYLES.length]!;
            const points = line.monthly
              .map((m, at) => (m === null || m <= 0 ? null : `${x(traffic[at]!)},${y(m)}`))
              .filter(Boolean)
              .join(' ');
            return (
              <polyline
                key={line.id}
                points={points}
                fill="none"
                stroke={style.stroke}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
              />
            );
          })}
          {inRange(yours) && (
            <g>
              <line
                x1={x(yours)}
                x2={x(yours)}
                y1={PLOT.top}
                y2={PLOT.bottom}
                stroke="var(--ink)"
                strokeWidth={2}
              />
              <text x={x(yours) + 4} y={PLOT.top + 12} fontSize={12} fill="var(--ink)">
                You
              </text>
            </g>
          )}
          {marks.map((mark, i) => (
            <g key={mark.label}>
              <path d={`M ${x(mark.requestsPerDay)} ${PLOT.bottom} l -6 10 h 12 z`} fill="var(--ink)" />
              <text
                x={x(mark.requestsPerDay)}
                y={PLOT.bottom - 6}
                textAnchor="middle"
                fontSize={12}
                fill="var(--ink)"
              >
                {i + 1}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="grid gap-1 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {plotted.map((line, i) => {
            const style = STYLES[i % STYLES.length]!;
            return (
              <li key={line.id} className="inline-flex items-center gap-2">
                <svg width="32" height="8" aria-hidden="true">
                  <line
                    x1="0"
                    x2="32"
                    y1="4"
                    y2="4"
                    stroke={style.stroke}
                    strokeWidth={2.5}
                    strokeDasharray={style.dash}
                  />
                </svg>
                {line.label}
              </li>
            );
          })}
        </ul>
        {marks.length > 0 && (
          <ol className="list-decimal pl-6 text-ink-muted">
            {marks.map((mark) => (
              <li key={mark.label}>
                {mark.label}: about {roughly(mark.requestsPerDay)} a day
              </li>
            ))}
          </ol>
        )}
        {free.length > 0 && (
          <p className="text-ink-muted">
            {free.map((l) => l.label).join(', ')}: no cost per request at any traffic, so not drawn.
          </p>
        )}
      </figcaption>
      <details>
        <summary className="inline-flex min-h-6 cursor-pointer items-center text-sm font-medium underline">
          Show the costs as a table
        </summary>
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label="Monthly cost by traffic table"
        >
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Monthly cost by requests a day, for each way of running it</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-2">
                  Requests a day
                </th>
                {lines.map((line) => (
                  <th key={line.id} scope="col" className="py-1 pr-2">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {traffic.map((t, at) => (
                <tr key={t} className="border-b border-line/50">
                  <th scope="row" className="py-1 pr-2 font-medium">
                    {count(t)}
                  </th>
                  {lines.map((line) => {
                    const monthly = line.monthly[at];
                    return (
                      <td key={line.id} className="py-1 pr-2 font-mono">
                        {monthly === null || monthly === undefined ? 'does not fit' : dollars(monthly)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
