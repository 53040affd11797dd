import { DEVICE_CLASSES, PRECISIONS, type DeviceClass, type GpuType } from '../rules/traffic';
import type { Catalogue, DeviceSpeed, Figure, Gpu, Model } from '../rules/catalogue-schema';
import type { Experiment } from '../engine/experiment';
import type { DeviceFit, DeviceTierFit } from '../engine/device-fit';
import type { EstimateInputs, PathEstimate, Split } from '../engine/estimate';
import type { ReplicaPlan } from '../engine/sizing';
import { meets, type Remedy, type SpeedTarget } from '../engine/speed-check';
import { slowest, type DeviceTime } from '../engine/answer-time';
import { count, dollars, eitherOf, percent, roughly, seconds } from './format';
import { formatDate } from './dates';

/** A dated fact and where it comes from, for the estimate's list of assumptions. */
export interface Assumption {
  text: string;
  source?: { title: string; url: string; date: string };
}

const cite = (catalogue: Catalogue, figure: Figure<unknown>) => ({
  ...catalogue.sources[figure.source]!,
  date: figure.date,
});

const STALE_AFTER_MONTHS = 6;

export function ageWarning(experiment: Experiment): string | null {
  return experiment.ageInMonths > STALE_AFTER_MONTHS
    ? `This catalogue is ${experiment.ageInMonths} months old: models, prices and device limits have likely moved since. Check each figure at its source.`
    : null;
}

export function trafficSentence(experiment: Experiment): string {
  const { inputs, hybrid } = experiment.estimate;
  return (
    `${count(inputs.requestsPerDay)} requests a day, ${count(inputs.inputTokens)} tokens in and ` +
    `${count(inputs.outputTokens)} out per request` +
    (inputs.reasoningTokens > 0
      ? ` (plus ${count(inputs.reasoningTokens)} reasoning, on models that reason)`
      : '') +
    (hybrid ? `, ${percent(inputs.escalationShare)} of them escalated to the large model.` : '.')
  );
}

/** A path and the model it is priced with, e.g. "Hosted small tier (GPT-6 Luna)". */
export function pathTitle(path: PathEstimate): string {
  const on = path.gpus
    ? ` on ${path.gpus.each.owned ? 'your own' : 'rented'} ${path.gpus.gpu.name} GPUs`
    : '';
  return `${path.label}${on} (${path.model.name})`;
}

const partsText = ({ parts }: Split) =>
  parts.map((part) => `${percent(part.share)} ${part.label.toLowerCase()}`).join(', ');

/**
 * The rows for traffic split over several ways of running it: a hybrid, or a device path with its fallback,
 * each titled with its parts' shares. Timing is the first part's.
 */
export function splitRows(experiment: Experiment): { title: string; split: Split }[] {
  const { hybrid, device } = experiment.estimate;
  return [
    ...(hybrid ? [{ title: `Hybrid: ${partsText(hybrid)}`, split: hybrid }] : []),
    ...(device
      ? [{ title: `On devices that can run it, the rest on a server: ${partsText(device)}`, split: device }]
      : []),
  ];
}

const gigabytes = (gb: number) =>
  gb < 1 ? `${Math.max(1, Math.round(gb * 1000))} MB` : `${gb < 10 ? gb.toFixed(1) : Math.round(gb)} GB`;

function gpuSpecText({ name, spec }: Gpu): string {
  const { memoryGB, bandwidthTBs, tflops16, tflops8 } = spec.value;
  return `${name}: ${memoryGB} GB at ${bandwidthTBs} TB/s, ${count(tflops16)} dense 16-bit TFLOPS${tflops8 ? ` and ${count(tflops8)} at 8 bits` : ''}.`;
}

