import type { Catalogue, Model } from '../rules/catalogue-schema';
import type { DeviceClass } from '../rules/traffic';
import { headroom, requestKvGB, type Tokens } from './sizing';

/** One memory size of a class of device, the share of it an app can count on, and how the model sits there. */
export interface DeviceTierFit {
  ramGB: number;
  usableGB: number;
  band: 'comfortable' | 'tight' | 'none';
}

/** The model's weights in one format its maker ships, and how they sit, with the KV cache, in each memory size. */
export interface FormatFit {
  format: string;
  weightsGB: number;
  tiers: DeviceTierFit[];
}

/** Whether a model fits the devices of one class, format by format and memory size by memory size. */
export interface DeviceFit {
  place: DeviceClass;
  appShare: number;
  /** One request's KV cache at the person's prompt and answer; null where the model's shape is not known. */
  kvGB: number | null;
  formats: FormatFit[];
}

/** The end users' devices a device path is for: the class the reader chose, else phones and laptops. */
export const devicePlaces = (devices: DeviceClass | null): DeviceClass[] =>
  devices ? [devices] : ['phone', 'laptop'];

/** The 4-bit weights every device model is listed with: the format candidates are compared in. */
const fourBit = (model: Model) => [{ format: '4-bit', memoryGB: model.memoryGB!.value }];

/** Every format the model's maker ships it in, smallest first as listed; else its 4-bit weights alone. */
export const shippedFormats = (model: Model) => model.quantisations?.value ?? fourBit(model);

/**
 * How a model's weights and one request's KV cache (a device serves one person at a time) sit in each memory
 * size of the device classes it runs on, against the share of memory one app can count on: in its 4-bit
 * weights, or in each format `formats` picks. None for a model built into the system (the system loads it
 * where it can) or one without a memory figure.
 */
export function deviceFits(
  catalogue: Catalogue,
  model: Model,
  places: DeviceClass[],
  tokens: Tokens,
  formats: (model: Model) => { format: string; memoryGB: number }[] = fourBit,
): DeviceFit[] {
  if (!model.memoryGB || model.bundledWith) return [];
  const { tiersGB, appShare } = catalogue.estimate.devices;
  const arch = model.architecture?.value;
  const kvGB = arch ? requestKvGB(arch, catalogue.estimate.sizing.kvBits, tokens) : null;
  return places
    .filter((place) => model.runs.value.includes(place))
    .map((place) => ({
      place,
      appShare: appShare[place],
      kvGB,
      formats: formats(model).map(({ format, memoryGB }) => ({
        format,
        weightsGB: memoryGB,
        tiers: tiersGB[place].map((ramGB) => {
          const usableGB = ramGB * appShare[place];
          return { ramGB, usableGB, band: headroom(memoryGB + (kvGB ?? 0), usableGB) ?? 'none' };
        }),
      })),
    }));
}
