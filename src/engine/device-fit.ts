import type { Catalogue, Model } from '../rules/catalogue-schema';
import type { DeviceClass } from '../rules/traffic';
import { headroom } from './sizing';

/** One memory size of a class of device, the share of it an app can count on, and how the model sits there. */
export interface DeviceTierFit {
  ramGB: number;
  usableGB: number;
  band: 'comfortable' | 'tight' | 'none';
}

/** Whether a model fits the devices of one class, memory size by memory size. */
export interface DeviceFit {
  place: DeviceClass;
  /** The model's weights at about 4 bits per parameter: what a device must hold before any prompt. */
  weightsGB: number;
  appShare: number;
  tiers: DeviceTierFit[];
}

/** The end users' devices a device path is for: the class the reader chose, else phones and laptops. */
export const devicePlaces = (devices: DeviceClass | undefined): DeviceClass[] =>
  devices ? [devices] : ['phone', 'laptop'];

/**
 * How a model's 4-bit weights sit in each memory size of the device classes it runs on, against the share of
 * memory one app can count on. None for a model built into the system (the system loads it where it can) or
 * one without a memory figure.
 */
export function deviceFits(catalogue: Catalogue, model: Model, places: DeviceClass[]): DeviceFit[] {
  if (!model.memoryGB || model.bundledWith) return [];
  const weightsGB = model.memoryGB.value;
  const { tiersGB, appShare } = catalogue.estimate.devices;
  return places
    .filter((place) => model.runs.value.includes(place))
    .map((place) => ({
      place,
      weightsGB,
      appShare: appShare[place],
      tiers: tiersGB[place].map((ramGB) => {
        const usableGB = ramGB * appShare[place];
        return { ramGB, usableGB, band: headroom(weightsGB, usableGB) ?? 'none' };
      }),
    }));
}