/** What a self-hosted path's GPU is and what one costs a month, rented or bought, with sources. */
function gpuItems(
  catalogue: Catalogue,
  { gpu, each }: NonNullable<PathEstimate['gpus']>,
  inputs: EstimateInputs,
) {
  const set = (yours: number | null, catalogued: number) =>
    yours === null || yours === catalogued ? '' : ` (you set ${dollars(yours)})`;
  const price = inputs.purchase ?? gpu.purchase?.value ?? 0;
  const cost = each.owned
    ? [
        {
          text: `${gpu.name}, bought at ${dollars(price)}${inputs.purchase === null ? '' : ' (your price)'}, spread over ${inputs.lifeYears} years: ${dollars(each.owned.purchase)} a month.`,
          source: gpu.purchase && inputs.purchase === null ? cite(catalogue, gpu.purchase) : undefined,
        },
        {
          text: `Its power: ${count(gpu.powerW.value)} W, × ${catalogue.estimate.owned.powerOverhead} for its server and cooling, always on at ${dollars(inputs.kwhPrice)} per kWh: ${dollars(each.owned.power)} a month. Space, networking and staff are not included.`,
          source: cite(catalogue, gpu.powerW),
        },
      ]
    : [
        {
          text: `${gpu.name}, rented from ${gpu.rentedFrom}, always on: ${dollars(gpu.hourly.value)} an hour${set(inputs.gpuHourly, gpu.hourly.value)}.`,
          source: cite(catalogue, gpu.hourly),
        },
      ];
  return [...cost, { text: gpuSpecText(gpu), source: cite(catalogue, gpu.spec) }];
}

/** What the weights of each self-hosted model take at the precision they are served in, and the tradeoff. */
export const precisionNote = (sized: PathEstimate[]) =>
  `Weights: ${sized.map((p) => `${p.model.name} ${gigabytes(p.gpus!.memory.weightsGB)}`).join(', ')}. ` +
  'Fewer bits take less memory and answer sooner; below the precision a model was released in, check its answers on your own tests first.';

/** One replica's arithmetic, so the GPU count can be checked by hand. */
function sizingText(model: string, r: ReplicaPlan, inputs: EstimateInputs): string {
  const on = r.gpus === 1 ? 'one GPU' : `${r.gpus} GPUs together`;
  return (
    `${model} on ${on}: ${gigabytes(r.weightsGB)} of weights${inputs.precision ? ` (${PRECISIONS[inputs.precision]}, as you chose)` : ''} in ${gigabytes(r.usableGB)} usable leave room for ${count(r.batch)} requests at once (${gigabytes(r.kvGBPerRequest)} of KV cache each). ` +
    `A decode step takes ${Math.round(r.decodeStepS * 1000)} ms and reading a prompt ${Math.round(r.prefillS * 1000)} ms, so one replica serves ${roughly(r.requestsPerS)} requests a second; ` +
    `GPUs are planned for ${inputs.peakFactor}× the day's average traffic at ${percent(inputs.targetLoad)} load.`
  );
}

const FITS = {
  comfortable: 'fits one GPU with room to spare',
  tight: 'fits one GPU, tightly',
  split: 'needs several GPUs to hold it',
  none: 'does not fit',
} as const;

/** The memory-fit arithmetic in words: what one request needs against one GPU's usable memory. */
export function memoryFitText(path: PathEstimate): string | null {
  if (!path.gpus) return null;
  const { memory, gpu } = path.gpus;
  return `${path.model.name} on one ${gpu.name}: ${gigabytes(memory.weightsGB)} of weights and ${gigabytes(memory.kvGB)} of KV cache for one request, against ${gigabytes(memory.usableGB)} usable of ${gigabytes(memory.memoryGB)}: it ${FITS[memory.band]}.`;
}

const DEVICE_FIT = { comfortable: 'comfortably', tight: 'tightly', none: 'not' } as const;
const ONE_DEVICE: Record<DeviceClass, string> = {
  phone: 'a phone’s',
  laptop: 'a laptop’s or desktop’s',
  edge: 'an edge box’s',
};

/**
 * How a model sits in a class of devices, memory size by memory size, smallest first, with sizes that fit
 * alike run together: "not in 4 GB, tightly in 6 GB, comfortably in 8 GB or more".
 */
export function deviceTiersText(tiers: DeviceTierFit[]): string {
  const runs: { band: DeviceTierFit['band']; sizes: number[] }[] = [];
  for (const tier of tiers) {
    const last = runs.at(-1);
    if (last?.band === tier.band) last.sizes.push(tier.ramGB);
    else runs.push({ band: tier.band, sizes: [tier.ramGB] });
  }
  return runs
    .map(({ band, sizes }, i) => {
      const toTheEnd = i === runs.length - 1 && band !== 'none' && sizes.length > 1;
      const where = toTheEnd ? `${sizes[0]} GB or more` : `${eitherOf(sizes.map(String))} GB`;
      return `${DEVICE_FIT[band]} in ${where}`;
    })
    .join(', ');
}

