import { useDeferredValue, useEffect, useMemo } from 'react';
import { shippedCatalogue } from '../../../rules/catalogue';
import { experimentFor } from '../../../engine/experiment';
import { inputsFor } from '../../../engine/estimate-inputs';
import type { Recommendation } from '../../../engine/types';
import { useWizard } from '../../../state/wizard-context';
import { CandidateList, cardCount } from './candidate-list';
import { DeviceClassField } from './device-class-field';
import { ESTIMATE_PARTS, EstimateSection } from './estimate-section';
import { useRevealedCount } from '../../../components/use-revealed-count';
import { ResultSection } from '../../../components/result-section';
import { shippedProfile } from '../../../rules/shipped-profile';
import { ProfileNote } from './profile-note';

/**
 * The first experiment for a verdict: the models to try and what they cost at the person's traffic. It
 * loads after the verdict, with the model catalogue, so the result never waits for it.
 */
export function ExperimentSections({
  result,
  onRevealed,
}: {
  result: Recommendation;
  onRevealed: () => void;
}) {
  // Typing in the estimate's fields stays immediate; the tables follow in a render that yields.
  const traffic = useDeferredValue(useWizard((s) => s.traffic));
  const experiment = useMemo(
    () => experimentFor(shippedCatalogue, result.answers, result.verdict, traffic, new Date()),
    [result.answers, result.verdict, traffic],
  );
  const defaults = useMemo(() => inputsFor(shippedCatalogue, result.answers, {}), [result.answers]);
  // The candidates card by card, then the estimate part by part; the page goes on below once all is there.
  const cards = cardCount(experiment);
  const shown = useRevealedCount(cards + ESTIMATE_PARTS, 1);
  const revealed = shown === cards + ESTIMATE_PARTS;
  useEffect(() => {
    if (revealed) onRevealed();
  }, [revealed, onRevealed]);
  return (
    <>
      <ResultSection title="Models to try first" id="candidates-title">
        <div className="grid gap-4">
          {shippedProfile && (
            <ProfileNote
              profile={shippedProfile}
              catalogue={shippedCatalogue}
              answers={result.answers}
              paths={experiment.estimate.paths}
            />
          )}
          {result.answers.run !== 'cloud' && <DeviceClassField />}
          <CandidateList catalogue={shippedCatalogue} experiment={experiment} shown={shown} />
        </div>
      </ResultSection>
      {shown > cards && (
        <ResultSection title="Cost and speed at your traffic" id="estimate-title">
          <EstimateSection
            catalogue={shippedCatalogue}
            experiment={experiment}
            defaults={defaults}
            shown={shown - cards}
          />
        </ResultSection>
      )}
    </>
  );
}
