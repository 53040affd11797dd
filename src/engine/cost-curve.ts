import type { Catalogue, PathId } from '../rules/catalogue-schema';
import { estimatePath, type Estimate, type Split } from './estimate';

/** Requests a day the chart spans: a hundred to a hundred million, in half-decade steps. */
export const CURVE_TRAFFIC = Array.from({ length: 13 }, (_, i) => Math.round(10 ** (2 + i / 2)));

export interface CostLine {
  /** A way of running it, or the traffic split the estimate makes: a hybrid, or devices with a fallback. */
  id: PathId | 'hybrid' | 'devices-with-fallback';
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
  /** A path's monthly cost for its share of a day's requests, or null where its model does not fit. */
  const monthlyAt = (id: PathId, share: number, requestsPerDay: number) => {
    const at = estimatePath(catalogue, id, { ...inputs, requestsPerDay }, share, false);
    return at.gpus?.count === 0 ? null : at.monthly;
  };
  // A split costs what its parts do, each re-sized for its share of the traffic.
  const splitLine = (id: 'hybrid' | 'devices-with-fallback', label: string, split: Split | null) =>
    split === null
      ? []
      : [
          {
            id,
            label,
            monthly: CURVE_TRAFFIC.map((requestsPerDay) => {
              const parts = split.parts.map((part) => monthlyAt(part.id, part.share, requestsPerDay));
              return parts.includes(null) ? null : parts.reduce<number>((sum, part) => sum + part!, 0);
            }),
          },
        ];
  const lines: CostLine[] = [
    ...estimate.paths.map((path) => ({
      id: path.id,
      label: path.label,
      monthly: CURVE_TRAFFIC.map((requestsPerDay) => monthlyAt(path.id, 1, requestsPerDay)),
    })),
    ...splitLine('hybrid', 'Hybrid, as you split it', estimate.hybrid),
    ...splitLine(
      'devices-with-fallback',
      'On devices that can run it, the rest on a server',
      estimate.device,
    ),
  ];
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
