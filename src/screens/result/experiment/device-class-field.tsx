import { DEVICE_CLASSES, type DeviceClass } from '../../../rules/traffic';
import { useWizard } from '../../../state/wizard-context';
import { ChoiceField } from './choice-field';

const CHOICES: [DeviceClass | undefined, string][] = [
  [undefined, 'Phones and laptops'],
  ...(Object.entries(DEVICE_CLASSES) as [DeviceClass, string][]),
];

/**
 * Which end users' devices the device path is for. Optional: until it is chosen the candidates cover phones
 * and laptops, and the page says so. It travels in the share link as `dev`.
 */
export function DeviceClassField() {
  const devices = useWizard((s) => s.traffic.dev);
  const setTraffic = useWizard((s) => s.setTraffic);
  return (
    <ChoiceField
      legend="Which end users’ devices?"
      name="dev"
      choices={CHOICES}
      checked={devices}
      onChange={(value) => setTraffic('dev', value)}
      note={
        devices
          ? `Candidates for ${DEVICE_CLASSES[devices].toLowerCase()}; models built into a phone or laptop system appear only where they ship.`
          : 'Until you choose, the candidates cover phones and laptops. Edge boxes and bigger laptops have models of their own.'
      }
    />
  );
}
