import type { Catalogue, Gpu, Model, PathId, Price } from '../rules/catalogue-schema';
import type { DeviceClass, GpuType, Precision } from '../rules/traffic';
import type { Verdict } from '../rules/schema';
import type { CompleteAnswers } from './types';
import { memoryFit, planGpus, servedAt, type MemoryFit, type ReplicaPlan, type Tokens } from './sizing';
import {
  afterReasoning,
  answerTime,
  deviceTimes,
  slowest,
  type AnswerTime,
  type DeviceTime,
} from './answer-time';
import { devicePlaces } from './device-fit';

export interface EstimateInputs {
  requestsPerDay: number;
  inputTokens: number;
  outputTokens: number;
  /** 0…1: the share of a hybrid's traffic that goes to the large model. */
  escalationShare: number;
  /** Reasoning tokens a request spends before its answer, on the models that reason. */
  reasoningTokens: number;
  /** 0…1: the share of users whose devices can run the on-device model; the rest use a server path. */
  deviceCoverage: number;
  /** The class of end users' devices an on-device model is for; null: phones and laptops. */
  devices: DeviceClass | null;
  /** 0…1: the share of input tokens read from a prompt cache, for the caching lever. */
  cachedShare: number;
  /** The GPU every self-hosted path runs on; null: each path's own (the catalogue's). */
  gpu: GpuType | null;
  /** The precision self-hosted paths serve their weights in; null: each model's own (the catalogue's). */
  precision: Precision | null;
  /** Rent per GPU-hour the person set; null: the GPU's catalogued rent. */
  gpuHourly: number | null;
  /** Whether the GPUs are bought and run for years rather than rented (the default where data stays local). */
  owned: boolean;
  /** Purchase price per GPU the person set; null: the GPU's catalogued street price. */
  purchase: number | null;
  lifeYears: number;
  /** US dollars per kWh of electricity. */
  kwhPrice: number;
  /** The busiest hour's traffic against the day's average, for sizing GPUs. */
  peakFactor: number;
  /** 0…1: the load GPUs may reach at the peak. */
  targetLoad: number;
  /** Prices per million tokens the person set in place of the catalogue's: only a hosted path has them. */
  prices: Partial<Record<PathId, { input?: number; output?: number }>>;
}

/**
 * The ways to run the verdict that the answers allow, small and large, in order of preference, without the
 * hosted ones an organisation does not use (a self-hosted way is always left).
 */
export function pathsFor(
  answers: CompleteAnswers,
  verdict: Verdict,
  unused: readonly PathId[] = [],
): { small: PathId[]; large: PathId[] } {
  const onDevice = answers.run === 'device' || answers.run === 'either';
  const onServers = answers.run !== 'device';
  const thirdParty = answers.privacy !== 'local';
  const small: PathId[] = [];
  const large: PathId[] = [];
  if (verdict !== 'llm') {
    if (onDevice) small.push('device');
    if (onServers && thirdParty) small.push('hosted-small');
    if (onServers) small.push('self-hosted-small');
  }
  // On end users' devices (never an llm verdict) the large model is a hybrid's online part, on a server.
  if (verdict !== 'slm') {
    if (thirdParty) large.push('hosted-large');
    large.push('self-hosted-large');
  }
  const used = (id: PathId) => !unused.includes(id);
  return { small: small.filter(used), large: large.filter(used) };
}

export interface PathEstimate {
  id: PathId;
  label: string;
  model: Model;
  /** The share of all requests this path takes: 1, or a hybrid's routine or escalated share. */
  share: number;
  monthly: number;
  /** Cost per 1,000 requests it serves; null when it serves none. */
  per1k: number | null;
  /**
   * GPUs to run at the peak, their average load over the day, how the model fits one GPU, and one replica's
   * arithmetic; a count of 0 when the model does not fit even on the largest replica.
   */
  gpus: {
    type: GpuType;
    gpu: Gpu;
    /** What one GPU costs a month, and whether that is rent or purchase and power (see gpuMonthly). */
    each: GpuMonthly;
    count: number;
    utilisation: number;
    /** How the weights and one request's KV cache sit in one GPU's memory, with the arithmetic. */
    memory: MemoryFit;
    replica: ReplicaPlan | null;
  } | null;
  ttftS: number | null;
  totalS: number | null;
  /**
   * On end users' devices: the request on each device of their class the model was measured on. The path is
   * timed on the slowest of them.
   */
  devices: DeviceTime[];
  /** Monthly cost with batch processing (when answers may wait) or with prompt caching, where offered. */
  levers: { batch: number | null; caching: number | null };
  otherCosts: string;
}