/** A format's weights as its maker's table gives them (11.4 GB, not a rounded 11). */
export const formatWeights = (format: { weightsGB: number }) => `${format.weightsGB} GB`;

/** A candidate's fit on one class of device, in the 4-bit weights candidates are compared in. */
export const candidateFitText = (fit: DeviceFit) =>
  `${DEVICE_CLASSES[fit.place]}: ${deviceTiersText(fit.formats[0]!.tiers)}`;

/** What a device holds beside the weights: one request's KV cache, or a warning where its size is unknown. */
export const deviceKvText = (fit: DeviceFit) =>
  fit.kvGB === null
    ? 'the weights alone (its KV cache is not known: leave room for it)'
    : `the weights and ${gigabytes(fit.kvGB)} of KV cache for one request`;

/** What a device fit measures, as the page's table and the record's sentence both open. */
export const deviceFitLead = (model: Model, fit: DeviceFit) =>
  `${model.name} on ${DEVICE_CLASSES[fit.place].toLowerCase()}, holding ${deviceKvText(fit)}`;

/**
 * The on-device path's fit in words, a sentence per class of device: each format's weights with one request's
 * KV cache against each memory size, and the share an app can count on.
 */
export function deviceFitSentences(onDevice: Experiment['onDevice']): string[] {
  if (!onDevice) return [];
  return onDevice.fits.map((fit) => {
    const formats = fit.formats
      .map((f) => `${f.format} (${formatWeights(f)}): ${deviceTiersText(f.tiers)}`)
      .join('; ');
    return `${deviceFitLead(onDevice.model, fit)}. ${formats}. An app counts on ${percent(fit.appShare)} of ${ONE_DEVICE[fit.place]} memory.`;
  });
}

/** The device path, where its model was measured on any device of the classes it is for. */
export const measuredDevicePath = (experiment: Experiment): PathEstimate | undefined =>
  experiment.estimate.paths.find((p) => p.id === 'device' && p.devices.length > 0);

/** The opening words of the device-speed table's caption and of its sentence in the record. */
export const deviceTimesLead = (path: PathEstimate) =>
  `${path.model.name} on each device it was measured on, at your request`;

/** Whether a measured device answers within the speed asked for, in words; null when slower is fine. */
export const targetWord = (device: DeviceTime, target: SpeedTarget | null): string | null =>
  target && (meets(device, target) ? 'within your target' : 'slower than your target');

/** The device path’s request on each measured device, as a sentence for the record (none without them). */
export function deviceTimesSentences(experiment: Experiment): string[] {
  const path = measuredDevicePath(experiment);
  if (!path) return [];
  const each = path.devices.map((device) => {
    const word = targetWord(device, experiment.speed.target);
    return `${deviceName(device)}, ${seconds(device.ttftS)} to the first token and ${seconds(device.totalS)} in all${word ? `, ${word}` : ''}`;
  });
  return [`${deviceTimesLead(path)}: ${each.join('; ')}.`];
}

/**
 * GPUs an organisation owns against what each self-hosted way of running it on that GPU needs at the peak:
 * within them, or how many more to buy or rent. Nothing for a way that does not fit, or runs on another GPU.
 */
export function ownedGpuSentences(owned: { gpu: GpuType; count: number }, paths: PathEstimate[]): string[] {
  return paths
    .filter((p) => p.gpus?.type === owned.gpu && p.gpus.count > 0)
    .map((p) => {
      const needed = p.gpus!.count;
      const short = needed - owned.count;
      return `${pathTitle(p)} needs ${count(needed)} at the peak: ${short > 0 ? `${count(short)} more than the ${count(owned.count)} owned, to buy or rent` : `within the ${count(owned.count)} owned`}.`;
    });
}

/** A device a model was measured on, as the page names it: "Galaxy S26 Ultra (GPU)". */
export const deviceName = (device: DeviceSpeed) => `${device.device} (${device.backend})`;

/** Which device a path on end users' devices is timed on: the slowest of those measured in their classes. */
function timedOnText(path: PathEstimate): string {
  const worst = slowest(path.devices);
  if (!worst) return 'Not measured on these devices, so not timed.';
  return path.devices.length === 1
    ? `Timed on the one device it was measured on: ${deviceName(worst)}.`
    : `Timed on the slowest of the ${path.devices.length} devices it was measured on: ${deviceName(worst)}.`;
}

