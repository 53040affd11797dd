import { useId, useState } from 'react';
import type { Playbook } from '../rules/schema';

/** A nine-step playbook as a checklist; ticks are a working aid and are not saved. */
export function PlaybookChecklist({ playbook }: { playbook: Playbook }) {
  const id = useId();
  const [done, setDone] = useState<boolean[]>(() => playbook.steps.map(() => false));
  const count = done.filter(Boolean).length;
  return (
    <div>
      <h3 className="text-lg font-bold">{playbook.title}</h3>
      <p className="mb-3 text-ink-muted">{playbook.summary}</p>
      <ol className="grid gap-2">
        {playbook.steps.map((step, i) => (
          <li key={step.title}>
            <label
              htmlFor={`${id}-${i}`}
              className="flex cursor-pointer gap-3 rounded-lg p-2 hover:bg-surface-muted"
            >
              <input
                id={`${id}-${i}`}
                type="checkbox"
                checked={done[i]}
                onChange={() => setDone((d) => d.map((v, j) => (j === i ? !v : v)))}
                className="mt-0.5 size-6 shrink-0 accent-[var(--accent)]"
              />
              <span>
                <span className="font-semibold">
                  {i + 1}. {step.title}
                </span>
                <span className="block text-sm text-ink-muted">{step.description}</span>
              </span>
            </label>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm text-ink-muted" aria-live="polite">
        {count} of {playbook.steps.length} steps ticked
      </p>
    </div>
  );
}