/** Traffic split over more than one way of running it, each part with its share; timing is the first's. */
export interface Split {
  parts: PathEstimate[];
  monthly: number;
  per1k: number;
}

export interface Estimate {
  inputs: EstimateInputs;
  paths: PathEstimate[];
  /** A hybrid: routine requests on the small path (on a device only where it can run it), the rest escalated. */
  hybrid: Split | null;
  /**
   * Outside a hybrid, the on-device path as users really get it: on the devices that can run the model, and
   * on the first server path for the rest (null offline, where there is no server).
   */
  device: (Split & { coverage: number }) | null;
  /** Requests a day at which one always-on GPU costs what the hosted tier does. */
  breakEven: { small: number | null; large: number | null };
  /**
   * Self-hosted paths whose own model is also sold hosted: the requests a day from which running it yourself
   * costs less than buying the same model hosted (null when it never does below a billion a day). Only where
   * the data may reach a third party.
   */
  sameModel: { path: PathId; model: Model; breakEven: number | null }[];
}

const daysPerMonth = (catalogue: Catalogue) => catalogue.estimate.hoursPerMonth.value / 24;

/** US dollars one request costs at a per-million-token price, with a share of its input cached. */
export function apiCostPerRequest(price: Price, inputs: EstimateInputs, cachedShare = 0): number {
  const cached = inputs.inputTokens * cachedShare;
  const fresh = inputs.inputTokens - cached;
  return (
    (fresh * price.input + cached * (price.cachedInput ?? price.input) + inputs.outputTokens * price.output) /
    1e6
  );
}

/** A hosted path's price, with any input or output price the person set in place of the catalogue's. */
export function priceOf(price: Price, path: PathId, inputs: EstimateInputs): Price {
  const own = inputs.prices[path];
  return { ...price, input: own?.input ?? price.input, output: own?.output ?? price.output };
}

export interface GpuMonthly {
  monthly: number;
  /** Bought: the purchase spread over the GPU's life, plus the power it and its server draw. */
  owned: { purchase: number; power: number } | null;
}

/**
 * What one always-on GPU costs a month: its rent, or, when bought (and a purchase price is known), its price
 * spread evenly over its life plus electricity for it and the server and cooling around it.
 */
export function gpuMonthly(catalogue: Catalogue, gpu: Gpu, inputs: EstimateInputs): GpuMonthly {
  const hours = catalogue.estimate.hoursPerMonth.value;
  const price = inputs.purchase ?? gpu.purchase?.value;
  if (!inputs.owned || price === undefined) {
    return { monthly: (inputs.gpuHourly ?? gpu.hourly.value) * hours, owned: null };
  }
  const { powerOverhead } = catalogue.estimate.owned;
  const purchase = price / (inputs.lifeYears * 12);
  const power = ((gpu.powerW.value * powerOverhead) / 1000) * hours * inputs.kwhPrice;
  return { monthly: purchase + power, owned: { purchase, power } };
}

/** The GPU a self-hosted path runs on: the person's choice, else the path's own. */
export const gpuTypeOf = (catalogue: Catalogue, id: PathId, inputs: EstimateInputs): GpuType | null => {
  const own = catalogue.estimate.paths[id].gpu;
  return own ? (inputs.gpu ?? own) : null;
};

/** A request's shape as sizing counts it. */
const tokensOf = (inputs: EstimateInputs): Tokens => ({
  input: inputs.inputTokens,
  output: inputs.outputTokens,
});

