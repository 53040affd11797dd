import { describeKept, describeLinkProblem } from '../share/link-messages';
import { useWizard } from '../state/wizard-context';
import type { Notice } from '../state/wizard-store';

const STORAGE_MESSAGES: Record<Extract<Notice, { kind: 'storage' }>['fault'], string> = {
  blocked:
    'This browser does not let the wizard save progress here, so your answers last until you close the tab.',
  quota: 'This browser ran out of space to save progress, so your answers now last until you close the tab.',
  corrupt: 'Saved progress in this browser was unreadable, so we started afresh.',
  'wrong-shape': 'Saved progress in this browser was not in a shape we know, so we started afresh.',
  'newer-version':
    'Progress saved by a newer version of this app was left untouched; your answers here last until you close the tab.',
  'stale-answers':
    'Some saved answers referred to options that no longer exist, so those questions are open again.',
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

/** Everything the wizard needs to tell the person about links and saved progress, each dismissible. */
export function Notices() {
  const notices = useWizard((s) => s.notices);
  const dismiss = useWizard((s) => s.dismiss);
  const openSaved = useWizard((s) => s.openSaved);
  const discardSaved = useWizard((s) => s.discardSaved);
  const stashed = useWizard((s) => s.stashed);

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
          case 'saved-differs':
            return stashed ? (
              <NoticeBox key="saved" tone="status">
                <p>
                  This page shows the answers from the link. Another set of {Object.keys(stashed).length}{' '}
                  answer
                  {Object.keys(stashed).length === 1 ? '' : 's'}, saved in this browser earlier, is set aside
                  until you choose.
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <button type="button" className="button-secondary" onClick={openSaved}>
                    Switch to the other answers
                  </button>
                  <button type="button" className="button-quiet" onClick={discardSaved}>
                    Forget the other answers
                  </button>
                </div>
              </NoticeBox>
            ) : null;
        }
      })}
    </div>
  );
}
