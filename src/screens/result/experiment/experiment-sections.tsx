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

/**
 * The first experiment for a verdict: the models to try and what they cost at the person's traffic. It
 * loads after the verdict, with the model catalogue, so the result never waits for it.
 */
export function ExperimentSections({ result }: { result: Recommendation }) {
  const load = shippedCatalogue();
  // Typing in the estimate's fields stays immediate; the tables follow in a render that yields.
  const traffic = useDeferredValue(useWizard((s) => s.traffic));
  const experiment = useMemo(
    () => (load.ok ? experimentFor(load.rules, result.answers, result.verdict, traffic, new Date()) : null),
    [load, result.answers, result.verdict, traffic],
  );
  const defaults = useMemo(
    () => (load.ok ? inputsFor(load.rules, result.answers, {}) : null),
    [load, result.answers],
  );
  if (!load.ok || !experiment || !defaults) {
    return (
      <ResultSection title="Models to try first" id="candidates-title">
        <div role="alert">
          <p>
            The model catalogue in this copy of the app does not pass validation, so it shows no candidates or
            costs:
          </p>
          <ul className="mt-2 list-disc pl-6 font-mono text-sm">
            {(load.ok ? [] : load.problems).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      </ResultSection>
    );
  }
  return (
    <>
      <ResultSection title="Models to try first" id="candidates-title">
        <div className="grid gap-4">
          {result.answers.run !== 'cloud' && <DeviceClassField />}
          <CandidateList catalogue={load.rules} experiment={experiment} />
        </div>
      </ResultSection>
      <ResultSection title="Cost and speed at your traffic" id="estimate-title">
        <EstimateSection catalogue={load.rules} experiment={experiment} defaults={defaults} />
      </ResultSection>
    </>
  );
}