/** GPUs for a self-hosted path at this traffic and request shape, sized from the model and the GPU. */
function gpuCost(
  catalogue: Catalogue,
  type: GpuType,
  model: Model,
  inputs: EstimateInputs,
  requestsPerDay: number,
) {
  const gpu = catalogue.gpus[type];
  const arch = servedAt(model.architecture!.value, inputs.precision);
  const tokens = tokensOf(inputs);
  const { sizing } = catalogue.estimate;
  const plan = planGpus(arch, gpu.spec.value, sizing, tokens, {
    requestsPerDay,
    peakFactor: inputs.peakFactor,
    targetLoad: inputs.targetLoad,
  });
  const memory = memoryFit(arch, gpu.spec.value, sizing, tokens);
  const each = gpuMonthly(catalogue, gpu, inputs);
  const gpus = { type, gpu, each, memory };
  if (!plan) return { monthly: 0, gpus: { ...gpus, count: 0, utilisation: 0, replica: null }, timing: null };
  return {
    monthly: plan.count * each.monthly,
    gpus: { ...gpus, count: plan.count, utilisation: plan.utilisation, replica: plan.replica },
    timing: { ttftS: plan.atPeak.ttftS, totalS: plan.atPeak.totalS },
  };
}

/** A model that reasons writes its reasoning first: billed, served and waited for as output. */
export const withReasoning = (model: Model, inputs: EstimateInputs): EstimateInputs =>
  model.reasoning ? { ...inputs, outputTokens: inputs.outputTokens + inputs.reasoningTokens } : inputs;

/** The tokens one request puts through a model, and holds in its KV cache: the prompt and all it writes. */
export const requestTokens = (model: Model, inputs: EstimateInputs): Tokens =>
  tokensOf(withReasoning(model, inputs));

/** One path's monthly cost, cost per 1,000 requests and timing, for a share of the traffic. */
export function estimatePath(
  catalogue: Catalogue,
  id: PathId,
  asked: EstimateInputs,
  share: number,
  mayWait: boolean,
): PathEstimate {
  const path = catalogue.estimate.paths[id];
  const model = catalogue.models.find((m) => m.id === path.model)!;
  const inputs = withReasoning(model, asked);
  const thinking = inputs.outputTokens - asked.outputTokens;
  const requests = inputs.requestsPerDay * share * daysPerMonth(catalogue);
  let monthly = 0;
  let gpus: PathEstimate['gpus'] = null;
  let sized: { ttftS: number; totalS: number } | null = null;
  let levers: PathEstimate['levers'] = { batch: null, caching: null };
  const type = gpuTypeOf(catalogue, id, inputs);
  if (type) {
    ({
      monthly,
      gpus,
      timing: sized,
    } = gpuCost(catalogue, type, model, inputs, inputs.requestsPerDay * share));
  } else if (model.price) {
    const price = priceOf(model.price.value, id, inputs);
    monthly = apiCostPerRequest(price, inputs) * requests;
    levers = {
      batch: mayWait ? monthly * (1 - catalogue.estimate.batchDiscount.value) : null,
      caching:
        price.cachedInput !== undefined && inputs.cachedShare > 0
          ? apiCostPerRequest(price, inputs, inputs.cachedShare) * requests
          : null,
    };
  }
  const tokens = tokensOf(inputs);
  const devices = id === 'device' ? deviceTimes(model, devicePlaces(inputs.devices), tokens, thinking) : [];
  // On devices, the slowest measured; a GPU path as sized at its peak; else the model's or the path's speed.
  const time: AnswerTime | null =
    id === 'device'
      ? slowest(devices)
      : type
        ? sized && afterReasoning(sized, thinking, tokens)
        : answerTime(path.speed?.value ?? model.speed?.value, tokens, thinking);
  const { ttftS, totalS } = time ?? { ttftS: null, totalS: null };
  return {
    id,
    label: path.label,
    model,
    share,
    monthly,
    // A model that does not fit is never priced: it has no cost per request.
    per1k: requests > 0 && gpus?.count !== 0 ? (monthly / requests) * 1000 : null,
    gpus,
    ttftS,
    totalS,
    devices,
    levers,
    otherCosts: path.otherCosts,
  };
}

/** Requests a day at which one always-on GPU of the self-hosted path costs the same as the hosted path. */
export function breakEvenRequestsPerDay(
  catalogue: Catalogue,
  hosted: PathId,
  self: PathId,
  inputs: EstimateInputs,
): number {
  const model = catalogue.models.find((m) => m.id === catalogue.estimate.paths[hosted].model)!;
  const gpu = catalogue.gpus[gpuTypeOf(catalogue, self, inputs)!];
  const perRequest = apiCostPerRequest(
    priceOf(model.price!.value, hosted, inputs),
    withReasoning(model, inputs),
  );
  return gpuMonthly(catalogue, gpu, inputs).monthly / (perRequest * daysPerMonth(catalogue));
}

