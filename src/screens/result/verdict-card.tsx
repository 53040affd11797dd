import type { Rules } from '../../rules/advice-schema';
import { VERDICT_ORDER } from '../../rules/schema';
import type { Recommendation } from '../../engine/types';
import { verdictRank } from '../../engine/rules-index';
import { capitalise, listed } from '../../engine/text';
import { VerdictLadder } from '../../components/verdict-ladder';
import { PullDots } from '../../components/pull-dots';
import { formatDate } from '../../share/dates';
import { StepHeading, STEP_HEADING_ID } from '../../components/step-heading';

const BORDER = { slm: 'border-slm', hybrid: 'border-accent', llm: 'border-llm' } as const;

interface VerdictCardProps {
  rules: Rules;
  result: Recommendation;
  /** False for the headline alone, which the build writes into the page for a link's first paint. */
  complete?: boolean;
}

/** The verdict, why in one sentence, and where it sits against what the task needs. */
export function VerdictCard({ rules, result, complete = true }: VerdictCardProps) {
  const verdictText = rules.verdicts[result.verdict];
  const { pull, pullPerLevel, maxPullLevels } = result;
  // Only a cap below the need explains anything: on a simple task the device changes nothing.
  const caps = result.reasons
    .filter((r) => r.caps && result.ceiling !== result.need)
    .map((r) => rules.optionTexts[r.criterion][r.option]!.phrase);
  return (
    <section
      data-verdict={result.verdict}
      aria-labelledby={STEP_HEADING_ID}
      className={`card border-2 ${BORDER[result.verdict]}`}
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
      {complete && (
        <>
          <div className="mt-5 grid gap-2">
            <VerdictLadder
              rungs={VERDICT_ORDER.map((v) => rules.verdicts[v].short)}
              need={verdictRank(result.need)}
              verdict={verdictRank(result.verdict)}
            />
            <p className="text-sm text-ink-muted">
              {caps.length > 0 &&
                `${capitalise(listed(caps))} caps it at ${rules.verdicts[result.ceiling].short}. `}
              Constraint pull: {pull} point{pull === 1 ? '' : 's'}, where {pullPerLevel} take off one level
              (at most {maxPullLevels === 1 ? 'one' : maxPullLevels})
              {result.levelsPulled > 0 ? ', so it took off one.' : '.'}{' '}
              <PullDots filled={pull} total={Math.max(pull, pullPerLevel)} />
            </p>
          </div>
          <p className="mt-3 text-sm text-ink-muted">
            Advice as of {formatDate(rules.asOf, 'long')} (rules {rules.version}). Prices, model names and
            device limits change fastest.
          </p>
        </>
      )}
    </section>
  );
}