/**
 * What one path costs beyond its monthly figure: GPUs at the peak and their load, or the device it is timed
 * on and its other costs.
 */
export function pathNote(path: PathEstimate): string {
  if (path.id === 'device') return `${timedOnText(path)} ${path.otherCosts}`;
  if (!path.gpus) return path.otherCosts;
  const { count: gpus, utilisation, memory } = path.gpus;
  if (gpus === 0)
    return `The model and one request ${FITS.none} on ${8} GPUs: not priced. ${path.otherCosts}`;
  return `${gpus} GPU${gpus === 1 ? '' : 's'} at the peak, ${percent(utilisation)} loaded on average; the model ${FITS[memory.band]}. ${path.otherCosts}`;
}

const targetText = ({ firstS, wholeS }: SpeedTarget, speed: string) =>
  `${speed === 'instant' ? 'real-time' : '“a second or two”'} target (the first words within ${firstS} s${wholeS === null ? '' : `, the whole answer within ${wholeS} s`})`;

function remedyText(remedy: Remedy): string {
  switch (remedy.kind) {
    case 'shorter-output':
      return `answers of at most ${count(remedy.outputTokens)} tokens (${seconds(remedy.totalS)} in all)`;
    case 'less-reasoning':
      return `its lowest reasoning effort (${remedy.effort}), if that leaves few reasoning tokens (${seconds(remedy.totalS)} in all without them)`;
    case 'more-gpus':
      return `more GPUs, planned at ${percent(remedy.targetLoad)} load (${seconds(remedy.totalS)} in all)`;
    case 'faster-devices':
      return `users’ devices at least as fast as the ${deviceName(remedy.device)}, which takes ${seconds(remedy.device.ttftS)} to the first token and ${seconds(remedy.device.totalS)} in all`;
    case 'other-path':
      return `${remedy.label[0]!.toLowerCase()}${remedy.label.slice(1)} (${seconds(remedy.ttftS)} to the first token, ${seconds(remedy.totalS)} in all)`;
  }
}

/** Each way of running it that misses the speed asked for, with what would meet it. */
export function speedSentences(experiment: Experiment): string[] {
  const { answer: speed, target, misses } = experiment.speed;
  if (!target) return [];
  return misses.map((miss) => {
    const path = experiment.estimate.paths.find((p) => p.id === miss.path)!;
    const missed = [
      miss.first ? `${seconds(path.ttftS)} to the first token` : '',
      miss.whole ? `${seconds(path.totalS)} for the whole answer` : '',
    ].filter(Boolean);
    const fixes = miss.remedies.map(remedyText);
    const worst = slowest(path.devices);
    const on = worst ? ` on the ${deviceName(worst)}, the slowest measured` : '';
    return (
      `${pathTitle(path)} misses your ${targetText(target, speed)}: ${missed.join(' and ')}${on}. ` +
      (fixes.length > 0 ? `What would meet it: ${fixes.join('; or ')}.` : 'Nothing here meets it.')
    );
  });
}

export function breakEvenSentences(catalogue: Catalogue, experiment: Experiment): string[] {
  const { breakEven, paths } = experiment.estimate;
  const sentence = (
    hosted: 'hosted-small' | 'hosted-large',
    self: 'self-hosted-small' | 'self-hosted-large',
    at: number,
  ) => {
    const name = (id: typeof hosted | typeof self) =>
      catalogue.models.find((m) => m.id === catalogue.estimate.paths[id].model)!.name;
    const gpus = paths.find((p) => p.id === self)!.gpus!;
    const monthly = `${dollars(gpus.each.monthly)} a month ${gpus.each.owned ? 'bought' : 'rented'}`;
    return `One always-on ${gpus.gpu.name} for ${name(self)} (${monthly}) costs the same as ${name(hosted)} at about ${roughly(at)} requests a day with these token counts; below that the hosted tier is cheaper.`;
  };
  // Where hosting it yourself never pays below a billion requests a day, the hosted tier is simply cheaper.
  const sameModel = experiment.estimate.sameModel.flatMap(({ model, breakEven: at }) =>
    at === null
      ? []
      : [
          `The same model, ${model.name}, costs less on your own GPUs than hosted by ${model.price!.value.host} from about ${roughly(at)} requests a day with these token counts, GPUs sized for that traffic.`,
        ],
  );
  return [
    ...(breakEven.small === null ? [] : [sentence('hosted-small', 'self-hosted-small', breakEven.small)]),
    ...(breakEven.large === null ? [] : [sentence('hosted-large', 'self-hosted-large', breakEven.large)]),
    ...sameModel,
  ];
}

