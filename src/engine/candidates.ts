import type { Catalogue, Model, RunPlace } from '../rules/catalogue-schema';
import type { Verdict } from '../rules/schema';
import type { DeviceClass } from '../rules/traffic';
import { deviceFits, devicePlaces, type DeviceFit } from './device-fit';
import { requestTokens, type EstimateInputs } from './estimate';
import { measuredOn } from './answer-time';
import type { CompleteAnswers } from './types';

export type CandidateRole = 'small' | 'large';

export interface Candidate {
  model: Model;
  role: CandidateRole;
  /** Why it is on the list for these answers, in a sentence. */
  why: string;
  /** Where the answers put a small model on end users' devices: how it fits each memory size of them. */
  fits: DeviceFit[];
}

const COUNTS: Record<Verdict, { small: number; large: number }> = {
  slm: { small: 5, large: 0 },
  hybrid: { small: 3, large: 2 },
  llm: { small: 0, large: 4 },
};

const runsOn = (model: Model, ...places: RunPlace[]) => places.some((p) => model.runs.value.includes(p));
/** Data that stays with the team can go only to a model it runs: open weights, or one built into the device. */
const keepsDataLocal = (model: Model) => model.weights.value.open || model.bundledWith !== undefined;

function suits(answers: CompleteAnswers, model: Model, devices: DeviceClass | null): boolean {
  if (answers.privacy === 'local' && !keepsDataLocal(model)) return false;
  // A preview is outside its maker's security controls, so no contract can cover the data sent to it.
  if (model.preview && answers.privacy === 'controlled') return false;
  // A model built into an OS or browser runs only on that platform's own devices.
  if (model.bundledWith) return answers.run !== 'cloud' && runsOn(model, ...devicePlaces(devices));
  // Offline on end users' devices, the small model is the one on the device; a large one is a server's.
  return model.size === 'large' || answers.run !== 'device' || runsOn(model, ...devicePlaces(devices));
}

/** Where the answers may put a small model on end users' devices, how it fits them; else nothing. */
const fitsOnDevices = (
  catalogue: Catalogue,
  answers: CompleteAnswers,
  model: Model,
  role: CandidateRole,
  inputs: EstimateInputs,
): DeviceFit[] =>
  role === 'small' && answers.run !== 'cloud'
    ? deviceFits(catalogue, model, devicePlaces(inputs.devices), requestTokens(model, inputs))
    : [];

function smallOrder(answers: CompleteAnswers, model: Model, devices: DeviceClass | null): number {
  // On laptops and desktops, the models a phone cannot hold lead: they are what the class adds.
  const onDevice =
    devices === 'laptop' ? (runsOn(model, 'phone') ? 1 : 0) : runsOn(model, devices ?? 'phone') ? 0 : 1;
  if (answers.run === 'device') return onDevice;
  // With a connection usually there, a hosted tier comes before models only a bigger device than a phone holds.
  if (answers.run === 'either')
    return runsOn(model, devices ?? 'phone') ? onDevice : runsOn(model, 'api') ? 2 : 3;
  return runsOn(model, 'api') && answers.privacy !== 'local' ? 0 : runsOn(model, 'single-gpu') ? 1 : 2;
}

function why(answers: CompleteAnswers, model: Model, role: CandidateRole): string {
  const { open, licence } = model.weights.value;
  const access = model.bundledWith
    ? `Built into ${model.bundledWith}, so data stays on the device`
    : open
      ? `Open weights (${licence}) that you can run on machines you control`
      : `Hosted by ${model.price?.value.host ?? model.maker}`;
  const place =
    role === 'large'
      ? runsOn(model, 'single-gpu')
        ? 'fits one GPU server'
        : runsOn(model, 'api') && answers.privacy !== 'local'
          ? 'answers through an API'
          : 'needs a multi-GPU server'
      : runsOn(model, 'phone')
        ? 'runs on phones and laptops'
        : runsOn(model, 'laptop')
          ? 'runs on laptops and a single GPU'
          : 'a low-cost hosted tier';
  return `${access}; ${place}.`;
}