const MAX_REQUESTS_PER_DAY = 1e9;

/**
 * Requests a day from which a self-hosted path costs no more than the same model hosted, both estimated in
 * full (GPUs sized for the traffic), found by halving on a log scale to within 1%; null when hosting it
 * yourself costs more even at a billion requests a day.
 */
export function sameModelBreakEven(
  catalogue: Catalogue,
  path: PathId,
  inputs: EstimateInputs,
): number | null {
  const model = catalogue.models.find((m) => m.id === catalogue.estimate.paths[path].model)!;
  const perRequest = apiCostPerRequest(model.price!.value, withReasoning(model, inputs));
  const cheaper = (requestsPerDay: number) =>
    estimatePath(catalogue, path, { ...inputs, requestsPerDay }, 1, false).monthly <=
    perRequest * requestsPerDay * daysPerMonth(catalogue);
  if (!cheaper(MAX_REQUESTS_PER_DAY)) return null;
  let [low, high] = [1, MAX_REQUESTS_PER_DAY];
  while (high / low > 1.01) {
    const middle = Math.sqrt(low * high);
    if (cheaper(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * What each way of running the verdict costs a month and how fast it answers, at the person's traffic;
 * for a hybrid, the routine and escalated shares on their first-choice paths; and the break-even volume.
 */
export function estimate(
  catalogue: Catalogue,
  answers: CompleteAnswers,
  verdict: Verdict,
  inputs: EstimateInputs,
): Estimate {
  const { small, large } = pathsFor(answers, verdict, catalogue.estimate.unusedPaths);
  const mayWait = answers.speed === 'relaxed';
  const paths = [...small, ...large].map((id) => estimatePath(catalogue, id, inputs, 1, mayWait));
  const requests = inputs.requestsPerDay * daysPerMonth(catalogue);
  // Each path estimated once with all the traffic it takes, so a GPU path is never paid for twice.
  const split = (shares: [PathId, number][]): Split => {
    const merged = new Map<PathId, number>();
    for (const [id, share] of shares) if (share > 0) merged.set(id, (merged.get(id) ?? 0) + share);
    const parts = [...merged].map(([id, share]) => estimatePath(catalogue, id, inputs, share, mayWait));
    const monthly = parts.reduce((sum, part) => sum + part.monthly, 0);
    return { parts, monthly, per1k: (monthly / requests) * 1000 };
  };
  // Devices that cannot run the model are served by the first server path the answers allow.
  const fallback = [...small, ...large].find((id) => id !== 'device');
  const onDevices = (share: number): [PathId, number][] =>
    fallback
      ? [
          ['device', share * inputs.deviceCoverage],
          [fallback, share * (1 - inputs.deviceCoverage)],
        ]
      : [['device', share]];
  const routine = (share: number): [PathId, number][] =>
    small[0] === 'device' ? onDevices(share) : [[small[0]!, share]];
  // Only a hybrid's verdict allows both a small and a large path (pathsFor).
  const hybrid =
    small[0] && large[0]
      ? split([...routine(1 - inputs.escalationShare), [large[0], inputs.escalationShare]])
      : null;
  const device =
    !hybrid && small[0] === 'device' && fallback
      ? { ...split(onDevices(1)), coverage: inputs.deviceCoverage }
      : null;
  const both = (hosted: PathId, self: PathId) =>
    [...small, ...large].includes(hosted) && [...small, ...large].includes(self);
  const sameModel = paths
    .filter((p) => p.gpus && p.model.price && answers.privacy !== 'local')
    .map((p) => ({ path: p.id, model: p.model, breakEven: sameModelBreakEven(catalogue, p.id, inputs) }));
  return {
    inputs,
    paths,
    hybrid,
    device,
    sameModel,
    breakEven: {
      small: both('hosted-small', 'self-hosted-small')
        ? breakEvenRequestsPerDay(catalogue, 'hosted-small', 'self-hosted-small', inputs)
        : null,
      large: both('hosted-large', 'self-hosted-large')
        ? breakEvenRequestsPerDay(catalogue, 'hosted-large', 'self-hosted-large', inputs)
        : null,
    },
  };
}
