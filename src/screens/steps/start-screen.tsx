import { useState } from 'react';
import { CRITERION_IDS } from '../../rules/schema';
import { ConfirmBox } from '../../components/confirm-box';
import { encodeLink } from '../../share/link-codec';
import { useRules, useWizard } from '../../state/wizard-context';
import { StepHeading } from '../../components/step-heading';

export function StartScreen({ onOpenEmbed }: { onOpenEmbed?: () => void }) {
  const rules = useRules();
  const answered = useWizard((s) => CRITERION_IDS.filter((c) => s.answers[c] !== undefined).length);
  const begin = useWizard((s) => s.begin);
  const startOver = useWizard((s) => s.startOver);
  const goTo = useWizard((s) => s.goTo);
  const [confirming, setConfirming] = useState(false);

  return (
    <div className="card">
      <StepHeading className="text-3xl font-bold tracking-tight sm:text-4xl">SLM or LLM?</StepHeading>
      <p className="mt-3 text-lg text-ink-muted">
        Answer five questions about the AI feature you plan to build, and get a recommendation you can defend:
        a small language model, a large one, or a hybrid of the two, with the reasons and a step-by-step
        playbook.
      </p>
      <p className="mt-4 flex gap-2 rounded-xl bg-surface-muted p-3 text-sm">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
          <path d="M5 8V6a5 5 0 0 1 10 0v2h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1h1Zm2 0h6V6a3 3 0 0 0-6 0v2Z" />
        </svg>
        <span>
          <strong>Nothing leaves your browser.</strong> No accounts, no analytics, no requests to anyone else.
          Your answers live in this page's address and in this browser only.
        </span>
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        {answered > 0 ? (
          <>
            <button type="button" className="button-primary" onClick={begin}>
              Continue where you left off ({answered} of 5 answered)
            </button>
            {!confirming && (
              <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
                Start afresh
              </button>
            )}
          </>
        ) : (
          // A link, not a button: it works in the prerendered page before the app has loaded, too.
          <a className="button-primary" href={`#${encodeLink({}, 'task')}`}>
            Start
          </a>
        )}
        {onOpenEmbed && (
          <button type="button" className="button-quiet needs-app" onClick={onOpenEmbed}>
            Embed this wizard
          </button>
        )}
      </div>
      {confirming && (
        <div className="mt-4">
          <ConfirmBox
            message={`Start afresh? This clears your ${answered} saved answers.`}
            confirmLabel="Clear my answers and start"
            onConfirm={() => {
              startOver();
              goTo('task');
            }}
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
      <p id="start-questions" className="mt-6 text-sm text-ink-muted">
        Takes about a minute. The five questions:
      </p>
      <ol
        aria-labelledby="start-questions"
        className="mt-2 grid list-decimal gap-1 pl-5 text-sm text-ink-muted"
      >
        {rules.criteria.map((criterion) => (
          <li key={criterion.id}>{criterion.question}</li>
        ))}
      </ol>
    </div>
  );
}
