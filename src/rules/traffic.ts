/**
 * The first experiment's inputs as they travel in a share link: optional keys beside the answers (design.md,
 * "Share links"), the estimate's numbers and which devices "end users' devices" means. Zod-free, so the link
 * codec and the engine can share it without weight.
 */
export const TRAFFIC_FIELDS = {
  rpd: { label: 'Requests per day', min: 1, max: 1_000_000_000, integer: true },
  tin: { label: 'Input tokens per request', min: 1, max: 2_000_000, integer: true },
  tout: { label: 'Output tokens per request', min: 1, max: 200_000, integer: true },
  esc: { label: 'Share that escalates to the large model (%)', min: 0, max: 100, integer: true },
  cache: { label: 'Share of input tokens read from the prompt cache (%)', min: 0, max: 100, integer: true },
  gpu: { label: 'GPU price per hour (US$)', min: 0.01, max: 1000, integer: false },
  peak: { label: 'Busiest hour against the day’s average (×)', min: 1, max: 24, integer: false },
  load: { label: 'Load GPUs may reach at the peak (%)', min: 10, max: 100, integer: true },
  sin: { label: 'Hosted small tier, input (US$ per million tokens)', min: 0, max: 1000, integer: false },
  sout: { label: 'Hosted small tier, output (US$ per million tokens)', min: 0, max: 1000, integer: false },
  lin: { label: 'Hosted large model, input (US$ per million tokens)', min: 0, max: 1000, integer: false },
  lout: { label: 'Hosted large model, output (US$ per million tokens)', min: 0, max: 1000, integer: false },
} as const;

/**
 * The end users' devices a device path is for (`dev`): without it, the page covers phones and laptops.
 * Candidates fit the class; OS-bundled models appear only where their platform is that class.
 */
export const DEVICE_CLASSES = {
  phone: 'Phones',
  laptop: 'Laptops and desktops',
  edge: 'Edge boxes (embedded and industrial computers)',
} as const;
export type DeviceClass = keyof typeof DEVICE_CLASSES;

export type NumericKey = keyof typeof TRAFFIC_FIELDS;
export const NUMERIC_KEYS = Object.keys(TRAFFIC_FIELDS) as NumericKey[];
export type TrafficKey = NumericKey | 'dev';
export const TRAFFIC_KEYS: readonly TrafficKey[] = [...NUMERIC_KEYS, 'dev'];
/** The first experiment's inputs a person has set; anything missing takes its default. */
export type Traffic = Partial<Record<NumericKey, number>> & { dev?: DeviceClass };

const NUMBER = /^(0|[1-9]\d{0,9})(\.\d{1,4})?$/;

/** A link or form value as a number for that field, or null when it is not one the field accepts. */
export function readNumber(key: NumericKey, raw: string): number | null {
  const field = TRAFFIC_FIELDS[key];
  if (!NUMBER.test(raw)) return null;
  const value = Number(raw);
  if (field.integer && !Number.isInteger(value)) return null;
  return value >= field.min && value <= field.max ? value : null;
}

const isDeviceClass = (raw: string): raw is DeviceClass => Object.hasOwn(DEVICE_CLASSES, raw);

/** A link or saved value for any key, or null when the key does not accept it. */
export function readTrafficValue<K extends TrafficKey>(key: K, raw: string): Traffic[K] | null {
  if (key === 'dev') return (isDeviceClass(raw) ? raw : null) as Traffic[K] | null;
  return readNumber(key as NumericKey, raw) as Traffic[K] | null;
}

/** Traffic with one key set to a value, or removed with undefined. */
export function withTraffic<K extends TrafficKey>(traffic: Traffic, key: K, value: Traffic[K]): Traffic {
  const kept = Object.entries(traffic).filter(([k]) => k !== key);
  return Object.fromEntries(value === undefined ? kept : [...kept, [key, value]]) as Traffic;
}
