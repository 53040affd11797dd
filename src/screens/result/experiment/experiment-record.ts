import { shippedCatalogue } from '../../../rules/catalogue';
import type { Traffic } from '../../../rules/traffic';
import { experimentFor } from '../../../engine/experiment';
import type { Recommendation } from '../../../engine/types';
import { experimentMarkdown } from '../../../share/experiment-text';

/** The decision record's candidates and estimate, from the shipped catalogue; none when it is invalid. */
export function experimentLines(result: Recommendation, traffic: Traffic): string[] {
  const load = shippedCatalogue();
  if (!load.ok) return [];
  return experimentMarkdown(
    load.rules,
    experimentFor(load.rules, result.answers, result.verdict, traffic, new Date()),
  );
}
