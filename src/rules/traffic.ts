/**
 * The first experiment's inputs as they travel in a share link: optional keys beside the answers (design.md,
 * "Share links"), the estimate's numbers and which devices "end users' devices" means. Zod-free, so the link
 * codec and the engine can share it without weight.
 */
export const TRAFFIC_FIELDS = {
  rpd: { label: 'Requests per day', min: 1, max: 1_000_000_000, integer: true },
  tin: { label: 'Input tokens per request', min: 1, max: 2_000_000, integer: true },
  tout: { label: 'Output tokens per request', min: 1, max: 200_000, integer: true },
  think: { label: 'Reasoning tokens per request', min: 0, max: 200_000, integer: true },
  esc: { label: 'Share that escalates to the large model (%)', min: 0, max: 100, integer: true },
  cover: { label: 'Users whose devices can run the model (%)', min: 0, max: 100, integer: true },
  cache: { label: 'Share of input tokens read from the prompt cache (%)', min: 0, max: 100, integer: true },
  gpu: { label: 'GPU rent per hour (US$)', min: 0.01, max: 1000, integer: false },
  buy: { label: 'GPU purchase price (US$ each)', min: 100, max: 10_000_000, integer: true },
  life: { label: 'Years before the GPUs are replaced', min: 1, max: 10, integer: false },
  kwh: { label: 'Electricity (US$ per kWh)', min: 0, max: 10, integer: false },
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

/** The GPUs self-hosted paths can be sized on (`hw`); the catalogue holds each one's name and figures. */
export const GPU_TYPES = ['l4', 'rtx-4090', 'l40s', 'a100', 'h100', 'h200', 'b200', 'mi300x'] as const;
export type GpuType = (typeof GPU_TYPES)[number];

/** How self-hosted GPUs are paid for (`pay`): rented by the hour, or bought and run for years. */
export const PAYMENTS = ['rent', 'own'] as const;
export type Payment = (typeof PAYMENTS)[number];

/**
 * The precision self-hosted paths serve their weights in (`prec`): 16-bit, 8-bit or 4-bit; without it, each
 * model's own, as the catalogue sizes it.
 */
export const PRECISIONS = {
  bf16: '16-bit (BF16)',
  fp8: '8-bit (FP8)',
  int4: '4-bit (INT4 or MXFP4)',
} as const;
export type Precision = keyof typeof PRECISIONS;

/** The inputs that are one of a fixed set of choices. */
const CHOICE_FIELDS: Record<ChoiceKey, readonly string[]> = {
  dev: Object.keys(DEVICE_CLASSES),
  hw: GPU_TYPES,
  pay: PAYMENTS,
  prec: Object.keys(PRECISIONS),
};
export type ChoiceKey = 'dev' | 'hw' | 'pay' | 'prec';
export const CHOICE_KEYS = Object.keys(CHOICE_FIELDS) as ChoiceKey[];

export type NumericKey = keyof typeof TRAFFIC_FIELDS;
export const NUMERIC_KEYS = Object.keys(TRAFFIC_FIELDS) as NumericKey[];
export type TrafficKey = NumericKey | ChoiceKey;
export const TRAFFIC_KEYS: readonly TrafficKey[] = [...NUMERIC_KEYS, ...CHOICE_KEYS];
/** The first experiment's inputs a person has set; anything missing takes its default. */
export type Traffic = Partial<Record<NumericKey, number>> & {
  dev?: DeviceClass;
  hw?: GpuType;
  pay?: Payment;
  prec?: Precision;
};

const NUMBER = /^(0|[1-9]\d{0,9})(\.\d{1,4})?$/;

/** A link or form value as a number for that field, or null when it is not one the field accepts. */
export function readNumber(key: NumericKey, raw: string): number | null {
  const field = TRAFFIC_FIELDS[key];
  if (!NUMBER.test(raw)) return null;
  const value = Number(raw);
  if (field.integer && !Number.isInteger(value)) return null;
  return value >= field.min && value <= field.max ? value : null;
}

const isChoiceKey = (key: TrafficKey): key is ChoiceKey => Object.hasOwn(CHOICE_FIELDS, key);

/** A link or saved value for any key, or null when the key does not accept it. */
export function readTrafficValue<K extends TrafficKey>(key: K, raw: string): Traffic[K] | null {
  if (isChoiceKey(key)) return (CHOICE_FIELDS[key].includes(raw) ? raw : null) as Traffic[K] | null;
  return readNumber(key as NumericKey, raw) as Traffic[K] | null;
}

/** Traffic with one key set to a value, or removed with undefined. */
export function withTraffic<K extends TrafficKey>(traffic: Traffic, key: K, value: Traffic[K]): Traffic {
  const kept = Object.entries(traffic).filter(([k]) => k !== key);
  return Object.fromEntries(value === undefined ? kept : [...kept, [key, value]]) as Traffic;
}
