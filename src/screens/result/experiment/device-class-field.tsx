import { DEVICE_CLASSES, type DeviceClass } from '../../../rules/traffic';
import { useWizard } from '../../../state/wizard-context';

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
    <fieldset className="grid gap-2">
      <legend className="mb-1 font-bold">Which end users’ devices?</legend>
      <div className="flex flex-wrap gap-2">
        {CHOICES.map(([id, label]) => (
          <label
            key={id ?? 'unset'}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border-2 border-line bg-surface px-3 transition-colors hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              name="dev"
              value={id ?? ''}
              checked={devices === id}
              onChange={() => setTraffic('dev', id)}
              className="size-6 shrink-0 accent-[var(--accent)]"
            />
            {label}
          </label>
        ))}
      </div>
      <p className="text-sm text-ink-muted">
        {devices
          ? `Candidates for ${DEVICE_CLASSES[devices].toLowerCase()}; models built into a phone or laptop system appear only where they ship.`
          : 'Until you choose, the candidates cover phones and laptops. Edge boxes and bigger laptops have models of their own.'}
      </p>
    </fieldset>
  );
}
