import type { Catalogue, PathId } from '../rules/catalogue-schema';
import { estimatePath, type Estimate, type EstimateInputs, type PathEstimate } from './estimate';
import { slowest, type DeviceTime } from './answer-time';
import type { CompleteAnswers } from './types';

export interface SpeedTarget {
  firstS: number;
  wholeS: number | null;
}

/** What would bring a path within the target, each checked by the same estimate. */
export type Remedy =
  | { kind: 'shorter-output'; outputTokens: number; totalS: number }
  | { kind: 'more-gpus'; targetLoad: number; totalS: number }
  /** On end users' devices: the slowest measured device that meets the target, as the bar for the rest. */
  | { kind: 'faster-devices'; device: DeviceTime }
  | { kind: 'less-reasoning'; effort: string; totalS: number }
  | { kind: 'other-path'; path: PathId; label: string; ttftS: number; totalS: number | null };

export interface SpeedMiss {
  path: PathId;
  first: boolean;
  whole: boolean;
  remedies: Remedy[];
}

export const meets = (path: Pick<PathEstimate, 'ttftS' | 'totalS'>, target: SpeedTarget) =>
  path.ttftS !== null &&
  path.ttftS <= target.firstS &&
  (target.wholeS === null || (path.totalS !== null && path.totalS <= target.wholeS));

/** The speed answer's target, or null when slower answers are fine. */
export const speedTargetFor = (catalogue: Catalogue, answers: CompleteAnswers): SpeedTarget | null =>
  answers.speed === 'relaxed'
    ? null
    : catalogue.estimate.speedTargets[answers.speed as 'instant' | 'moderate'];

/** The most output tokens a path can write within the target, or null when even one is too many. */
function longestOutput(
  catalogue: Catalogue,
  path: PathEstimate,
  inputs: EstimateInputs,
  target: SpeedTarget,
): { outputTokens: number; totalS: number } | null {
  const at = (outputTokens: number) =>
    estimatePath(catalogue, path.id, { ...inputs, outputTokens }, path.share, false);
  let [low, high] = [0, inputs.outputTokens - 1];
  // Whole-answer time grows with the output, so the longest that fits is found by halving.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (meets(at(middle), target)) low = middle;
    else high = middle - 1;
  }
  return low > 0 ? { outputTokens: low, totalS: at(low).totalS! } : null;
}

/**
 * The ways of running it that miss the speed the answers ask for, each with what would meet it: shorter
 * answers, less reasoning, more GPUs (a smaller batch at the peak), or another way of running a model of the
 * same size that meets the target as it is, each the estimate run again with that one change; and on end
 * users' devices, the slowest measured device that meets it, as the bar the others must clear.
 */
export function speedMisses(catalogue: Catalogue, answers: CompleteAnswers, estimate: Estimate): SpeedMiss[] {
  const target = speedTargetFor(catalogue, answers);
  if (!target) return [];
  const { inputs } = estimate;
  const meeting = estimate.paths.filter((p) => meets(p, target));
  return estimate.paths
    .filter((path) => path.ttftS !== null && !meets(path, target))
    .map((path) => {
      const remedies: Remedy[] = [];
      if (path.ttftS! <= target.firstS) {
        const shorter = longestOutput(catalogue, path, inputs, target);
        if (shorter) remedies.push({ kind: 'shorter-output', ...shorter });
      }
      const reasoning = path.model.reasoning?.value;
      if (reasoning && inputs.reasoningTokens > 0) {
        const brief = estimatePath(catalogue, path.id, { ...inputs, reasoningTokens: 0 }, path.share, false);
        if (meets(brief, target) && brief.totalS !== null)
          remedies.push({ kind: 'less-reasoning', effort: reasoning.efforts[0]!, totalS: brief.totalS });
      }
      const fastEnough = slowest(path.devices.filter((device) => meets(device, target)));
      if (fastEnough) remedies.push({ kind: 'faster-devices', device: fastEnough });
      if (path.gpus) {
        const spread = estimatePath(catalogue, path.id, { ...inputs, targetLoad: 0.3 }, path.share, false);
        if (meets(spread, target) && spread.totalS !== null)
          remedies.push({ kind: 'more-gpus', targetLoad: 0.3, totalS: spread.totalS });
      }
      // Another way of running a model of the same size: a large model is no remedy for the routine path.
      for (const other of meeting.filter((p) => p.model.size === path.model.size))
        remedies.push({
          kind: 'other-path',
          path: other.id,
          label: other.label,
          ttftS: other.ttftS!,
          totalS: other.totalS,
        });
      return {
        path: path.id,
        first: path.ttftS! > target.firstS,
        whole: target.wholeS !== null && (path.totalS === null || path.totalS > target.wholeS),
        remedies,
      };
    });
}