export function leverSentences(catalogue: Catalogue, experiment: Experiment): string[] {
  const { paths, inputs } = experiment.estimate;
  return paths.flatMap((path) => [
    ...(path.levers.batch === null
      ? []
      : [
          `${pathTitle(path)} with batch processing (${percent(catalogue.estimate.batchDiscount.value)} off, results within 24 hours): ${dollars(path.levers.batch)} a month.`,
        ]),
    ...(path.levers.caching === null
      ? []
      : [
          `${pathTitle(path)} with ${percent(inputs.cachedShare)} of input tokens read from the prompt cache: ${dollars(path.levers.caching)} a month.`,
        ]),
  ]);
}

function priceText(model: Model, own: { input?: number; output?: number } | undefined): string | null {
  if (!model.price) return null;
  const { input, output, cachedInput, host, note } = model.price.value;
  const cached = cachedInput === undefined ? '' : `, cached input ${dollars(cachedInput)}`;
  const set = [
    own?.input === undefined ? '' : `input ${dollars(own.input)}`,
    own?.output === undefined ? '' : `output ${dollars(own.output)}`,
  ].filter(Boolean);
  const yours = set.length > 0 ? ` (you set ${set.join(' and ')})` : '';
  return `${model.name} at ${host}: ${dollars(input)} in and ${dollars(output)} out per million tokens${cached}${yours}.${note ? ` ${note}` : ''}`;
}

/** Every figure the estimate rests on, with its source and date. */
export function assumptionsOf(catalogue: Catalogue, experiment: Experiment): Assumption[] {
  const { estimate } = catalogue;
  const { paths, hybrid, inputs } = experiment.estimate;
  const items: Assumption[] = [
    {
      text: `Tokens per request default by task (${count(inputs.inputTokens)} in, ${count(inputs.outputTokens)} out here): a starting point to replace with your own, counted in each model's tokenizer.`,
    },
    {
      text: `A month is ${estimate.hoursPerMonth.value} hours of always-on hosting.`,
      source: cite(catalogue, estimate.hoursPerMonth),
    },
  ];
  if (hybrid) {
    items.push({
      text: `${percent(estimate.escalationShare.value)} of a hybrid's traffic escalates by default (a common planning range is 20–30%).`,
      source: cite(catalogue, estimate.escalationShare),
    });
  }
  const reasoners = paths.filter((p) => p.model.reasoning).map((p) => p.model.name);
  if (reasoners.length > 0) {
    items.push({
      text:
        `${[...new Set(reasoners)].join(', ')} can reason before answering: reasoning tokens are billed as output and come before the first visible word. ` +
        (inputs.reasoningTokens > 0
          ? `Counted here: ${count(inputs.reasoningTokens)} a request.`
          : 'None are counted until you enter how many your requests use (the API reports them): how many depends on the effort setting and the request.'),
    });
  }
  if (paths.some((p) => p.id === 'device')) {
    const split = experiment.estimate.hybrid ?? experiment.estimate.device;
    const fallback = split?.parts.find((p) => p.id !== 'device' && p.share > 0);
    items.push({
      text:
        `${percent(inputs.deviceCoverage)} of users’ devices can run the on-device model${inputs.deviceCoverage === estimate.deviceCoverage ? ' by default' : ' (you set it)'}: a planning figure to replace with your own users’ devices and the model’s memory and system needs. ` +
        (fallback
          ? `The rest are served by the ${fallback.label.toLowerCase()}.`
          : 'Offline there is no server to fall back on: the rest go without the feature.'),
    });
  }
  for (const path of paths) {
    const spec = estimate.paths[path.id];
    const price = priceText(path.model, inputs.prices[path.id]);
    // A self-hosted path pays for GPUs, not tokens, though its model may be sold hosted too.
    // Stryker disable next-line LogicalOperator: priceText gives text only for a model with a price; the second test narrows the type
    if (price && path.model.price && !spec.gpu)
      items.push({ text: price, source: cite(catalogue, path.model.price) });
    if (path.gpus) items.push(...gpuItems(catalogue, path.gpus, inputs));
    const replica = path.gpus?.replica;
    if (replica) items.push({ text: sizingText(path.model.name, replica, inputs) });
    // Only a path on end users' devices has measured devices, and each comes from the model's own figure.
    for (const device of path.devices)
      items.push({
        text: `${path.model.name} on the ${deviceName(device)}: ${count(device.prefillPerS)} prompt tokens a second, ${device.tokensPerS} tokens a second after that.`,
        source: cite(catalogue, path.model.deviceSpeeds!),
      });
    const speed = path.gpus ? undefined : (spec.speed ?? path.model.speed);
    if (speed) {
      const { ttftS, prefillPerS, tokensPerS, on } = speed.value;
      const start =
        ttftS !== undefined
          ? `${ttftS} s to the first token`
          : `${count(prefillPerS ?? 0)} prompt tokens a second`;
      items.push({
        text: `${path.label}: ${start}, ${tokensPerS} tokens a second after that (${on}).`,
        source: cite(catalogue, speed),
      });
    }
  }
  if (paths.some((p) => p.levers.batch !== null)) {
    items.push({
      text: `Batch processing costs ${percent(estimate.batchDiscount.value)} less and returns within 24 hours.`,
      source: cite(catalogue, estimate.batchDiscount),
    });
  }
  // Two self-hosted paths on the same GPU share its figures: each is said once.
  return items.filter((item, at) => items.findIndex((other) => other.text === item.text) === at);
}

