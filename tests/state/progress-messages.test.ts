import { describe, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import { describeAnswers, describeOrigin } from '../../src/state/progress-messages';

const at = Date.UTC(2026, 10, 29, 10, 40);
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at);

describe('how a set kept aside is labelled', () => {
  it.each([
    ['saved', `Your answers saved in this browser, ${when}`],
    ['link', `Answers from a link you opened, ${when}`],
    ['tab', `Answers saved in another tab, ${when}`],
  ] as const)('from %s', (from, label) => {
    expect(describeOrigin({ id: 'a', answers: {}, from, at })).toBe(label);
    expect(when).toMatch(/^29 Nov 2026, \d\d:40$/);
  });

  it('says “earlier” for a set saved before times were recorded', () => {
    expect(describeOrigin({ id: 'a', answers: {}, from: 'saved', at: null })).toBe(
      'Your answers saved in this browser earlier',
    );
  });

  it('names the answers in question order, and how many of five a partial set holds', () => {
    const set = (answers: Record<string, string>) => ({ id: 'a', answers, from: 'saved' as const, at });
    expect(describeAnswers(rules, set({ run: 'cloud', task: 'complex' }))).toBe(
      'Complex or creative; On servers: a provider’s cloud or your own (2 of 5 answered)',
    );
    expect(
      describeAnswers(
        rules,
        set({ task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' }),
      ),
    ).toBe(
      'Simple and repetitive; On end users’ devices, offline; Instantly, in real time; Low; It stays with us: no third party',
    );
  });
});
