import { readTrafficValue, TRAFFIC_FIELDS, type TrafficKey } from '../rules/traffic';
import type { EstimateInputs } from '../engine/estimate';
import type { Experiment } from '../engine/experiment';
import { NumberField } from '../components/number-field';
import { useWizard } from '../state/wizard-context';

/** Each field's default, and whether these answers use it: the price fields belong to their paths. */
function fieldsFor(experiment: Experiment, inputs: EstimateInputs): Partial<Record<TrafficKey, number>> {
  const { paths, hybrid } = experiment.estimate;
  const cataloguePrice = (id: string) => paths.find((p) => p.id === id)?.model.price?.value;
  const small = cataloguePrice('hosted-small');
  const large = cataloguePrice('hosted-large');
  return {
    rpd: inputs.requestsPerDay,
    tin: inputs.inputTokens,
    tout: inputs.outputTokens,
    ...(hybrid ? { esc: Math.round(inputs.escalationShare * 100) } : {}),
    cache: Math.round(inputs.cachedShare * 100),
    ...(paths.some((p) => p.gpus) ? { gpu: inputs.gpuHourly } : {}),
    ...(small ? { sin: small.input, sout: small.output } : {}),
    ...(large ? { lin: large.input, lout: large.output } : {}),
  };
}

/** The estimate's inputs, each empty until the person sets it, with the default it falls back to. */
export function TrafficForm({ experiment, defaults }: { experiment: Experiment; defaults: EstimateInputs }) {
  const traffic = useWizard((s) => s.traffic);
  const setTraffic = useWizard((s) => s.setTraffic);
  const defaultFields = fieldsFor(experiment, defaults);
  const keys = (Object.keys(TRAFFIC_FIELDS) as TrafficKey[]).filter(
    (key) => defaultFields[key] !== undefined,
  );
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className="mb-2 font-bold">Your traffic and prices</legend>
      {keys.map((key) => {
        const field = TRAFFIC_FIELDS[key];
        return (
          <NumberField
            key={key}
            label={field.label}
            value={traffic[key]}
            defaultValue={defaultFields[key]!}
            parse={(text) => readTrafficValue(key, text)}
            rule={`${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max.toLocaleString('en-US')}`}
            onChange={(value) => setTraffic(key, value)}
          />
        );
      })}
    </fieldset>
  );
}

/** Monthly cost, cost per 1,000 requests and timing for each way of running the verdict. */
