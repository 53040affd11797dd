/**
 * The estimate's inputs as they travel in a share link: optional keys beside the answers (design.md,
 * "Share links"). Zod-free, so the link codec and the engine can share it without weight.
 */
export const TRAFFIC_FIELDS = {
  rpd: { label: 'Requests per day', min: 1, max: 1_000_000_000, integer: true },
  tin: { label: 'Input tokens per request', min: 1, max: 2_000_000, integer: true },
  tout: { label: 'Output tokens per request', min: 1, max: 200_000, integer: true },
  esc: { label: 'Share that escalates to the large model (%)', min: 0, max: 100, integer: true },
  cache: { label: 'Share of input tokens read from the prompt cache (%)', min: 0, max: 100, integer: true },
  gpu: { label: 'GPU price per hour (US$)', min: 0.01, max: 1000, integer: false },
  sin: { label: 'Hosted small tier, input (US$ per million tokens)', min: 0, max: 1000, integer: false },
  sout: { label: 'Hosted small tier, output (US$ per million tokens)', min: 0, max: 1000, integer: false },
  lin: { label: 'Hosted large model, input (US$ per million tokens)', min: 0, max: 1000, integer: false },
  lout: { label: 'Hosted large model, output (US$ per million tokens)', min: 0, max: 1000, integer: false },
} as const;

export type TrafficKey = keyof typeof TRAFFIC_FIELDS;
export const TRAFFIC_KEYS = Object.keys(TRAFFIC_FIELDS) as TrafficKey[];
/** The estimate's inputs a person has set; anything missing takes its default. */
export type Traffic = Partial<Record<TrafficKey, number>>;

const NUMBER = /^(0|[1-9]\d{0,9})(\.\d{1,4})?$/;

/** A link or form value as a number for that field, or null when it is not one the field accepts. */
export function readTrafficValue(key: TrafficKey, raw: string): number | null {
  const field = TRAFFIC_FIELDS[key];
  if (!NUMBER.test(raw)) return null;
  const value = Number(raw);
  if (field.integer && !Number.isInteger(value)) return null;
  return value >= field.min && value <= field.max ? value : null;
}