/**
 * The catalogue models worth trying first for these answers: small ones for an SLM or a hybrid's routine
 * path, large ones for an LLM or a hybrid's escalations. Data that must stay local allows only models the
 * team runs or that ship on the device; offline end-user devices allow only models that fit the class of
 * device (`inputs.devices`: phones, laptops and desktops, or edge boxes; without it, phones and laptops).
 */
export function candidatesFor(
  catalogue: Catalogue,
  answers: CompleteAnswers,
  verdict: Verdict,
  /** The request's shape, for the KV cache a device must hold beside the weights, and the class of device. */
  inputs: EstimateInputs,
): Candidate[] {
  const { devices } = inputs;
  // For real-time answers on end users' devices, a model measured on one of them writing slower than people
  // read goes after the rest (on servers the same model runs far faster).
  const readingPace = 1 / catalogue.estimate.sizing.interTokenS.value;
  const tooSlow = (m: Model) =>
    answers.speed === 'instant' &&
    answers.run !== 'cloud' &&
    measuredOn(m, devicePlaces(devices)).some((measured) => measured.tokensPerS < readingPace)
      ? 1
      : 0;
  const pick = (role: CandidateRole, order: (m: Model) => number) =>
    catalogue.models
      .filter((m) => m.size === role && !m.specialty && suits(answers, m, devices))
      .map((model) => ({ model, rank: tooSlow(model) * 10 + order(model) }))
      // A stable sort: models that rank the same keep the catalogue's order.
      .sort((a, b) => a.rank - b.rank)
      .slice(0, COUNTS[verdict][role])
      .map(({ model }) => ({
        model,
        role,
        why: why(answers, model, role),
        fits: fitsOnDevices(catalogue, answers, model, role, inputs),
      }));
  return [
    ...pick('small', (m) => smallOrder(answers, m, devices)),
    // Hosted large models lead unless the data must stay local; then the easiest to self-host lead.
    ...pick('large', (m) =>
      answers.privacy === 'local' ? (runsOn(m, 'single-gpu') ? 0 : 1) : runsOn(m, 'api') ? 0 : 1,
    ),
  ];
}

/** The feature each specialised model is for, and the answers that call for it. */
const SPECIALTIES = {
  'code-completion': {
    // Completing as people type is a simple task that must answer at once.
    calledFor: (answers: CompleteAnswers) => answers.task === 'simple' && answers.speed === 'instant',
    purpose: 'For inline code completion, if that is the feature.',
  },
  voice: {
    // A voice feature must answer in real time; speech in and out add their own delay to the model's.
    calledFor: (answers: CompleteAnswers) => answers.speed === 'instant',
    purpose: 'For a feature people talk to: speech in and out in one model.',
  },
} satisfies Record<
  NonNullable<Model['specialty']>,
  { calledFor: (a: CompleteAnswers) => boolean; purpose: string }
>;

/**
 * Specialised models worth a look beside the list, where the answers call for their kind of feature: a
 * code-completion model for real-time simple work, a speech model for real-time answers. The same data and
 * device rules apply as to every candidate.
 */
export function specialistsFor(
  catalogue: Catalogue,
  answers: CompleteAnswers,
  inputs: EstimateInputs,
): Candidate[] {
  const { devices } = inputs;
  return catalogue.models
    .filter((m) => m.specialty && SPECIALTIES[m.specialty].calledFor(answers) && suits(answers, m, devices))
    .map((model) => ({
      model,
      role: model.size,
      why: `${SPECIALTIES[model.specialty!].purpose} ${why(answers, model, model.size)}`,
      fits: fitsOnDevices(catalogue, answers, model, model.size, inputs),
    }));
}

/** Whole months from the catalogue's date to today: the age the result warns about past six. */
export function catalogueAgeInMonths(catalogue: Catalogue, today: Date): number {
  const [year, month, day = 1] = catalogue.asOf.split('-').map(Number);
  const months = (today.getUTCFullYear() - year!) * 12 + (today.getUTCMonth() + 1 - month!);
  return today.getUTCDate() < day ? months - 1 : months;
}
