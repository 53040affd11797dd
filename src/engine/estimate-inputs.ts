import type { Catalogue, Gpu, PathId } from '../rules/catalogue-schema';
import { NUMERIC_KEYS, type NumericKey, type Traffic } from '../rules/traffic';
import type { Estimate, EstimateInputs } from './estimate';
import type { CompleteAnswers } from './types';

interface InputField {
  /** Sets a link value (as the link writes it) into the estimate's inputs. */
  write(inputs: EstimateInputs, value: number): EstimateInputs;
  /**
   * An input's figure as a link writes it; undefined where the estimate's answers do not use the field (its
   * paths and hybrid say which).
   */
  read(inputs: EstimateInputs, estimate: Estimate): number | undefined;
}

const percent = (input: 'escalationShare' | 'deviceCoverage' | 'cachedShare' | 'targetLoad'): InputField => ({
  write: (inputs, value) => ({ ...inputs, [input]: value / 100 }),
  read: (inputs) => Math.round(inputs[input] * 100),
});

const plain = (
  input:
    | 'requestsPerDay'
    | 'inputTokens'
    | 'outputTokens'
    | 'reasoningTokens'
    | 'peakFactor'
    | 'lifeYears'
    | 'kwhPrice',
): InputField => ({
  write: (inputs, value) => ({ ...inputs, [input]: value }),
  read: (inputs) => inputs[input],
});

/** A GPU's price the person may set in place of the catalogue's: its rent, or its purchase price. */
const gpuPrice = (
  input: 'gpuHourly' | 'purchase',
  catalogued: (gpu: Gpu) => number | undefined,
): InputField => ({
  write: (inputs, value) => ({ ...inputs, [input]: value }),
  read: (inputs, estimate) => {
    const gpu = estimate.paths.find((p) => p.gpus)?.gpus?.gpu;
    return inputs[input] ?? (gpu && catalogued(gpu));
  },
});

/** A hosted path's price: the person's own, else the catalogue's; only where the answers offer that path. */
const price = (path: PathId, side: 'input' | 'output'): InputField => ({
  write: (inputs, value) => ({
    ...inputs,
    prices: { ...inputs.prices, [path]: { ...inputs.prices[path], [side]: value } },
  }),
  read: (inputs, estimate) => {
    // Stryker disable next-line OptionalChaining: a hosted path's model always has a price (the catalogue's schema)
    const catalogued = estimate.paths.find((p) => p.id === path)?.model.price?.value;
    return catalogued && (inputs.prices[path]?.[side] ?? catalogued[side]);
  },
});

const onlyWhere = (used: (estimate: Estimate) => boolean, field: InputField): InputField => ({
  ...field,
  read: (inputs, estimate) => (used(estimate) ? field.read(inputs, estimate) : undefined),
});

const usesGpus = (estimate: Estimate) => estimate.paths.some((p) => p.gpus);
const ownsGpus = (estimate: Estimate) => estimate.paths.some((p) => p.gpus?.each.owned);
const rentsGpus = (estimate: Estimate) => estimate.paths.some((p) => p.gpus && !p.gpus.each.owned);

/** Each share-link key of the estimate beside the input it sets, both ways, so the two never drift apart. */
export const ESTIMATE_FIELDS: Record<NumericKey, InputField> = {
  rpd: plain('requestsPerDay'),
  tin: plain('inputTokens'),
  tout: plain('outputTokens'),
  think: onlyWhere((estimate) => estimate.paths.some((p) => p.model.reasoning), plain('reasoningTokens')),
  esc: onlyWhere((estimate) => estimate.hybrid !== null, percent('escalationShare')),
  cover: onlyWhere((estimate) => estimate.paths.some((p) => p.id === 'device'), percent('deviceCoverage')),
  cache: percent('cachedShare'),
  gpu: onlyWhere(
    rentsGpus,
    gpuPrice('gpuHourly', (gpu) => gpu.hourly.value),
  ),
  buy: onlyWhere(
    ownsGpus,
    gpuPrice('purchase', (gpu) => gpu.purchase?.value),
  ),
  life: onlyWhere(ownsGpus, plain('lifeYears')),
  kwh: onlyWhere(ownsGpus, plain('kwhPrice')),
  peak: onlyWhere(usesGpus, plain('peakFactor')),
  load: onlyWhere(usesGpus, percent('targetLoad')),
  sin: price('hosted-small', 'input'),
  sout: price('hosted-small', 'output'),
  lin: price('hosted-large', 'input'),
  lout: price('hosted-large', 'output'),
};

/** The catalogue's defaults for this task, overlaid with what the person set. */
export function inputsFor(catalogue: Catalogue, answers: CompleteAnswers, traffic: Traffic): EstimateInputs {
  const { estimate } = catalogue;
  const tokens = estimate.tokens[answers.task as keyof typeof estimate.tokens];
  const defaults: EstimateInputs = {
    requestsPerDay: estimate.requestsPerDay,
    inputTokens: tokens.input,
    outputTokens: tokens.output,
    // Unknown until measured: how much a model reasons depends on its effort setting and the request.
    reasoningTokens: 0,
    escalationShare: estimate.escalationShare.value,
    deviceCoverage: estimate.deviceCoverage,
    devices: traffic.dev ?? null,
    cachedShare: estimate.cachedShare,
    gpu: traffic.hw ?? null,
    precision: traffic.prec ?? null,
    gpuHourly: null,
    // Data that must stay local runs on hardware you control: bought, not rented from a third party.
    owned: traffic.pay ? traffic.pay === 'own' : answers.privacy === 'local',
    purchase: null,
    lifeYears: estimate.owned.lifeYears,
    kwhPrice: estimate.owned.kwhPrice,
    peakFactor: estimate.sizing.peakFactor,
    targetLoad: estimate.sizing.targetLoad,
    prices: {},
  };
  return NUMERIC_KEYS.reduce((inputs, key) => {
    const value = traffic[key];
    return value === undefined ? inputs : ESTIMATE_FIELDS[key].write(inputs, value);
  }, defaults);
}

/** Inputs as link values, for the fields the estimate's answers use. */
export const fieldValues = (inputs: EstimateInputs, estimate: Estimate): Traffic =>
  Object.fromEntries(
    NUMERIC_KEYS.flatMap((key) => {
      const value = ESTIMATE_FIELDS[key].read(inputs, estimate);
      return value === undefined ? [] : [[key, value]];
    }),
  );
