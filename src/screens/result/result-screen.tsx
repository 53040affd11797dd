import { memo, useCallback, useMemo, useState } from 'react';
import type { Rules } from '../../rules/advice-schema';
import { rulesFor } from '../../rules/advice';
import type { Recommendation } from '../../engine/types';
import { recommend } from '../../engine/score';
import { tradeoffsFor } from '../../engine/tradeoffs';
import { TradeoffChart } from '../../components/tradeoff-chart';
import { DecisionTable, type DecisionRow } from '../../components/decision-table';
import { ConfirmBox } from '../../components/confirm-box';
import { useRules, useWizard } from '../../state/wizard-context';
import { VerdictCard } from './verdict-card';
import { WhySection } from './why-section';
import { WatchOutSection } from './watch-out-section';
import { NextStepsSection } from './next-steps-section';
import { WhatIfSection } from './what-if-section';
import { PlaybookSection } from './playbook-section';
import { ShareSection } from './share-section';
import { ResultSection } from '../../components/result-section';
import { onDemand } from '../../components/on-demand';
import { useRevealedCount } from '../../components/use-revealed-count';
import { useValueAfterPaint } from '../../components/after-paint';

// The catalogue and the estimator load after the verdict has painted: the result never waits for them.
export const experiment = onDemand(() =>
  import('./experiment/experiment-sections').then((m) => m.ExperimentSections),
);

const SIDE_BY_POSITION = ['slm', 'middle', 'llm'] as const;

// The headline a link paints before the app runs and the full result share this layout, so nothing moves.
const RESULT_LAYOUT = 'grid grid-cols-1 gap-5';
// Until the details below the verdict are on the page, the footer stays hidden (styles.css), or it would
// show under the verdict card and then be pushed down.
const DETAILS_PENDING = <span data-details-pending hidden />;

/** The verdict's headline alone, as the build writes it into the page for a result link's first paint. */
export function ResultHeadline({ rules, result }: { rules: Rules; result: Recommendation }) {
  return (
    <div className={RESULT_LAYOUT}>
      <VerdictCard rules={rules} result={result} complete={false} />
      {DETAILS_PENDING}
    </div>
  );
}

export function ResultScreen({ onOpenEmbed }: { onOpenEmbed?: () => void }) {
  const rules = rulesFor(useRules());
  const answers = useWizard((s) => s.answers);
  const result = useMemo(() => recommend(rules, answers), [rules, answers]);
  if (result.status !== 'complete') return null; // the shell routes incomplete answers to a question
  return <CompleteResult rules={rules} result={result} onOpenEmbed={onOpenEmbed} />;
}

interface CompleteResultProps {
  rules: Rules;
  result: Recommendation;
  onOpenEmbed?: () => void;
}

/**
 * The verdict card renders with each change at once; everything below it follows once that has painted, in
 * a render that yields to the browser, so a click on the last question or a what-if answer paints its
 * answer without waiting for the whole page (on the first render, the details come just after the card).
 */
function CompleteResult({ rules, result, onOpenEmbed }: CompleteResultProps) {
  const details = useValueAfterPaint<Recommendation | null>(result, null);
  return (
    <div className={RESULT_LAYOUT}>
      <VerdictCard rules={rules} result={result} />
      {details ? <ResultDetails rules={rules} result={details} onOpenEmbed={onOpenEmbed} /> : DETAILS_PENDING}
    </div>
  );
}

const ResultDetails = memo(function ResultDetails({ rules, result, onOpenEmbed }: CompleteResultProps) {
  const startOver = useWizard((s) => s.startOver);
  const [confirming, setConfirming] = useState(false);
  // The page below the experiment waits for it (its code loads on demand, then it reveals itself part by
  // part), so nothing is ever inserted above what is already shown.
  const experimentStatus = experiment.useStatus();
  const [experimentRevealed, setExperimentRevealed] = useState(false);
  const onExperimentRevealed = useCallback(() => setExperimentRevealed(true), []);
  const tradeoffs = useMemo(() => tradeoffsFor(rules, result.answers), [rules, result.answers]);
  const rows: DecisionRow[] = rules.criteria.map((criterion) => {
    const position = criterion.options.findIndex((o) => o.id === result.answers[criterion.id]);
    return {
      criterion: criterion.title,
      slmSide: criterion.options[0]!.label,
      llmSide: criterion.options[2]!.label,
      answer: { label: criterion.options[position]!.label, side: SIDE_BY_POSITION[position]! },
    };
  });

  // Below the reasons, each section renders after the one before it has painted (useRevealedCount).
  const sections = [
    <ResultSection key="why" title="Why" id="why-title">
      <WhySection rules={rules} result={result} />
    </ResultSection>,
    <ResultSection key="watch" title="Watch out" id="watch-title">
      <WatchOutSection result={result} />
    </ResultSection>,
    <experiment.Component key="experiment" result={result} onRevealed={onExperimentRevealed} />,
    <ResultSection key="next" title="What your team does next" id="next-title">
      <NextStepsSection rules={rules} result={result} />
    </ResultSection>,
    <ResultSection key="what-if" title="What if?" id="what-if-title">
      <WhatIfSection rules={rules} result={result} />
    </ResultSection>,
    <ResultSection key="tradeoffs" title="Tradeoffs: SLM against LLM" id="tradeoffs-title">
      <TradeoffChart series={tradeoffs} />
    </ResultSection>,
    <ResultSection key="table" title="The decision table" id="table-title">
      <p className="mb-3 text-sm text-ink-muted">
        The table as the source article gives it. In this app only the task sets the need: the other
        right-hand answers allow a large model but never call for one.
      </p>
      <DecisionTable rows={rows} />
    </ResultSection>,
    <ResultSection key="playbook" title="The source’s playbook" id="playbook-title" className="print-break">
      <PlaybookSection rules={rules} result={result} />
    </ResultSection>,
    <ResultSection key="share" title="Share and export" id="share-title">
      <ShareSection rules={rules} result={result} onOpenEmbed={onOpenEmbed} />
    </ResultSection>,
    <div key="start-over" className="no-print flex flex-wrap items-center gap-3">
      {!confirming ? (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          Start over
        </button>
      ) : (
        <ConfirmBox
          message="Start over? This clears all five answers. Copy the share link first if you want to come back."
          confirmLabel="Clear my answers"
          onConfirm={startOver}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>,
  ];
  const experimentDone = experimentRevealed || experimentStatus === 'failed';
  const shown = useRevealedCount(
    experimentDone ? sections.length : sections.findIndex((s) => s.key === 'experiment') + 1,
    1,
  );
  return (
    <>
      {sections.slice(0, shown)}
      {shown < sections.length && DETAILS_PENDING}
    </>
  );
});
