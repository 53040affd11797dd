import { useMemo, useState } from 'react';
import type { Recommendation } from '../engine/types';
import { recommend } from '../engine/score';
import { tradeoffsFor } from '../engine/tradeoffs';
import { TradeoffChart } from '../components/tradeoff-chart';
import { DecisionTable, type DecisionRow } from '../components/decision-table';
import { PlaybookChecklist } from '../components/playbook';
import { LeanMeter } from '../components/lean-meter';
import { ConfirmBox } from '../components/confirm-box';
import { useRules, useWizard } from '../state/wizard-context';
import { STEP_HEADING_ID, StepHeading } from './step-heading';
import { WhySection } from './why-section';
import { WhatIfSection } from './what-if-section';
import { ShareSection } from './share-section';

const SIDE_BY_POSITION = ['slm', 'middle', 'llm'] as const;

interface SectionProps {
  title: string;
  id: string;
  className?: string;
  children: React.ReactNode;
}

function Section({ title, id, className = '', children }: SectionProps) {
  return (
    <section aria-labelledby={id} className={`card ${className}`}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

// A true minus sign, like the "−1" beside these figures; number formatting gives a hyphen.
const withMinus = (figure: string) => figure.replace('-', '−');

export function ResultScreen({ onOpenEmbed }: { onOpenEmbed?: () => void }) {
  const rules = useRules();
  const answers = useWizard((s) => s.answers);
  const result = useMemo(() => recommend(rules, answers), [rules, answers]);
  if (result.status !== 'complete') return null; // the shell routes incomplete answers to a question
  return <CompleteResult result={result} onOpenEmbed={onOpenEmbed} />;
}

function CompleteResult({ result, onOpenEmbed }: { result: Recommendation; onOpenEmbed?: () => void }) {
  const rules = useRules();
  const verdictText = rules.verdicts[result.verdict];
  const startOver = useWizard((s) => s.startOver);
  const [confirming, setConfirming] = useState(false);
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
  const watchOut = [
    ...result.constraints.map((c) => ({
      key: c.id,
      kind: 'Hard constraint',
      title: c.title,
      text: c.explanation,
    })),
    ...result.conflicts.map((c) => ({ key: c.id, kind: 'Conflict', title: c.title, text: c.advice })),
  ];

  return (
    <div className="grid grid-cols-1 gap-5">
      <section
        data-verdict={result.verdict}
        aria-labelledby={STEP_HEADING_ID}
        className={`card border-2 ${result.verdict === 'slm' ? 'border-slm' : result.verdict === 'llm' ? 'border-llm' : 'border-accent'}`}
      >
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Recommendation</p>
        <StepHeading className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          {verdictText.title}
        </StepHeading>
        <p className="mt-3 inline-flex rounded-full border-2 border-line px-3 py-0.5 text-sm font-semibold">
          {result.strength.label}
        </p>
        <p className="mt-3 text-lg">{result.why}</p>
        <p className="mt-2 text-ink-muted">{verdictText.summary}</p>
        <div className="mt-5">
          <LeanMeter size="large" value={result.score} />
          <p className="mt-1 text-sm text-ink-muted">
            Score {withMinus(result.score.toFixed(2))}: −1 means every answer points to an SLM, +1 to an LLM.
            Hybrid lies between {withMinus(String(rules.thresholds.slmAtMost))} and{' '}
            {withMinus(String(rules.thresholds.llmAtLeast))}.
          </p>
        </div>
      </section>

      <Section title="Why" id="why-title">
        <WhySection result={result} />
      </Section>

      <Section title="Watch out" id="watch-title">
        {watchOut.length === 0 ? (
          <p>No hard constraints apply and your answers do not pull against each other.</p>
        ) : (
          <ul className="grid gap-3">
            {watchOut.map((item) => (
              <li key={item.key} className="rounded-xl border-l-4 border-warn bg-warn-soft/40 p-3">
                <p className="text-xs font-bold uppercase tracking-wide">{item.kind}</p>
                <p className="font-semibold">{item.title}</p>
                <p className="text-sm">{item.text}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="What if?" id="what-if-title">
        <WhatIfSection result={result} />
      </Section>

      <Section title="Tradeoffs: SLM against LLM" id="tradeoffs-title">
        <TradeoffChart series={tradeoffs} />
      </Section>

      <Section title="The decision table" id="table-title">
        <DecisionTable rows={rows} />
      </Section>

      <Section title="Your playbook" id="playbook-title" className="print-break">
        {verdictText.howItFits && <p className="mb-4">{verdictText.howItFits}</p>}
        <div className={`grid gap-6 ${result.playbooks.length > 1 ? 'lg:grid-cols-2' : ''}`}>
          {result.playbooks.map((side) => (
            <PlaybookChecklist key={side} playbook={rules.playbooks[side]} />
          ))}
        </div>
      </Section>

      <Section title="Share and export" id="share-title">
        <ShareSection result={result} onOpenEmbed={onOpenEmbed} />
      </Section>

      <div className="no-print flex flex-wrap items-center gap-3">
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
      </div>
    </div>
  );
}
