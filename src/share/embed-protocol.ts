/** The message protocol between the app in an iframe and its host page (design.md). Dependency-free. */
export const SOURCE = 'slm-or-llm';
export const PROTOCOL_VERSION = 1;
/** The accessible name of every iframe that shows the wizard (design.md). */
export const IFRAME_TITLE = 'SLM or LLM? decision wizard';
const EMBED_MIN_HEIGHT = 200;
const EMBED_MAX_HEIGHT = 20000;

export type AppMessage =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'step'; step: string }
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
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.round(Math.min(EMBED_MAX_HEIGHT, Math.max(EMBED_MIN_HEIGHT, value)));
}

/** The theme a host asked for, or null when the message is anything else. */
export function readHostMessage(data: unknown): HostMessage | null {
  if (!isOurs(data) || data.type !== 'theme') return null;
  return data.theme === 'light' || data.theme === 'dark' ? { type: 'theme', theme: data.theme } : null;
}

/** A valid message from the app, or null. Heights are clamped; answers are copied as plain strings. */
export function readAppMessage(data: unknown): AppMessage | null {
  if (!isOurs(data)) return null;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'resize': {
      const height = clampHeight(data.height);
      return height === null ? null : { type: 'resize', height };
    }
    case 'step':
      return typeof data.step === 'string' && /^[a-z]{1,20}$/.test(data.step)
        ? { type: 'step', step: data.step }
        : null;
    case 'result': {
      if (
        typeof data.verdict !== 'string' ||
        !/^(slm|hybrid|llm)$/.test(data.verdict) ||
        !isObject(data.answers)
      ) {
        return null;
      }
      const answers: Record<string, string> = {};
      for (const key of ['task', 'run', 'speed', 'budget', 'privacy']) {
        const value = data.answers[key];
        if (typeof value === 'string' && /^[a-z]{1,20}$/.test(value)) answers[key] = value;
      }
      return { type: 'result', verdict: data.verdict, answers };
    }
    default:
      return null;
  }
}
