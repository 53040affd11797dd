import { describeKept, describeLinkProblem } from '../../share/link-messages';
import { useId } from 'react';
import { describeAnswers, describeOrigin } from '../../state/progress-messages';
import { useRules, useWizard } from '../../state/wizard-context';
import type { AnswerSet } from '../../state/saved-progress';
import type { Notice } from '../../state/wizard-types';

const STORAGE_MESSAGES: Record<Extract<Notice, { kind: 'storage' }>['fault'], string> = {
  blocked:
    'This browser does not let the wizard save progress here, so your answers last until you close the tab.',
  quota: 'This browser ran out of space to save progress, so your answers now last until you close the tab.',
  corrupt: 'Saved progress in this browser was unreadable, so we started afresh.',
  'wrong-shape': 'Saved progress in this browser was not in a shape we know, so we started afresh.',
  'newer-version':
    'Progress saved by a newer version of this app was left untouched; your answers here last until you close the tab.',
  'stale-answers':
    'Part of the saved progress was damaged or named options that no longer exist. We kept the rest; any question that lost its answer is open again.',
};

function NoticeBox({
  tone,
  children,
  onDismiss,
}: {
  tone: 'alert' | 'status';
  children: React.ReactNode;
  onDismiss?: () => void;
}) {
  return (
    <div
      role={tone}
      className={`mb-4 flex items-start gap-3 rounded-xl border-2 p-4 ${tone === 'alert' ? 'border-warn bg-warn-soft' : 'border-line bg-surface'}`}
    >
      <span aria-hidden="true" className="text-lg leading-6">
        {tone === 'alert' ? '⚠' : 'ℹ'}
      </span>
      <div className="min-w-0 flex-1">{children}</div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="button-quiet min-h-6 shrink-0 py-0 text-sm">
          Dismiss
        </button>
      )}
    </div>
  );
}

/** The other sets of answers kept in this browser, each with where it came from, when, and what it says. */
function SetAsideList({ sets, linkShown }: { sets: AnswerSet[]; linkShown: boolean }) {
  const rules = useRules();
  const switchTo = useWizard((s) => s.switchTo);
  const forget = useWizard((s) => s.forget);
  const id = useId();
  return (
    <>
      <p>
        {linkShown ? 'This page shows the answers from the link. ' : ''}
        {sets.length === 1
          ? 'Another set of answers is kept in this browser until you choose:'
          : `${sets.length} other sets of answers are kept in this browser until you choose:`}
      </p>
      <ul className="mt-2 grid gap-3" aria-label="Answers kept aside">
        {sets.map((set, index) => (
          <li key={set.id} className="grid gap-1">
            <p id={`${id}-${index}`}>
              <strong className="font-semibold">{describeOrigin(set)}</strong>: {describeAnswers(rules, set)}
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className="button-secondary"
                aria-describedby={`${id}-${index}`}
                onClick={() => switchTo(set.id)}
              >
                Switch to these
              </button>
              <button
                type="button"
                className="button-quiet"
                aria-describedby={`${id}-${index}`}
                onClick={() => forget(set.id)}
              >
                Forget these
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Everything the wizard needs to tell the person about links and saved progress, each dismissible. */
export function Notices() {
  const notices = useWizard((s) => s.notices);
  const dismiss = useWizard((s) => s.dismiss);
  const setAside = useWizard((s) => s.setAside);
  const answerSet = useWizard((s) => s.answerSet);

  return (
    <div className="no-print">
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'link':
            return (
              <NoticeBox key="link" tone="alert" onDismiss={() => dismiss('link')}>
                <ul className="grid gap-1">
                  {notice.problems.map((problem, i) => (
                    <li key={i}>{describeLinkProblem(problem)}</li>
                  ))}
                </ul>
                {!notice.fatal && notice.problems.some((p) => p.kind !== 'bad-estimate') && (
                  <p className="mt-1">{describeKept(notice.kept)}</p>
                )}
              </NoticeBox>
            );
          case 'storage':
            return (
              <NoticeBox key="storage" tone="status" onDismiss={() => dismiss('storage')}>
                <p>{STORAGE_MESSAGES[notice.fault]}</p>
              </NoticeBox>
            );
          case 'set-aside':
            return setAside.length > 0 ? (
              <NoticeBox key="set-aside" tone="status" onDismiss={() => dismiss('set-aside')}>
                <SetAsideList sets={setAside} linkShown={answerSet.from === 'link'} />
              </NoticeBox>
            ) : null;
        }
      })}
    </div>
  );
}
