import * as z from 'zod/mini';
import { id, reportDuplicates, text, type Report } from './schema';
import { DEVICE_CLASSES, GPU_TYPES, type DeviceClass } from './traffic';
import { validate, type Load } from './rules';

/** A day (YYYY-MM-DD) or, where the source gives no day, a month (YYYY-MM). */
export const date = z
  .string()
  .check(z.regex(/^20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'A date as YYYY-MM-DD or YYYY-MM'));
export const positive = z.number().check(z.gt(0, 'Must be more than 0'));

export const SourceSchema = z.strictObject({
  title: text,
  url: z.string().check(z.regex(/^https:\/\/\S+$/, 'An https address')),
});

/** A figure with the source it comes from and the date it was valid (or read, for an undated page). */
export const figure = <T extends z.core.SomeType>(value: T) => z.strictObject({ value, source: id, date });
export interface Figure<T> {
  value: T;
  source: string;
  date: string;
}

/** Where a model runs: end users' phones, laptops and desktops or edge boxes, one GPU, several, or an API. */
export const RUN_PLACES = ['phone', 'laptop', 'edge', 'single-gpu', 'multi-gpu', 'api'] as const;
export type RunPlace = (typeof RUN_PLACES)[number];

export const Price = z.strictObject({
  /** US dollars per million tokens. */
  input: z.number().check(z.gte(0, 'Must be at least 0')),
  output: z.number().check(z.gte(0, 'Must be at least 0')),
  cachedInput: z.optional(z.number().check(z.gte(0, 'Must be at least 0'))),
  host: text,
  /** A rule that changes the bill, e.g. a higher rate above a prompt length. */
  note: z.optional(text),
});
export type Price = z.infer<typeof Price>;

const Speed = z.strictObject({
  /** Seconds to the first token, where the source measures it directly. */
  ttftS: z.optional(positive),
  /** Prompt tokens read per second, where the first token's wait depends on the prompt's length. */
  prefillPerS: z.optional(positive),
  /** Output tokens per second. */
  tokensPerS: positive,
  on: text,
});
export type Speed = z.infer<typeof Speed>;

/** One end user's device a model was measured on, with the backend an app would pick there. */
const DeviceSpeed = z.strictObject({
  place: z.enum(Object.keys(DEVICE_CLASSES) as [DeviceClass, ...DeviceClass[]]),
  device: text,
  backend: text,
  /** Prompt tokens read per second. */
  prefillPerS: positive,
  /** Output tokens per second. */
  tokensPerS: positive,
});
export type DeviceSpeed = z.infer<typeof DeviceSpeed>;

const fraction = z.number().check(z.gt(0, 'Must be more than 0'), z.lte(1, 'Must be at most 1'));
export const whole = z.int().check(z.positive());
/** Memory sizes a class of device comes in, in GB, smallest first. */
const ramTiers = z.array(positive).check(
  z.minLength(1),
  z.refine((tiers) => tiers.every((gb, i) => i === 0 || gb > tiers[i - 1]!), 'Smallest first, each once'),
);

/** What sizing needs of a model: its parameters, the shape of its KV cache, and the precision it runs in. */
const Architecture = z.strictObject({
  /** Billions of parameters: all of them must fit in memory; only the active ones work on each token. */
  totalB: positive,
  activeB: positive,
  /** Layers whose KV cache holds the whole context (sliding-window layers keep a short, fixed window). */
  kvLayers: whole,
  kvHeads: whole,
  headDim: whole,
  /** Bits per weight as served (FP8 8, MXFP4 about 4.25). */
  weightBits: positive,
  /** The precision the GPU computes in: 8 where the weights are FP8, else 16. */
  computeBits: z.union([z.literal(8), z.literal(16)]),
});
export type Architecture = z.infer<typeof Architecture>;

export const ModelSchema = z.strictObject({
  id,
  name: text,
  maker: text,
  size: z.enum(['small', 'large']),
  params: figure(text),
  weights: figure(z.strictObject({ open: z.boolean(), licence: text })),
  /** Closed models that ship with an operating system or browser run on the device, so data stays there. */
  bundledWith: z.optional(text),
  contextTokens: z.optional(figure(z.int().check(z.positive()))),
  /** Memory the weights need at about 4 bits per parameter, in GB. */
  memoryGB: z.optional(figure(positive)),
  /**
   * The formats its maker ships the weights in, each with the memory its weights take (GB), for whether it fits
   * a device in each. Without it, the 4-bit figure above is the only one.
   */
  quantisations: z.optional(
    figure(z.array(z.strictObject({ format: text, memoryGB: positive })).check(z.minLength(1))),
  ),
  runs: figure(z.array(z.enum(RUN_PLACES)).check(z.minLength(1))),
  price: z.optional(figure(Price)),
  /**
   * The reasoning settings a model takes, lowest first, and its default where its maker or a live probe says
   * so: reasoning tokens are billed as output and come before the first visible word.
   */
  reasoning: z.optional(
    figure(z.strictObject({ efforts: z.array(text).check(z.minLength(1)), default: z.optional(text) })),
  ),
  /** As served by its host: on the way of running it that a hosted path prices. */
  speed: z.optional(figure(Speed)),
  /** As measured on end users' devices, one row per device, for how fast it answers on each class. */
  deviceSpeeds: z.optional(figure(z.array(DeviceSpeed).check(z.minLength(1)))),
  architecture: z.optional(figure(Architecture)),
  caveat: z.optional(text),
  /** A model for one kind of feature only, offered beside the general list where the answers call for it. */
  specialty: z.optional(z.enum(['code-completion', 'voice'])),
  /** A preview release: its maker's security controls (residency, keys, perimeters) do not cover it yet. */
  preview: z.optional(z.literal(true)),
  /** Why a model released before the catalogue's review window is still listed. */
  keptBecause: z.optional(text),
});
export type Model = z.infer<typeof ModelSchema>;

