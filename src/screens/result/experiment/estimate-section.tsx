import { Fragment, memo, useMemo } from 'react';
import type { Catalogue } from '../../../rules/catalogue-schema';
import type { Experiment } from '../../../engine/experiment';
import type { Estimate, EstimateInputs } from '../../../engine/estimate';
import { TrafficForm } from './traffic-form';
import { GpuFields } from './gpu-fields';
import { CostChart } from './cost-chart';
import { MemoryFit } from './memory-fit';
import { DeviceSpeed } from './device-speed';
import { costCurve } from '../../../engine/cost-curve';
import {
  assumptionsOf,
  breakEvenSentences,
  splitRows,
  leverSentences,
  pathNote,
  pathTitle,
  speedSentences,
  trafficSentence,
} from '../../../share/experiment-text';
import { dollars, seconds } from '../../../share/format';
import { formatDate } from '../../../share/dates';

function SentenceList({ title, sentences }: { title: string; sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 font-bold">{title}</h3>
      <ul className="grid list-disc gap-1 pl-6">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}

interface EstimateSectionProps {
  catalogue: Catalogue;
  experiment: Experiment;
  /** The inputs with none of the person's values: what an emptied field goes back to. */
  defaults: EstimateInputs;
  /** How many of its ESTIMATE_PARTS to show: the page reveals them one after another. */
  shown: number;
}

/** The estimate's parts, each small enough to render and lay out in a short task on a phone. */
export const ESTIMATE_PARTS = 6;

/** Cost against traffic, computed when the chart is first shown rather than with the parts above it. */
function CostAgainstTraffic({ catalogue, estimate }: { catalogue: Catalogue; estimate: Estimate }) {
  const curve = useMemo(() => costCurve(catalogue, estimate), [catalogue, estimate]);
  return (
    <div>
      <h3 className="mb-1 font-bold">Cost as traffic grows</h3>
      <CostChart curve={curve} />
    </div>
  );
}

export const EstimateSection = memo(function EstimateSection({
  catalogue,
  experiment,
  defaults,
  shown,
}: EstimateSectionProps) {
  const { paths } = experiment.estimate;
  const rows = [
    ...paths.map((p) => ({
      key: p.id,
      title: pathTitle(p),
      monthly: p.monthly,
      per1k: p.per1k,
      ttftS: p.ttftS,
      totalS: p.totalS,
      note: pathNote(p),
    })),
    ...splitRows(experiment).map(({ title, split }, at) => ({
      key: `split-${at}`,
      title,
      monthly: split.monthly,
      per1k: split.per1k,
      ttftS: split.parts[0]!.ttftS,
      totalS: split.parts[0]!.totalS,
      note:
        split.parts.length > 1
          ? `Timing is the first part’s; the others take their own time (their rows above).`
          : '',
    })),
  ];
  const widest = Math.max(...rows.map((r) => r.monthly), 1);
  const sized = paths.filter((p) => p.gpus);
  // Each part is built only once it is shown: the sentences of the parts still to come wait for them.
  const parts = [
    // The GPU's fields and the traffic form are parts of their own: laying out both form controls at once
    // took the longest single task of the result's arrival.
    () => sized.length > 0 && <GpuFields key="gpu" catalogue={catalogue} sized={sized} />,
    () => <TrafficForm key="traffic" experiment={experiment} defaults={defaults} />,
    () => (
      <Fragment key="table">
        <p>{trafficSentence(experiment)}</p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Cost and speed by path">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Monthly cost, cost per 1,000 requests and time to answer, by way of running it
            </caption>
            <thead>
              <tr className="border-b-2 border-line">
                {['Way of running it', 'Per month', 'Per 1,000 requests', 'First token', 'Whole answer'].map(
                  (h) => (
                    <th key={h} scope="col" className="p-2">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-line align-top">
                  <th scope="row" className="p-2 font-medium">
                    {row.title}
                    <span className="block text-xs font-normal text-ink-muted">{row.note}</span>
                  </th>
                  <td className="p-2">
                    <span className="font-mono font-semibold">{dollars(row.monthly)}</span>
                    <span
                      aria-hidden="true"
                      className="mt-1 block h-2 rounded-full bg-accent"
                      style={{ width: `${Math.max(2, (row.monthly / widest) * 100)}%` }}
                    />
                  </td>
                  <td className="p-2 font-mono">{row.per1k === null ? '–' : dollars(row.per1k)}</td>
                  <td className="p-2 font-mono">{seconds(row.ttftS)}</td>
                  <td className="p-2 font-mono">{seconds(row.totalS)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Fragment>
    ),
    () => (
      <Fragment key="speed">
        <SentenceList title="Against the speed you asked for" sentences={speedSentences(experiment)} />
        <DeviceSpeed experiment={experiment} />
        <MemoryFit paths={paths} onDevice={experiment.onDevice} />
      </Fragment>
    ),
    () => <CostAgainstTraffic key="chart" catalogue={catalogue} estimate={experiment.estimate} />,
    () => (
      <Fragment key="levers">
        <SentenceList title="An API or your own GPU?" sentences={breakEvenSentences(catalogue, experiment)} />
        <SentenceList title="Cost levers" sentences={leverSentences(catalogue, experiment)} />
        <details>
          <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium underline">
            Every assumption, with its source and date
          </summary>
          <ul className="mt-2 grid list-disc gap-1 pl-6 text-sm">
            {assumptionsOf(catalogue, experiment).map((a) => (
              <li key={a.text}>
                {a.text}{' '}
                {a.source && (
                  <a className="underline" href={a.source.url} target="_blank" rel="noopener noreferrer">
                    {a.source.title}, {formatDate(a.source.date)}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </details>
      </Fragment>
    ),
  ];
  return <div className="grid gap-4">{parts.slice(0, shown).map((part) => part())}</div>;
});
