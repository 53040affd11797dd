import type { PathEstimate } from '../../../engine/estimate';
import type { Experiment } from '../../../engine/experiment';
import { deviceFitSentences, memoryFitText } from '../../../share/experiment-text';

/**
 * For each self-hosted path, one GPU's memory as a bar: the weights, one request's KV cache, and the line
 * the server may fill to. The sentence beside it says the same, so the bar is decoration to a screen reader.
 */
export function MemoryFit({ paths, onDevice }: { paths: PathEstimate[]; onDevice: Experiment['onDevice'] }) {
  const sized = paths.filter((p) => p.gpus);
  const devices = deviceFitSentences(onDevice);
  if (sized.length === 0 && devices.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 font-bold">Will it fit?</h3>
      {devices.length > 0 && (
        <>
          <ul className="grid gap-1">
            {devices.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="mt-1 mb-3 text-sm text-ink-muted">
            Comfortably leaves 15% for longer prompts and the runtime. The shares an app counts on are
            planning figures: phones end an app before their memory runs out and publish no limit, so test on
            the smallest device you support.
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