export const PATH_IDS = [
  'device',
  'hosted-small',
  'self-hosted-small',
  'hosted-large',
  'self-hosted-large',
] as const;
export type PathId = (typeof PATH_IDS)[number];
/** The ways of running it through a third party's API: the ones an organisation may rule out. */
export const HOSTED_PATH_IDS = ['hosted-small', 'hosted-large'] as const;

/** A GPU's memory, its memory bandwidth and its dense tensor throughput. */
const GpuSpec = z.strictObject({
  memoryGB: positive,
  bandwidthTBs: positive,
  tflops16: positive,
  tflops8: z.optional(positive),
});
export type GpuSpec = z.infer<typeof GpuSpec>;

const GpuSchema = z.strictObject({
  name: text,
  spec: figure(GpuSpec),
  /** US dollars per GPU-hour, on demand, at a named provider. */
  hourly: figure(positive),
  rentedFrom: text,
  /** US dollars for one GPU bought new; without it, the GPU is offered only rented. */
  purchase: z.optional(figure(positive)),
  /** The GPU's rated power in watts, for the electricity of hardware you run yourself. */
  powerW: figure(positive),
});

export type Gpu = z.infer<typeof GpuSchema>;

const PathSchema = z.strictObject({
  label: text,
  /** The catalogue model this path is priced and timed with. */
  model: id,
  /** The GPU this path is sized on until the person picks another; none for a path without GPUs. */
  gpu: z.optional(z.enum(GPU_TYPES)),
  /** Speed for this path when the model's own figure does not apply (a proxy, or a self-hosted setup). */
  speed: z.optional(figure(Speed)),
  /** What the path costs that a per-request figure does not show. */
  otherCosts: text,
});
export type Path = z.infer<typeof PathSchema>;

const Tokens = z.strictObject({ input: z.int().check(z.positive()), output: z.int().check(z.positive()) });

const CatalogueShape = z.strictObject({
  /** The day the catalogue's figures were last checked. */
  asOf: date,
  /** Models released longer ago than this, before `asOf`, are listed only with a reason (`keptBecause`). */
  reviewMonths: z.int().check(z.positive()),
  sources: z.record(id, SourceSchema),
  models: z.array(ModelSchema),
  gpus: z.record(z.enum(GPU_TYPES), GpuSchema),
  estimate: z.strictObject({
    /** Hours in a month of always-on hosting; 730 is the usual convention. */
    hoursPerMonth: figure(positive),
    requestsPerDay: z.int().check(z.positive()),
    /** Tokens per request by task: a starting point to edit, not a measurement. */
    tokens: z.strictObject({ simple: Tokens, mixed: Tokens, complex: Tokens }),
    escalationShare: figure(z.number().check(z.gte(0), z.lte(1))),
    /**
     * The share of users whose devices can run the on-device model: a planning default to replace with the
     * product's own device mix. The rest are served by the next way of running it, on a server.
     */
    deviceCoverage: z.number().check(z.gte(0), z.lte(1)),
    cachedShare: z.number().check(z.gte(0), z.lte(1)),
    /**
     * End users' devices by memory, for whether an on-device model fits: the RAM tiers of each class (GB,
     * smallest first) and the share of it one app can count on. The shares are planning defaults: phones end an
     * app before memory runs out and publish no limit; macOS lets the GPU use about two-thirds of a laptop's.
     */
    devices: z.strictObject({
      tiersGB: z.strictObject({ phone: ramTiers, laptop: ramTiers, edge: ramTiers }),
      appShare: z.strictObject({ phone: fraction, laptop: fraction, edge: fraction }),
    }),
    batchDiscount: figure(z.number().check(z.gte(0), z.lt(1))),
    /**
     * What each speed answer asks of a way of running it, in seconds (null: no limit), from the question's
     * own words: "instant" answers appear within a few hundred milliseconds, "a second or two" to the first.
     */
    speedTargets: z.strictObject({
      instant: z.strictObject({ firstS: positive, wholeS: positive }),
      moderate: z.strictObject({ firstS: positive, wholeS: z.nullable(positive) }),
    }),
    /** How self-hosted GPUs are sized: the assumptions of engine/sizing.ts, each with its source. */
    sizing: z.strictObject({
      /** Shares of a GPU's peak memory bandwidth and compute that serving reaches (calibrated). */
      bandwidthEfficiency: figure(fraction),
      computeEfficiency: figure(fraction),
      /** Share of GPU memory the server takes for weights and KV cache; the rest is the runtime's. */
      memoryUtilisation: figure(fraction),
      /** The longest wait between output tokens a person accepts while reading a streamed answer. */
      interTokenS: figure(positive),
      kvBits: z.union([z.literal(8), z.literal(16)]),
      /**
       * Planning defaults, not measurements, and editable: the busiest hour against the day's average, and
       * the load GPUs may reach at that peak (queues grow fast near full load, and a replica may fail).
       */
      peakFactor: z.number().check(z.gte(1)),
      targetLoad: fraction,
    }),
    /**
     * What GPUs you buy cost to run, as planning defaults to edit: the years before they are replaced,
     * electricity per kWh, and the power of the server and cooling around each GPU against its own.
     */
    owned: z.strictObject({
      lifeYears: positive,
      kwhPrice: z.number().check(z.gte(0)),
      powerOverhead: z.number().check(z.gte(1)),
    }),
    paths: z.record(z.enum(PATH_IDS), PathSchema),
    /** Hosted ways of running it that an organisation's profile rules out (src/rules/profile.ts). */
    unusedPaths: z.optional(z.array(z.enum(HOSTED_PATH_IDS))),
  }),
});

