import type { Architecture, Catalogue, GpuSpec } from '../rules/catalogue-schema';
import type { Precision } from '../rules/traffic';

export type Sizing = Catalogue['estimate']['sizing'];
type Assumptions = { [K in keyof Sizing]: Sizing[K] extends { value: infer V } ? V : Sizing[K] };

/** The sizing assumptions as plain numbers. */
export const sizingValues = (sizing: Sizing): Assumptions =>
  Object.fromEntries(
    Object.entries(sizing).map(([key, value]) => [key, typeof value === 'object' ? value.value : value]),
  ) as Assumptions;

/** Whether the model fits: comfortably, tightly, only across several GPUs, or not on the largest replica. */
export type FitBand = 'comfortable' | 'tight' | 'split' | 'none';

export interface Tokens {
  input: number;
  /** Every token the model writes, reasoning included: each costs a decode step. */
  output: number;
}

/** One replica of the model (one GPU, or several sharing it) serving requests of one shape. */
export interface ReplicaPlan {
  gpus: number;
  weightsGB: number;
  kvGBPerRequest: number;
  usableGB: number;
  /** Requests decoded together: as many as memory holds and the reading speed allows. */
  batch: number;
  decodeStepS: number;
  prefillS: number;
  requestsPerS: number;
  ttftS: number;
  totalS: number;
}

/**
 * What each serving precision means for the weights and the arithmetic: 4-bit formats keep a scale for each
 * block of 32 weights (MXFP4) or group of 128 (AWQ, GPTQ), about 4.25 bits a weight, and compute in 16-bit;
 * 8-bit weights use the GPU's FP8 throughput where it has one.
 */
const PRECISION_BITS: Record<Precision, Pick<Architecture, 'weightBits' | 'computeBits'>> = {
  bf16: { weightBits: 16, computeBits: 16 },
  fp8: { weightBits: 8, computeBits: 8 },
  int4: { weightBits: 4.25, computeBits: 16 },
};

/** The model as served at the chosen precision; without a choice, as the catalogue sizes it. */
export const servedAt = (arch: Architecture, precision: Precision | null): Architecture =>
  precision ? { ...arch, ...PRECISION_BITS[precision] } : arch;

export const REPLICA_SIZES = [1, 2, 4, 8] as const;
const GB = 1e9;

/** The KV cache one token holds: keys and values for each full-attention layer's KV heads. */
export const kvBytesPerToken = (arch: Architecture, kvBits: number) =>
  2 * arch.kvLayers * arch.kvHeads * arch.headDim * (kvBits / 8);

/** The KV cache one request holds at its end: its prompt and everything it writes. */
export const requestKvGB = (arch: Architecture, kvBits: number, tokens: Tokens) =>
  (kvBytesPerToken(arch, kvBits) * (tokens.input + tokens.output)) / GB;

/** Weights at their served precision: every parameter, active or not. */
export const weightsGB = (arch: Architecture) => (arch.totalB * arch.weightBits) / 8;

/**
 * How one replica of `gpus` GPUs serves requests of this shape, or null when the model and one request's KV
 * cache do not fit. Decode is bound by memory bandwidth: each step reads the active weights once and every
 * batched request's KV cache. Prefill is bound by compute: about 2 × active parameters FLOPs per prompt token.
 */
export function planReplica(
  arch: Architecture,
  spec: GpuSpec,
  sizing: Sizing,
  tokens: Tokens,
  gpus: number,
  /** The most requests that are in flight together, where traffic keeps the batch smaller than memory allows. */
  inFlight = Infinity,
): ReplicaPlan | null {
  const a = sizingValues(sizing);
  const weights = weightsGB(arch);
  const kvPerToken = kvBytesPerToken(arch, a.kvBits);
  const kvGBPerRequest = requestKvGB(arch, a.kvBits, tokens);
  const usableGB = gpus * spec.memoryGB * a.memoryUtilisation;
  const room = usableGB - weights;
  if (room < kvGBPerRequest) return null;

  const bandwidth = gpus * spec.bandwidthTBs * 1e12 * a.bandwidthEfficiency;
  const activeBytes = (arch.activeB * GB * arch.weightBits) / 8;
  // On average a request in the batch is half-way through its answer.
  const kvPerRequestRead = kvPerToken * (tokens.input + tokens.output / 2);
  const step = (batch: number) => (activeBytes + batch * kvPerRequestRead) / bandwidth;
  const byMemory = Math.floor(room / kvGBPerRequest);
  const byReading = Math.floor((a.interTokenS * bandwidth - activeBytes) / kvPerRequestRead);
  const batch = Math.max(1, Math.min(byMemory, byReading, Math.ceil(inFlight)));

  const tflops = arch.computeBits === 8 && spec.tflops8 ? spec.tflops8 : spec.tflops16;
  const flops = gpus * tflops * 1e12 * a.computeEfficiency;
  const prefillS = (2 * arch.activeB * GB * tokens.input) / flops;
  const decodeStepS = step(batch);
  // Prefill takes the replica whole; decode shares each step among the batch.
  const gpuSecondsPerRequest = prefillS + (tokens.output * decodeStepS) / batch;
  const ttftS = prefillS + decodeStepS;
  return {
    gpus,
    weightsGB: weights,
    kvGBPerRequest,
    usableGB,
    batch,
    decodeStepS,
    prefillS,
    requestsPerS: 1 / gpuSecondsPerRequest,
    ttftS,
    totalS: ttftS + tokens.output * decodeStepS,
  };
}

