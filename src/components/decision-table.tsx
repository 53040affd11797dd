export interface DecisionRow {
  criterion: string;
  slmSide: string;
  llmSide: string;
  /** Which column the person's answer falls in. */
  answer: { label: string; side: 'slm' | 'middle' | 'llm' };
}

/** The five-criterion table from the source, with the person's answer marked in words, not colour alone. */
export function DecisionTable({ rows }: { rows: DecisionRow[] }) {
  const mark = (row: DecisionRow, side: 'slm' | 'llm') =>
    row.answer.side === side ? (
      <span className="mt-1 block text-xs font-bold uppercase tracking-wide">✓ Your answer</span>
    ) : null;
  const cell = (row: DecisionRow, side: 'slm' | 'llm') =>
    `p-2 align-top ${row.answer.side === side ? (side === 'slm' ? 'bg-slm-soft' : 'bg-llm-soft') + ' font-semibold' : ''}`;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Decision table">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">The source’s decision table, with your answers</caption>
        <thead>
          <tr className="border-b-2 border-line">
            {['Criterion', 'Points to SLM', 'Points to LLM', 'Your answer'].map((heading) => (
              <th key={heading} scope="col" className="p-2">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.criterion} className="border-b border-line">
              <th scope="row" className="p-2 align-top">
                {row.criterion}
              </th>
              <td className={cell(row, 'slm')}>
                {row.slmSide}
                {mark(row, 'slm')}
              </td>
              <td className={cell(row, 'llm')}>
                {row.llmSide}
                {mark(row, 'llm')}
              </td>
              <td className="p-2 align-top">
                {row.answer.label}
                {row.answer.side === 'middle' && (
                  <span className="block text-xs text-ink-muted">(in between)</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
