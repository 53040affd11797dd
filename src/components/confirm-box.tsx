interface ConfirmBoxProps {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something is discarded; keeping is always the second, safe choice. */
export function ConfirmBox({ message, confirmLabel, onConfirm, onCancel }: ConfirmBoxProps) {
  return (
    <div role="alert" className="w-full rounded-xl border-2 border-warn bg-warn-soft p-4">
      <p>{message}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Keep my answers
        </button>
      </div>
    </div>
  );
}