/** What one request needs in GPU memory, the weights and its KV cache, against one GPU's usable memory. */
export interface MemoryFit {
  weightsGB: number;
  kvGB: number;
  usableGB: number;
  memoryGB: number;
  band: FitBand;
}

/** How the weights and one request's KV cache sit in one GPU's usable memory. */
export function memoryFit(arch: Architecture, spec: GpuSpec, sizing: Sizing, tokens: Tokens): MemoryFit {
  const a = sizingValues(sizing);
  const need = {
    weightsGB: weightsGB(arch),
    kvGB: requestKvGB(arch, a.kvBits, tokens),
  };
  const usableGB = spec.memoryGB * a.memoryUtilisation;
  const needGB = need.weightsGB + need.kvGB;
  const band = headroom(needGB, usableGB) ?? (needGB <= usableGB * REPLICA_SIZES.at(-1)! ? 'split' : 'none');
  return { ...need, usableGB, memoryGB: spec.memoryGB, band };
}

/**
 * How a need sits in the memory it may use: comfortably with 15% to spare (for longer prompts and the
 * runtime's own buffers), tightly up to the last byte, or null when it does not fit.
 */
export const headroom = (needGB: number, usableGB: number): 'comfortable' | 'tight' | null =>
  needGB <= usableGB * 0.85 ? 'comfortable' : needGB <= usableGB ? 'tight' : null;

export interface GpuPlan {
  /** One replica at full batch: what sets its capacity. */
  replica: ReplicaPlan;
  /** One replica at the peak's own batch: what a person waits at the busiest hour. */
  atPeak: ReplicaPlan;
  replicas: number;
  /** GPUs to run at the peak. */
  count: number;
  /** Average load over the day. */
  utilisation: number;
  peakRequestsPerS: number;
}

/**
 * The GPUs that serve a day's requests at their peak within the target load: whole replicas of the size that
 * needs the fewest GPUs (so more traffic, longer requests or a higher peak never need fewer). Null when the
 * model does not fit even on the largest replica.
 */
export function planGpus(
  arch: Architecture,
  spec: GpuSpec,
  sizing: Sizing,
  tokens: Tokens,
  load: { requestsPerDay: number; peakFactor: number; targetLoad: number },
): GpuPlan | null {
  const averageRps = load.requestsPerDay / 86_400;
  const peakRequestsPerS = averageRps * load.peakFactor;
  let best: GpuPlan | null = null;
  for (const gpus of REPLICA_SIZES) {
    const replica = planReplica(arch, spec, sizing, tokens, gpus);
    if (!replica) continue;
    const replicas = Math.max(1, Math.ceil(peakRequestsPerS / (replica.requestsPerS * load.targetLoad)));
    const count = replicas * gpus;
    if (!best || count < best.count) {
      const utilisation = averageRps / (replicas * replica.requestsPerS);
      best = { replica, atPeak: replica, replicas, count, utilisation, peakRequestsPerS };
    }
  }
  if (!best) return null;
  // Requests in flight at the peak (Little's law: arrivals a second × seconds each), found in a few rounds
  // from one request alone: the wait follows the batch, and the batch follows the wait.
  const arrivals = peakRequestsPerS / best.replicas;
  let atPeak = planReplica(arch, spec, sizing, tokens, best.replica.gpus, 1)!;
  for (let round = 0; round < 4; round++)
    atPeak = planReplica(arch, spec, sizing, tokens, best.replica.gpus, arrivals * atPeak.totalS)!;
  return { ...best, atPeak };
}
