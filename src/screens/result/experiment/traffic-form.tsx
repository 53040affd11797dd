import { readNumber, NUMERIC_KEYS, TRAFFIC_FIELDS } from '../../../rules/traffic';
import type { EstimateInputs } from '../../../engine/estimate';
import { fieldValues } from '../../../engine/estimate-inputs';
import type { Experiment } from '../../../engine/experiment';
import { NumberField } from '../../../components/number-field';
import { number } from '../../../share/format';
import { useWizard } from '../../../state/wizard-context';

/** The estimate's inputs, each empty until the person sets it, with the default it falls back to. */
export function TrafficForm({ experiment, defaults }: { experiment: Experiment; defaults: EstimateInputs }) {
  const traffic = useWizard((s) => s.traffic);
  const setTraffic = useWizard((s) => s.setTraffic);
  const defaultFields = fieldValues(defaults, experiment.estimate);
  const keys = NUMERIC_KEYS.filter((key) => defaultFields[key] !== undefined);
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
            parse={(text) => readNumber(key, text)}
            rule={`${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${number(field.max)}`}
            onChange={(value) => setTraffic(key, value)}
          />
        );
      })}
    </fieldset>
  );
}

/** Monthly cost, cost per 1,000 requests and timing for each way of running the verdict. */
