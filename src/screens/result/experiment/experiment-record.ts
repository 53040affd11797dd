import { shippedCatalogue } from '../../../rules/catalogue';
import { shippedProfile } from '../../../rules/shipped-profile';
import type { Rules } from '../../../rules/advice-schema';
import type { Traffic } from '../../../rules/traffic';
import { experimentFor } from '../../../engine/experiment';
import type { Recommendation } from '../../../engine/types';
import { experimentMarkdown } from '../../../share/experiment-text';
import { resultJson } from '../../../share/result-json';

const experimentOf = (result: Recommendation, traffic: Traffic) =>
  experimentFor(shippedCatalogue, result.answers, result.verdict, traffic, new Date());

/** The decision record's candidates and estimate, from the shipped catalogue. */
export function experimentLines(result: Recommendation, traffic: Traffic): string[] {
  return experimentMarkdown(shippedCatalogue, experimentOf(result, traffic));
}

/** The whole result as JSON, with the candidates and estimate from the shipped catalogue. */
export function resultJsonText(rules: Rules, result: Recommendation, traffic: Traffic, link: string): string {
  const json = resultJson(
    rules,
    result,
    { date: new Date(), link },
    shippedCatalogue,
    experimentOf(result, traffic),
    shippedProfile,
  );
  return `${JSON.stringify(json, null, 2)}\n`;
}
