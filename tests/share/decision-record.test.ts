import { describe, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import { recommend } from '../../src/engine/score';
import { decisionRecord } from '../../src/share/decision-record';
import type { Recommendation } from '../../src/engine/types';

// Built inside the tests, not when the file loads, so each test's coverage is its own (see stryker.config.json).
const resultFor = () =>
  recommend(rules, {
    task: 'complex',
    run: 'device',
    speed: 'relaxed',
    budget: 'high',
    privacy: 'managed',
  }) as Recommendation;
const recordOf = (result: Recommendation) =>
  decisionRecord(rules, result, {
    date: new Date('2026-03-04T10:00:00Z'),
    link: 'https://example.com/#v=1',
  });

describe('the Markdown decision record', () => {
  it('has the date, the verdict against the need, the advice’s date, the reasons and the link', () => {
    const record = recordOf(resultFor());
    expect(record).toContain('# Decision: Hybrid: a small model for routine work, a large one for the rest');
    expect(record).toContain('- Date: 2026-03-04');
    expect(record).toContain('- Verdict: **Hybrid** (Pulled down by your constraints; the task needs LLM)');
    expect(record).toContain('- Advice as of December 2026, rules version 2026.12.1');
    expect(record).toContain('- Reproduce: https://example.com/#v=1');
    expect(record).toContain(
      '| What kind of task will the model do? | Complex or creative | Sets the need |',
    );
    expect(record).toContain(
      '| Where must it run? | On end users’ devices, offline | Pulled the verdict down (pull 1) |',
    );
    expect(record).toContain('| What is the budget for running it? | High | Allows, changes nothing |');
    expect(record).toContain('## Hard constraints');
    expect(record).toContain('**A complex task on end users’ devices.**');
    expect(record).toContain('**Read the terms of the tier you use.**');
    expect(record).toContain('## What your team does next\n\n1. **Pick a pair of candidates.**');
    expect(record).toContain('## What would change the verdict');
  });

  it('has both playbooks for a hybrid, framed, with the maker’s steps marked, and how they fit together', () => {
    const record = recordOf(resultFor());
    expect(record).toContain('## How a small model is built and deployed (the source’s nine steps)');
    expect(record).toContain('## How model makers build a large model (the source’s nine steps)');
    expect(record).toContain(
      '4. **Train with power**: Use many GPUs for long training cycles. _(the model maker’s work)_',
    );
    expect(record).toContain('9. **Evolve with feedback**: Improve accuracy and reasoning over time.');
    expect(record).toContain('## How the two fit together');
  });

  it('marks the steps that do not apply to the answers, with what to do instead', () => {
    const cloud = recommend(rules, {
      task: 'simple',
      run: 'cloud',
      speed: 'moderate',
      budget: 'low',
      privacy: 'local',
    });
    const text = decisionRecord(rules, cloud as Recommendation, { date: new Date(0), link: 'x' });
    expect(text).toContain(
      '7. **Enable edge-based execution**: Deploy directly on phones or small systems. _(not for these answers)_ Not for you: it runs on servers.',
    );
  });

  it('is a table a ticket renders: every row has four cells', () => {
    const record = recordOf(resultFor());
    const rows = record.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(4);
  });
});
