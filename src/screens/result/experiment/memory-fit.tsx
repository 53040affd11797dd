import { CaptionedTable } from '../../../components/captioned-table';
import type { DeviceFit, DeviceTierFit } from '../../../engine/device-fit';
import type { PathEstimate } from '../../../engine/estimate';
import type { Experiment } from '../../../engine/experiment';
import type { Model } from '../../../rules/catalogue-schema';
import { deviceFitLead, formatWeights, memoryFitText } from '../../../share/experiment-text';
import { percent } from '../../../share/format';

const BAND: Record<DeviceTierFit['band'], { text: string; className: string }> = {
  comfortable: { text: 'Fits', className: '' },
  tight: { text: 'Tight', className: 'bg-surface-muted' },
  none: { text: 'No', className: 'bg-surface-muted text-ink-muted' },
};

/**
 * The on-device model on one class of device: a row per format its maker ships, a column per memory size,
 * each cell saying in a word whether the weights and one request's KV cache fit the share an app can use.
 */
function DeviceFitTable({ model, fit }: { model: Model; fit: DeviceFit }) {
  return (
    <div className="min-w-0">
      <CaptionedTable
        caption={`${deviceFitLead(model, fit)}, in ${percent(fit.appShare)} of each memory size`}
      >
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="p-1.5">
              Format
            </th>
            {fit.formats[0]!.tiers.map((tier) => (
              <th key={tier.ramGB} scope="col" className="p-1.5 font-mono whitespace-nowrap">
                {tier.ramGB} GB
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fit.formats.map((format) => (
            <tr key={format.format} className="border-b border-line">
              <th scope="row" className="p-1.5 font-medium">
                {format.format} <span className="font-normal text-ink-muted">{formatWeights(format)}</span>
              </th>
              {format.tiers.map((tier) => (
                <td key={tier.ramGB} className={`p-1.5 ${BAND[tier.band].className}`}>
                  {BAND[tier.band].text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
    </div>
  );
}

/**
 * Will it fit: the on-device model on each class of device, format by format; and for each self-hosted path,
 * one GPU's memory as a bar (the weights, one request's KV cache, and the line the server may fill to). The
 * sentence beside the bar says the same, so the bar is decoration to a screen reader.
 */
export function MemoryFit({ paths, onDevice }: { paths: PathEstimate[]; onDevice: Experiment['onDevice'] }) {
  const sized = paths.filter((p) => p.gpus);
  const devices = onDevice?.fits ?? [];
  if (sized.length === 0 && devices.length === 0) return null;
  return (
    // min-w-0: in the section's grid, the tables' width would otherwise widen the whole column.
    <div className="min-w-0">
      <h3 className="mb-1 font-bold">Will it fit?</h3>
      {devices.length > 0 && (
        <>
          <div className="grid gap-3">
            {devices.map((fit) => (
              <DeviceFitTable key={fit.place} model={onDevice!.model} fit={fit} />
            ))}
          </div>
          <p className="mt-1 mb-3 text-sm text-ink-muted">
            Fits: with 15% to spare for the runtime and longer prompts. Tight: up to the last byte. No: does
            not fit. The shares an app counts on are planning figures: phones end an app before their memory
            runs out and publish no limit, so test on the smallest device you support.
          </p>
        </>
      )}
      <ul className="grid gap-3">
        {sized.map((path) => {
          const { memory } = path.gpus!;
          // A model bigger than the GPU stretches the scale, so the overflow shows past the GPU's end.
          const scale = Math.max(memory.memoryGB, memory.weightsGB + memory.kvGB);
          const share = (gb: number) => `${(gb / scale) * 100}%`;
          return (
            <li key={path.id} className="grid gap-1">
              <span>{memoryFitText(path)}</span>
              <span
                aria-hidden="true"
                className="relative flex h-4 max-w-xl overflow-hidden rounded border border-line bg-surface-muted"
              >
                <span className="h-full bg-accent" style={{ width: share(memory.weightsGB) }} />
                <span
                  className="h-full bg-[repeating-linear-gradient(45deg,var(--llm)_0_3px,transparent_3px_6px)]"
                  style={{ width: share(memory.kvGB) }}
                />
                <span
                  className="absolute inset-y-0 border-l-2 border-dashed border-ink"
                  style={{ left: share(memory.usableGB) }}
                />
                {memory.memoryGB < scale && (
                  <span
                    className="absolute inset-y-0 border-l-4 border-warn"
                    style={{ left: share(memory.memoryGB) }}
                  />
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {sized.length > 0 && (
        <p className="mt-1 text-sm text-ink-muted">
          Solid: weights. Striped: one request’s KV cache. Dashed line: the memory the server may use. Thick
          line, where shown: the end of one GPU’s memory.
        </p>
      )}
    </div>
  );
}
