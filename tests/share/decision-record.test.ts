import { describe, expect, it } from 'vitest';
import { RulesSchema } from '../../src/rules/schema';
import { rulesData } from '../../src/rules/rules-data';
import { recommend } from '../../src/engine/score';
import { decisionRecord } from '../../src/share/decision-record';
import type { Recommendation } from '../../src/engine/types';

const rules = RulesSchema.parse(rulesData);
const result = recommend(rules, {
  task: 'complex',
  run: 'device',
  speed: 'relaxed',
  budget: 'high',
  privacy: 'managed',
}) as Recommendation;
const record = decisionRecord(rules, result, {
  date: new Date('2026-03-04T10:00:00Z'),
  link: 'https://example.com/#v=1',
});

describe('the Markdown decision record', () => {
  it('has the date, answers, verdict, reasons, rules version and link', () => {
    expect(record).toContain('# Decision: Hybrid: SLM first, LLM for hard cases');
    expect(record).toContain('- Date: 2026-03-04');
    expect(record).toContain('- Verdict: **Hybrid** (Set by a hard constraint; score 0.60');
    expect(record).toContain('- Rules version: 2025.11.1');
    expect(record).toContain('- Reproduce: https://example.com/#v=1');
    expect(record).toContain(
      '| What kind of task will the model do? | Complex or creative | strongly toward an LLM |',
    );
    expect(record).toContain('## Hard constraints');
    expect(record).toContain('**A complex task that must run offline.**');
    expect(record).toContain('## What would change the verdict');
  });

  it('has both playbooks for a hybrid, and how they fit together', () => {
    expect(record).toContain('## Small language model (SLM), step by step');
    expect(record).toContain('## Large language model (LLM), step by step');
    expect(record).toContain('9. **Evolve with feedback**: Improve accuracy and reasoning over time.');
    expect(record).toContain('## How the two fit together');
  });

  it('is a table a ticket renders: every row has four cells', () => {
    const rows = record.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(4);
  });
});
