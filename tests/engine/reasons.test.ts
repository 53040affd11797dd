import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { recommend } from '../../src/engine/score';
import { CRITERION_IDS } from '../../src/rules/schema';
import { rules } from '../shipped-rules';
import { allCombinations } from './combinations';

it('explains every combination of answers as the checked-in golden file does: each answer’s role and effect, the strength and the flips (regenerate with UPDATE_GOLDEN=1 and review the diff)', () => {
  const golden = new URL('./reasons.golden.json', import.meta.url);
  const actual = Object.fromEntries(
    allCombinations(rules).map((answers) => {
      const result = recommend(rules, answers);
      if (result.status !== 'complete') throw new Error('every combination is complete');
      return [
        CRITERION_IDS.map((c) => answers[c]).join(' '),
        [
          `${result.verdict} (${result.strength.id})`,
          result.reasons.map((r) => `${r.criterion}: ${r.role} ${r.effect}`).join(', '),
          result.flips.map((f) => `${f.criterion}=${f.to} → ${f.verdict}`).join(', '),
        ],
      ];
    }),
  );
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(actual, null, 1)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
});
