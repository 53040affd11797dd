import type { Recommendation } from '../../engine/types';
import { CopyButton } from '../../components/copy-button';
import { decisionRecord } from '../../share/decision-record';
import { shareUrl } from '../../share/share-url';
import type { Rules } from '../../rules/advice-schema';
import { useWizard } from '../../state/wizard-context';

interface ShareSectionProps {
  rules: Rules;
  result: Recommendation;
  onOpenEmbed?: () => void;
}

export function ShareSection({ rules, result, onOpenEmbed }: ShareSectionProps) {
  const traffic = useWizard((s) => s.traffic);
  const link = shareUrl(window.location.href, result.verdict, result.answers, traffic);
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="grid gap-5">
      <div>
        <label htmlFor="share-link" className="mb-1 block font-semibold">
          Share link
        </label>
        <p id="share-link-help" className="mb-2 text-sm text-ink-muted">
          Anyone who opens it sees these answers and this result, and can change them. Its path names the
          verdict so chat tools can preview it; the answers stay after the #, which browsers never send to a
          server, so a server log sees the verdict and nothing more.
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <input
            id="share-link"
            type="text"
            readOnly
            value={link}
            aria-describedby="share-link-help"
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-11 min-w-0 flex-1 basis-64 rounded-lg border-2 border-line bg-surface-muted px-3 font-mono text-sm"
          />
          <CopyButton
            text={link}
            label="Copy"
            done="Link copied."
            fallbackFieldId="share-link"
            className="button-primary"
          />
          {canShare && (
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                navigator
                  .share({ title: 'SLM or LLM?', text: rules.verdicts[result.verdict].title, url: link })
                  .catch(() => {
                    // The person closed the share sheet; nothing to report.
                  })
              }
            >
              Share…
            </button>
          )}
        </div>
      </div>
      <div className="no-print flex flex-wrap items-center gap-3">
        <CopyButton
          text={async () => {
            const { experimentLines } = await import('./experiment/experiment-record');
            return decisionRecord(
              rules,
              result,
              { date: new Date(), link },
              experimentLines(result, traffic),
            );
          }}
          label="Copy as Markdown"
          done="Decision record copied as Markdown."
        />
        <CopyButton
          text={async () => {
            const { resultJsonText } = await import('./experiment/experiment-record');
            return resultJsonText(rules, result, traffic, link);
          }}
          label="Copy as JSON"
          done="Result copied as JSON."
        />
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print
        </button>
        {onOpenEmbed && (
          <button type="button" className="button-quiet" onClick={onOpenEmbed}>
            Embed this wizard
          </button>
        )}
      </div>
    </div>
  );
}
