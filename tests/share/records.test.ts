import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/score';
import { experimentFor } from '../../src/engine/experiment';
import type { Recommendation } from '../../src/engine/types';
import { decisionRecord } from '../../src/share/decision-record';
import { experimentMarkdown } from '../../src/share/experiment-text';
import { catalogue } from '../shipped-catalogue';
import { rules } from '../shipped-rules';

// One set of answers per kind of result, with the estimate's levers each allows: a device model with
// local data, a hybrid with the person's own traffic, a hosted large model that may wait (batch, cache).
const CASES = {
  slm: [{ task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' }, {}],
  hybrid: [
    { task: 'mixed', run: 'either', speed: 'moderate', budget: 'medium', privacy: 'controlled' },
    { rpd: 20000, esc: 10, cache: 50 },
  ],
  llm: [
    { task: 'complex', run: 'cloud', speed: 'relaxed', budget: 'high', privacy: 'managed' },
    { rpd: 500, tin: 4000, tout: 800 },
  ],
} as const;
const TODAY = new Date('2026-12-01T00:00:00Z');

/** The whole Markdown record a person copies, with its experiment, for each case. */
function records(): string {
  return Object.entries(CASES)
    .map(([name, [answers, traffic]]) => {
      const result = recommend(rules, answers) as Recommendation;
      const record = decisionRecord(rules, result, { date: TODAY, link: `https://example.com/#${name}` });
      const experiment = experimentMarkdown(
        catalogue,
        experimentFor(catalogue, answers, result.verdict, traffic, TODAY),
      );
      return [`<!-- ${name} -->`, record, ...experiment].join('\n');
    })
    .join('\n\n');
}

describe('the records a person copies', () => {
  it('match the checked-in golden file, word for word (regenerate with UPDATE_GOLDEN=1 and review the diff)', () => {
    const golden = new URL('./records.golden.md', import.meta.url);
    const actual = records();
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
