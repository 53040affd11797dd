/** The message protocol between the app in an iframe and its host page (design.md). Dependency-free. */
import { CRITERION_IDS } from '../rules/criterion-ids';

export const SOURCE = 'slm-or-llm';
export const PROTOCOL_VERSION = 1;
/** The accessible name of every iframe that shows the wizard (design.md). */
export const IFRAME_TITLE = 'SLM or LLM? decision wizard';
const EMBED_MIN_HEIGHT = 200;
const EMBED_MAX_HEIGHT = 20000;

export type AppMessage =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  /** `answers`: those given so far, so a host can hand them back when it shows the wizard again. */
  | { type: 'step'; step: string; answers: Record<string, string> }
  | { type: 'result'; verdict: string; answers: Record<string, string> };
export type HostMessage = { type: 'theme'; theme: 'light' | 'dark' };
export type Envelope<M> = M & { source: typeof SOURCE; v: typeof PROTOCOL_VERSION };

export const envelope = <M extends AppMessage | HostMessage>(message: M): Envelope<M> => ({
  source: SOURCE,
  v: PROTOCOL_VERSION,
  ...message,
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isOurs = (data: unknown): data is Record<string, unknown> =>
  isObject(data) && data.source === SOURCE && data.v === PROTOCOL_VERSION;

/** A finite height clamped to the allowed range, or null for anything else. */
export function clampHeight(value: unknown): number | null {
  // Number.isFinite is false for anything but a finite number (it never converts), so value is one below.
  if (!Number.isFinite(value)) return null;
  return Math.round(Math.min(EMBED_MAX_HEIGHT, Math.max(EMBED_MIN_HEIGHT, value as number)));
}

/** The theme a host asked for, or null when the message is anything else. */
export function readHostMessage(data: unknown): HostMessage | null {
  if (!isOurs(data) || data.type !== 'theme') return null;
  return data.theme === 'light' || data.theme === 'dark' ? { type: 'theme', theme: data.theme } : null;
}

/** The five answers' plain-word values, copied as strings; anything else is left out. */
function readAnswers(data: unknown): Record<string, string> {
  const answers: Record<string, string> = {};
  if (!isObject(data)) return answers;
  for (const key of CRITERION_IDS) {
    const value = data[key];
    if (typeof value === 'string' && /^[a-z]{1,20}$/.test(value)) answers[key] = value;
  }
  return answers;
}

/** A valid message from the app, or null. Heights are clamped; answers are copied as plain strings. */
export function readAppMessage(data: unknown): AppMessage | null {
  if (!isOurs(data)) return null;
  const { type, step, verdict } = data;
  if (type === 'ready') return { type };
  if (type === 'resize') {
    const height = clampHeight(data.height);
    return height === null ? null : { type, height };
  }
  const answers = readAnswers(data.answers);
  if (type === 'step' && typeof step === 'string' && /^[a-z]{1,20}$/.test(step))
    return { type, step, answers };
  return type === 'result' &&
    typeof verdict === 'string' &&
    /^(slm|hybrid|llm)$/.test(verdict) &&
    isObject(data.answers)
    ? { type, verdict, answers }
    : null;
}