/**
 * What a catalogue's parts must agree on: unique ids, known sources, a priced or sized model for each way of
 * running it, and at least `minimumPerSize` models of each size to choose from.
 */
const catalogueRules = (minimumPerSize: number) =>
  z.superRefine((catalogue: z.infer<typeof CatalogueShape>, ctx) => {
    const report = (path: PropertyKey[], message: string) =>
      ctx.issues.push({ code: 'custom', input: catalogue, path, message });
    for (const size of ['small', 'large'] as const) {
      const count = catalogue.models.filter((m) => m.size === size).length;
      if (count < minimumPerSize)
        report(['models'], `At least ${minimumPerSize} ${size} models are needed, found ${count}`);
    }
    reportDuplicates(
      report,
      catalogue.models.map((m) => m.id),
      (i) => ['models', i, 'id'],
      'model',
    );
    catalogue.models.forEach((model, at) =>
      model.deviceSpeeds?.value.forEach((measured, row) => {
        if (!model.runs.value.includes(measured.place))
          report(
            ['models', at, 'deviceSpeeds', 'value', row, 'place'],
            `"${model.id}" is measured on a ${measured.place} but does not run there`,
          );
      }),
    );
    const checkSources = (value: unknown, path: PropertyKey[]) =>
      reportUnknownSources(report, value, path, catalogue.sources);
    checkSources(catalogue.models, ['models']);
    checkSources(catalogue.gpus, ['gpus']);
    checkSources(catalogue.estimate, ['estimate']);
    for (const [pathId, path] of Object.entries(catalogue.estimate.paths)) {
      const model = catalogue.models.find((m) => m.id === path.model);
      if (!model) report(['estimate', 'paths', pathId, 'model'], `Unknown model "${path.model}"`);
      else if (pathId.startsWith('hosted') && !model.price) {
        report(['estimate', 'paths', pathId, 'model'], `"${path.model}" has no price to estimate with`);
      } else if (path.gpu && !model.architecture) {
        // GPUs are sized from the model's architecture (engine/sizing.ts): without it there is no count.
        report(
          ['estimate', 'paths', pathId, 'model'],
          `"${path.model}" has no architecture to size GPUs with`,
        );
      }
    }
  });

/** The public catalogue, broad enough to offer a choice at every size. */
export const CatalogueSchema = CatalogueShape.check(catalogueRules(8));

/** Validates a model catalogue: every figure needs a known source and a date. */
export const loadCatalogue = (data: unknown): Load<Catalogue> => validate(CatalogueSchema, data);

/**
 * A catalogue as an organisation's profile leaves it (src/rules/profile.ts): the same rules, with as few
 * models as the organisation allows (src/rules/profile.ts makes sure one of each size is left).
 */
export const ProfiledCatalogueSchema = CatalogueShape.check(catalogueRules(1));
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** Reports each figure, anywhere in `value`, whose source is not one of `sources`. */
export function reportUnknownSources(
  report: Report,
  value: unknown,
  path: PropertyKey[],
  sources: Record<string, unknown>,
) {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.source === 'string' && typeof record.date === 'string' && 'value' in record) {
    if (!Object.hasOwn(sources, record.source))
      report([...path, 'source'], `Unknown source "${record.source}"`);
    return;
  }
  for (const [key, inner] of Object.entries(record))
    reportUnknownSources(report, inner, [...path, key], sources);
}
