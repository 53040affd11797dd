import type { Recommendation } from '../../engine/types';

/** Hard constraints, answers that pull against each other, and what to check, each with its advice. */
export function WatchOutSection({ result }: { result: Recommendation }) {
  const items = [
    ...result.constraints.map((c) => ({
      key: c.id,
      kind: 'Hard constraint',
      title: c.title,
      text: c.explanation,
    })),
    ...result.conflicts.map((c) => ({ key: c.id, kind: 'Conflict', title: c.title, text: c.advice })),
    ...result.checks.map((c) => ({ key: c.id, kind: 'Check', title: c.title, text: c.advice })),
  ];
  if (items.length === 0) {
    return <p>No hard constraints apply and your answers do not pull against each other.</p>;
  }
  return (
    <ul className="grid gap-3">
      {items.map((item) => (
        <li
          key={item.key}
          className={`rounded-xl border-l-4 p-3 ${item.kind === 'Check' ? 'border-accent bg-accent-soft/40' : 'border-warn bg-warn-soft/40'}`}
        >
          <p className="text-xs font-bold uppercase tracking-wide">{item.kind}</p>
          <p className="font-semibold">{item.title}</p>
          <p className="text-sm">{item.text}</p>
        </li>
      ))}
    </ul>
  );
}
