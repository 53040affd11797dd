import { useState } from 'react';

interface CopyButtonProps {
  /** The text to copy, or a function that makes it at click time (perhaps after loading a module). */
  text: string | (() => string | Promise<string>);
  label: string;
  /** Announced to screen readers and shown after a successful copy. */
  done: string;
  /** The field holding the text, selected as a fallback when the clipboard is refused. */
  fallbackFieldId?: string;
  className?: string;
}

async function copyText(text: string, fallbackFieldId?: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = fallbackFieldId ? document.getElementById(fallbackFieldId) : null;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.focus();
      field.select();
    }
    return false;
  }
}

/** Copies text and says so in a polite live region, so the confirmation reaches screen readers. */
export function CopyButton({ text, label, done, fallbackFieldId, className }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  const onClick = async () => {
    const copied = await copyText(typeof text === 'function' ? await text() : text, fallbackFieldId);
    setStatus(copied ? done : 'Copying was blocked. The text is selected: press Ctrl+C or ⌘C to copy it.');
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={onClick} className={className ?? 'button-secondary'}>
        {label}
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {status}
      </span>
    </span>
  );
}
