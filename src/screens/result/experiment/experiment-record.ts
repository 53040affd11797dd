import { shippedCatalogue } from '../../../rules/catalogue';
import type { Traffic } from '../../../rules/traffic';
import { experimentFor } from '../../../engine/experiment';
import type { Recommendation } from '../../../engine/types';
import { experimentMarkdown } from '../../../share/experiment-text';

/** The decision record's candidates and estimate, from the shipped catalogue. */
export function experimentLines(result: Recommendation, traffic: Traffic): string[] {
  return experimentMarkdown(
    shippedCatalogue,
    experimentFor(shippedCatalogue, result.answers, result.verdict, traffic, new Date()),
  );
}
