import { useId, useLayoutEffect, useRef, useState } from 'react';
import { CheckboxField } from '../components/checkbox-field';
import { CopyButton } from '../components/copy-button';
import { embedSnippets, type EmbedOptions } from '../embed/snippets';
import { useWizard } from '../state/wizard-context';

const THEMES: { id: EmbedOptions['theme']; label: string }[] = [
  { id: 'auto', label: 'Follow the page' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** Generates both embed snippets for wherever this app is deployed, with a live preview. */
export function EmbedPanel({ onClose }: { onClose: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const answers = useWizard((s) => s.answers);
  const [theme, setTheme] = useState<EmbedOptions['theme']>('auto');
  const [accentInput, setAccentInput] = useState('');
  const [preset, setPreset] = useState(false);
  const accentValid = /^[0-9a-fA-F]{6}$/.test(accentInput);
  const accentError = accentInput !== '' && !accentValid;
  const hasAnswers = Object.keys(answers).length > 0;

  useLayoutEffect(() => heading.current?.focus(), []);

  const snippets = embedSnippets(window.location.href, {
    theme,
    accent: accentValid ? accentInput.toLowerCase() : null,
    answers: preset ? answers : {},
  });

  return (
    <section aria-labelledby={`${id}-title`} className="card no-print mt-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="section-title">
          Embed this wizard
        </h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="mb-4 text-ink-muted">
        Put the wizard in your documentation. The script version sizes itself, follows your page's light or
        dark theme and tells your page when someone reaches a result. The plain iframe works where scripts are
        not allowed.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <fieldset>
          <legend className="mb-1 font-semibold">Theme</legend>
          <div className="flex flex-wrap gap-x-4">
            {THEMES.map((t) => (
              <label key={t.id} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-theme`}
                  value={t.id}
                  checked={theme === t.id}
                  onChange={() => setTheme(t.id)}
                  className="size-6 shrink-0 accent-[var(--accent)]"
                />
                {t.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={`${id}-accent`} className="mb-1 block font-semibold">
            Accent colour (six hex digits, optional)
          </label>
          <input
            id={`${id}-accent`}
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={6}
            placeholder="4338ca"
            value={accentInput}
            aria-invalid={accentError}
            aria-describedby={accentError ? `${id}-accent-error` : undefined}
            onChange={(e) => setAccentInput(e.target.value.replace(/^#/, ''))}
            className="min-h-11 w-40 rounded-lg border-2 border-line bg-surface px-3 font-mono"
          />
          {accentError && (
            <p id={`${id}-accent-error`} className="mt-1 text-sm font-semibold text-warn">
              ⚠ Use six hex digits, such as 4338ca. Until then the default colour is used.
            </p>
          )}
        </div>
      </div>
      {hasAnswers && (
        <CheckboxField checked={preset} onChange={setPreset} className="mt-4 min-h-11">
          Preset my current answers in the embed
        </CheckboxField>
      )}

      {(
        [
          ['script', 'Script snippet (keeps your page still, recommended)', snippets.script],
          ['iframe', 'Plain iframe (for sites that forbid scripts)', snippets.iframe],
        ] as const
      ).map(([kind, label, code]) => (
        <div key={kind} className="mt-5">
          <label htmlFor={`${id}-${kind}`} className="mb-1 block font-semibold">
            {label}
          </label>
          <textarea
            id={`${id}-${kind}`}
            readOnly
            rows={3}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-lg border-2 border-line bg-surface-muted p-3 font-mono text-sm"
          />
          <CopyButton
            text={code}
            label={`Copy the ${kind} snippet`}
            done="Snippet copied."
            fallbackFieldId={`${id}-${kind}`}
          />
          {kind === 'script' && (
            <p className="mt-2 text-sm text-ink-muted">
              Its height is set aside as your page loads. So that nothing moves even on a first visit, put the{' '}
              <code>&lt;script&gt;</code> line in your page’s <code>&lt;head&gt;</code> and add{' '}
              <code>blocking="render"</code> (the project’s embedding guide has each docs generator’s recipe).
            </p>
          )}
        </div>
      ))}

      <h3 className="mt-6 mb-2 font-bold">Live preview</h3>
      <iframe
        key={snippets.previewUrl}
        src={snippets.previewUrl}
        title="Preview of the embedded wizard"
        className="h-[640px] w-full rounded-xl border-2 border-dashed border-line"
      />
    </section>
  );
}
