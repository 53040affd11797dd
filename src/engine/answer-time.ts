import type { DeviceSpeed, Model, Speed } from '../rules/catalogue-schema';
import type { DeviceClass } from '../rules/traffic';
import type { Tokens } from './sizing';

/** Seconds to the first visible word and to the whole answer; null where nothing measures them. */
export interface AnswerTime {
  ttftS: number | null;
  totalS: number | null;
}

/**
 * A model that reasons writes its reasoning before its answer: the first visible word waits for that share of
 * the writing time. `tokens.output` counts the reasoning with the answer.
 */
export const afterReasoning = <Time extends { ttftS: number; totalS: number }>(
  time: Time,
  thinking: number,
  tokens: Tokens,
): Time => ({ ...time, ttftS: time.ttftS + ((time.totalS - time.ttftS) * thinking) / tokens.output });

/** The prompt read (or the measured wait for the first token), then every output token at the measured rate. */
const readThenWrite = (ttftS: number, tokensPerS: number, tokens: Tokens, thinking: number) =>
  afterReasoning({ ttftS, totalS: ttftS + tokens.output / tokensPerS }, thinking, tokens);

/** One request at a measured speed, where the speed says enough to time its first token. */
export function answerTime(
  speed: Pick<Speed, 'ttftS' | 'prefillPerS' | 'tokensPerS'> | undefined,
  tokens: Tokens,
  thinking: number,
): AnswerTime {
  const ttftS = speed && (speed.ttftS ?? (speed.prefillPerS && tokens.input / speed.prefillPerS));
  return ttftS ? readThenWrite(ttftS, speed!.tokensPerS, tokens, thinking) : { ttftS: null, totalS: null };
}

/** One device a model was measured on, and how long the person's request takes there. */
export interface DeviceTime extends DeviceSpeed {
  ttftS: number;
  totalS: number;
}

/** The devices of these classes the model was measured on, in the catalogue's order. */
export const measuredOn = (model: Model, places: readonly DeviceClass[]): DeviceSpeed[] =>
  model.deviceSpeeds?.value.filter((measured) => places.includes(measured.place)) ?? [];

/** The person's request on each device of these classes that the model was measured on. */
export const deviceTimes = (
  model: Model,
  places: readonly DeviceClass[],
  tokens: Tokens,
  thinking: number,
): DeviceTime[] =>
  measuredOn(model, places).map((measured) => ({
    ...measured,
    ...readThenWrite(tokens.input / measured.prefillPerS, measured.tokensPerS, tokens, thinking),
  }));

/**
 * The device a plan should count on: the one that takes longest over the whole answer. The measured devices
 * are recent flagships, so this is the floor of what they show, not of every device people own.
 */
export const slowest = (times: readonly DeviceTime[]): DeviceTime | null =>
  times.reduce<DeviceTime | null>(
    (worst, time) => (worst && worst.totalS >= time.totalS ? worst : time),
    null,
  );