/** The candidates and the estimate as Markdown sections for the decision record. */
export function experimentMarkdown(catalogue: Catalogue, experiment: Experiment): string[] {
  const warning = ageWarning(experiment);
  const rows = experiment.estimate.paths.map(
    (p) =>
      `| ${pathTitle(p)} | ${dollars(p.monthly)} | ${p.per1k === null ? '–' : dollars(p.per1k)} | ${seconds(p.ttftS)} | ${seconds(p.totalS)} |`,
  );
  for (const { title, split } of splitRows(experiment))
    rows.push(
      `| ${title} | ${dollars(split.monthly)} | ${dollars(split.per1k)} | ${seconds(split.parts[0]!.ttftS)} | ${seconds(split.parts[0]!.totalS)} |`,
    );
  return [
    '',
    `## Models to try first (catalogue of ${formatDate(catalogue.asOf)})`,
    '',
    ...(warning ? [`> ${warning}`, ''] : []),
    'A shortlist to evaluate, not an endorsement.',
    ...(experiment.devices ? ['', `For ${DEVICE_CLASSES[experiment.devices].toLowerCase()}.`] : []),
    '',
    ...[...experiment.candidates, ...experiment.specialists].map((c) => {
      const source = catalogue.sources[c.model.weights.source]!;
      const caveat = c.model.caveat ? ` ${c.model.caveat}` : '';
      const fits = c.fits.map((fit) => ` ${candidateFitText(fit)}.`).join('');
      return `- **${c.model.name}** (${c.model.maker}, ${c.role}): ${c.why}${caveat}${fits} Source: ${source.url}`;
    }),
    '',
    '## Cost and speed at your traffic',
    '',
    trafficSentence(experiment),
    '',
    '| Path | Per month | Per 1,000 requests | First token | Whole answer |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    // The page shows each path's note beside its figures; the record keeps every one of them.
    ...experiment.estimate.paths.map((p) => `- ${pathTitle(p)}: ${pathNote(p)}`),
    ...deviceTimesSentences(experiment).map((sentence) => `- ${sentence}`),
    ...deviceFitSentences(experiment.onDevice).map((sentence) => `- ${sentence}`),
    ...[
      ...speedSentences(experiment),
      ...breakEvenSentences(catalogue, experiment),
      ...leverSentences(catalogue, experiment),
    ].flatMap((s) => ['', s]),
    '',
    '### Assumptions',
    '',
    ...assumptionsOf(catalogue, experiment).map(
      (a) =>
        `- ${a.text}${a.source ? ` (${a.source.title}, ${formatDate(a.source.date)}: ${a.source.url})` : ''}`,
    ),
  ];
}
