import { useDeferredValue, useMemo } from 'react';
import { shippedCatalogue } from '../../../rules/catalogue';
import { experimentFor } from '../../../engine/experiment';
import { inputsFor } from '../../../engine/estimate-inputs';
import type { Recommendation } from '../../../engine/types';
import { useWizard } from '../../../state/wizard-context';
import { CandidateList } from './candidate-list';
import { DeviceClassField } from './device-class-field';
import { EstimateSection } from './estimate-section';
import { ResultSection } from '../../../components/result-section';
import { shippedProfile } from '../../../rules/shipped-profile';
import { ProfileNote } from './profile-note';

/**
 * The first experiment for a verdict: the models to try and what they cost at the person's traffic. It
 * loads after the verdict, with the model catalogue, so the result never waits for it.
 */
export function ExperimentSections({ result }: { result: Recommendation }) {
  // Typing in the estimate's fields stays immediate; the tables follow in a render that yields.
  const traffic = useDeferredValue(useWizard((s) => s.traffic));
  const experiment = useMemo(
    () => experimentFor(shippedCatalogue, result.answers, result.verdict, traffic, new Date()),
    [result.answers, result.verdict, traffic],
  );
  const defaults = useMemo(() => inputsFor(shippedCatalogue, result.answers, {}), [result.answers]);
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
          <CandidateList catalogue={shippedCatalogue} experiment={experiment} />
        </div>
      </ResultSection>
      <ResultSection title="Cost and speed at your traffic" id="estimate-title">
        <EstimateSection catalogue={shippedCatalogue} experiment={experiment} defaults={defaults} />
      </ResultSection>
    </>
  );
}
