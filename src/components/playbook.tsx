import { useId, useState } from 'react';
import type { PlaybookView, StepStatus } from '../engine/playbooks';

const STATUS_WORDS: Record<Exclude<StepStatus, 'yours'>, string> = {
  maker: 'The model maker’s work',
  'not-for-you': 'Not for your answers',
};

/** A nine-step playbook as a checklist; ticks are a working aid and are not saved. */
export function PlaybookChecklist({ playbook }: { playbook: PlaybookView }) {
  const id = useId();
  const [done, setDone] = useState<boolean[]>(() => playbook.steps.map(() => false));
  const count = done.filter(Boolean).length;
  return (
    <div>
      <h3 className="text-lg font-bold">{playbook.title}</h3>
      <p className="text-ink-muted">{playbook.summary}</p>
      <p className="mb-3 mt-1 text-sm">{playbook.framing}</p>
      <ol className="grid gap-2">
        {playbook.steps.map((step, i) => (
          <li key={step.title}>
            <label
              htmlFor={`${id}-${i}`}
              className={`flex cursor-pointer gap-3 rounded-lg p-2 hover:bg-surface-muted ${step.status === 'yours' ? '' : 'border-2 border-dashed border-line'}`}
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
                {step.status !== 'yours' && (
                  <span className="ml-2 rounded-full bg-surface-muted px-2 text-xs font-semibold">
                    {STATUS_WORDS[step.status]}
                  </span>
                )}
                <span className="block text-sm text-ink-muted">{step.description}</span>
                {step.note && <span className="block text-sm font-medium">{step.note}</span>}
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
