import { memo } from 'react';
import type { Catalogue, Figure, Model, RunPlace } from '../../../rules/catalogue-schema';
import type { Candidate } from '../../../engine/candidates';
import type { Experiment } from '../../../engine/experiment';
import type { DeviceFit } from '../../../engine/device-fit';
import { ageWarning, candidateFitText } from '../../../share/experiment-text';
import { count, dollars } from '../../../share/format';
import { formatDate } from '../../../share/dates';

const PLACES: Record<RunPlace, string> = {
  phone: 'phones',
  laptop: 'laptops',
  edge: 'edge boxes',
  'single-gpu': 'one GPU',
  'multi-gpu': 'several GPUs',
  api: 'an API',
};

/** A figure and its date, so every number on the page says when it was true. */
function Dated({ figure, children }: { figure: Figure<unknown>; children: React.ReactNode }) {
  return (
    <>
      {children} <span className="text-ink-muted">({formatDate(figure.date)})</span>
    </>
  );
}

function Facts({ model, fits }: { model: Model; fits: DeviceFit[] }) {
  const facts: [string, React.ReactNode][] = [
    ['Size', <Dated figure={model.params}>{model.params.value}</Dated>],
    ['Weights', <Dated figure={model.weights}>{model.weights.value.licence}</Dated>],
    ['Runs on', <Dated figure={model.runs}>{model.runs.value.map((p) => PLACES[p]).join(', ')}</Dated>],
  ];
  if (model.reasoning) {
    const { efforts, default: preset } = model.reasoning.value;
    facts.push([
      'Reasoning',
      <Dated figure={model.reasoning}>
        {efforts.join(', ')}
        {preset ? ` (default ${preset})` : ''}
      </Dated>,
    ]);
  }
  if (model.contextTokens)
    facts.push([
      'Context',
      <Dated figure={model.contextTokens}>{count(model.contextTokens.value)} tokens</Dated>,
    ]);
  if (model.memoryGB)
    facts.push(['Memory at 4-bit', <Dated figure={model.memoryGB}>{model.memoryGB.value} GB</Dated>]);
  if (fits.length > 0)
    facts.push([
      'Fits in memory',
      fits.map((fit) => (
        <span key={fit.place} className="block">
          {candidateFitText(fit)}
        </span>
      )),
    ]);
  if (model.price) {
    const { input, output, host } = model.price.value;
    facts.push([
      'Price',
      <Dated figure={model.price}>
        {dollars(input)} in, {dollars(output)} out per million tokens at {host}
      </Dated>,
    ]);
  }
  return (
    <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {facts.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

function Sources({ catalogue, model }: { catalogue: Catalogue; model: Model }) {
  const ids = [
    ...new Set(
      [model.params, model.weights, model.runs, model.contextTokens, model.memoryGB, model.price, model.speed]
        .filter((f) => f !== undefined)
        .map((f) => f.source),
    ),
  ];
  return (
    <p className="mt-2 text-sm">
      Sources:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <a
            className="underline"
            href={catalogue.sources[id]!.url}
            target="_blank"
            rel="noopener noreferrer"
          >
            {catalogue.sources[id]!.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </span>
      ))}
    </p>
  );
}

interface CandidateItemProps {
  catalogue: Catalogue;
  candidate: Candidate;
  heading: 'h3' | 'h4';
}

function CandidateItem({ catalogue, candidate, heading: Heading }: CandidateItemProps) {
  const { model } = candidate;
  return (
    <li className="rounded-xl border-2 border-line p-3">
      <Heading className="font-bold">
        {model.name} <span className="font-normal text-ink-muted">by {model.maker}</span>
      </Heading>
      <p className="text-sm">{candidate.why}</p>
      {model.caveat && <p className="text-sm font-medium">{model.caveat}</p>}
      <Facts model={model} fits={candidate.fits} />
      <Sources catalogue={catalogue} model={model} />
    </li>
  );
}

const GROUPS = [
  { role: 'small', hybridTitle: 'For the routine path: small models' },
  { role: 'large', hybridTitle: 'For escalations: large models' },
] as const;

/** How many cards the list has: the page reveals them one after another. */
export const cardCount = (experiment: Experiment) =>
  experiment.candidates.length + experiment.specialists.length;

/** The models worth trying first for this verdict, each with why, dated figures and sources. */
export const CandidateList = memo(function CandidateList({
  catalogue,
  experiment,
  shown,
}: {
  catalogue: Catalogue;
  experiment: Experiment;
  /** How many of its cards to show, in reading order. */
  shown: number;
}) {
  const warning = ageWarning(experiment);
  // The first `shown` cards in reading order: each list shows those that fall in it.
  const lists = [
    ...GROUPS.map((group) => experiment.candidates.filter((c) => c.role === group.role)),
    experiment.specialists,
  ];
  const visible = lists.map((list, at) => {
    const before = lists.slice(0, at).reduce((cards, earlier) => cards + earlier.length, 0);
    return list.slice(0, Math.max(0, shown - before));
  });
  const groups = GROUPS.map((group, at) => ({ ...group, items: visible[at]! }));
  const specialists = visible[GROUPS.length]!;
  return (
    <div className="grid gap-4">
      <p>
        A shortlist to put through your evaluation set, from a catalogue checked on{' '}
        {formatDate(catalogue.asOf)}. It is advice, not an endorsement: none of these makers has a say in it.
      </p>
      {warning && (
        <p role="note" className="rounded-xl border-l-4 border-warn bg-warn-soft/40 p-3 font-semibold">
          {warning}
        </p>
      )}
      {groups.map(({ role, hybridTitle, items }) => {
        if (items.length === 0) return null;
        const grouped = experiment.verdict === 'hybrid';
        return (
          <div key={role} className="grid gap-2">
            {grouped && <h3 className="font-bold">{hybridTitle}</h3>}
            <ul className="grid gap-3">
              {items.map((candidate) => (
                <CandidateItem
                  key={candidate.model.id}
                  catalogue={catalogue}
                  candidate={candidate}
                  heading={grouped ? 'h4' : 'h3'}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {specialists.length > 0 && (
        <div className="grid gap-2">
          <h3 className="font-bold">If the feature completes code or talks</h3>
          <p className="text-sm">
            Models built for one kind of feature, beside the list: your answers allow them where a general
            model would be slower.
          </p>
          <ul className="grid gap-3">
            {specialists.map((candidate) => (
              <CandidateItem
                key={candidate.model.id}
                catalogue={catalogue}
                candidate={candidate}
                heading="h4"
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});
