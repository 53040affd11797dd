import type { Catalogue, Model } from '../rules/catalogue-schema';
import type { Verdict } from '../rules/schema';
import type { DeviceClass, Traffic } from '../rules/traffic';
import { candidatesFor, catalogueAgeInMonths, specialistsFor, type Candidate } from './candidates';
import { deviceFits, devicePlaces, shippedFormats, type DeviceFit } from './device-fit';
import { estimate, requestTokens, type Estimate } from './estimate';
import { inputsFor } from './estimate-inputs';
import { speedMisses, speedTargetFor, type SpeedMiss, type SpeedTarget } from './speed-check';
import type { CompleteAnswers } from './types';

/** A first experiment for a verdict: the models to try, what they cost at this traffic, and the data's age. */
export interface Experiment {
  verdict: Verdict;
  candidates: Candidate[];
  /** Models for one kind of feature (code completion, voice), where the answers call for it. */
  specialists: Candidate[];
  /** The class of end users' devices the candidates fit, where the answers have a device path and it was chosen. */
  devices: DeviceClass | null;
  estimate: Estimate;
  /**
   * The on-device path's model and how it fits each memory size of the devices it is for, in each format its
   * maker ships; null without it.
   */
  onDevice: { model: Model; fits: DeviceFit[] } | null;
  /** What the speed answer asks for, and the ways of running it that miss it, with what would meet it. */
  speed: { answer: string; target: SpeedTarget | null; misses: SpeedMiss[] };
  ageInMonths: number;
}

export function experimentFor(
  catalogue: Catalogue,
  answers: CompleteAnswers,
  verdict: Verdict,
  traffic: Traffic,
  today: Date,
): Experiment {
  const inputs = inputsFor(catalogue, answers, traffic);
  const estimated = estimate(catalogue, answers, verdict, inputs);
  const onDevice = estimated.paths.find((p) => p.id === 'device')?.model;
  return {
    verdict,
    candidates: candidatesFor(catalogue, answers, verdict, inputs),
    specialists: specialistsFor(catalogue, answers, inputs),
    devices: answers.run !== 'cloud' ? inputs.devices : null,
    estimate: estimated,
    onDevice: onDevice
      ? {
          model: onDevice,
          fits: deviceFits(
            catalogue,
            onDevice,
            devicePlaces(inputs.devices),
            requestTokens(onDevice, inputs),
            shippedFormats,
          ),
        }
      : null,
    speed: {
      answer: answers.speed,
      target: speedTargetFor(catalogue, answers),
      misses: speedMisses(catalogue, answers, estimated),
    },
    ageInMonths: catalogueAgeInMonths(catalogue, today),
  };
}
