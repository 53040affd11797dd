import type { Catalogue, PathId } from '../rules/catalogue-schema';
import { estimatePath, type Estimate } from './estimate';

/** Requests a day the chart spans: a hundred to a hundred million, in half-decade steps. */
export const CURVE_TRAFFIC = Array.from({ length: 13 }, (_, i) => Math.round(10 ** (2 + i / 2)));

export interface CostLine {
  id: PathId;
  label: string;
  /** Monthly cost at each traffic of CURVE_TRAFFIC; null where the model does not fit, so it is not priced. */
  monthly: (number | null)[];
}

export interface CostMark {
  label: string;
  requestsPerDay: number;
}

export interface CostCurve {
  traffic: readonly number[];
  lines: CostLine[];
  /** Where one way of running it starts to cost less than another, from the estimate. */
  breakEvens: CostMark[];
  /** The person's own traffic. */
  yours: number;
}

/**
 * Monthly cost against traffic for each way of running the verdict, with everything else as the person set
 * it: every path re-estimated at each traffic, so GPU counts step up where the traffic needs another one.
 */
export function costCurve(catalogue: Catalogue, estimate: Estimate): CostCurve {
  const { inputs } = estimate;
  const lines = estimate.paths.map((path) => ({
    id: path.id,
    label: path.label,
    monthly: CURVE_TRAFFIC.map((requestsPerDay) => {
      const at = estimatePath(catalogue, path.id, { ...inputs, requestsPerDay }, 1, false);
      return at.gpus?.count === 0 ? null : at.monthly;
    }),
  }));
  const name = (id: PathId) => estimate.paths.find((p) => p.id === id)!.model.name;
  const breakEvens: CostMark[] = [
    ...(['small', 'large'] as const).flatMap((size) => {
      const at = estimate.breakEven[size];
      return at === null
        ? []
        : [
            {
              label: `${name(`self-hosted-${size}`)} on one GPU = ${name(`hosted-${size}`)}`,
              requestsPerDay: at,
            },
          ];
    }),
    ...estimate.sameModel.flatMap(({ model, breakEven }) =>
      breakEven === null ? [] : [{ label: `${model.name}: own GPUs = hosted`, requestsPerDay: breakEven }],
    ),
  ];
  return { traffic: CURVE_TRAFFIC, lines, breakEvens, yours: inputs.requestsPerDay };
}
