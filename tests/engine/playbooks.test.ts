import { describe, expect, it } from 'vitest';
import { nextStepsFor, playbookFor } from '../../src/engine/playbooks';
import { rules } from '../shipped-rules';

const statuses = (side: 'slm' | 'llm', answers: Record<string, string>) =>
  playbookFor(rules, side, answers).steps.map((s) => s.status);

describe('the source’s playbooks, framed for the answers', () => {
  it('keeps all nine steps of each, in the source’s order', () => {
    expect(playbookFor(rules, 'slm', {}).steps.map((s) => s.title)).toEqual(
      rules.playbooks.slm.steps.map((s) => s.title),
    );
    expect(playbookFor(rules, 'llm', {}).steps).toHaveLength(9);
  });

  it('marks the training of a large model as the model maker’s work', () => {
    expect(statuses('llm', { privacy: 'managed' })).toEqual([
      'yours',
      'maker',
      'maker',
      'maker',
      'yours',
      'yours',
      'yours',
      'yours',
      'yours',
    ]);
    expect(playbookFor(rules, 'llm', {}).framing).toMatch(/model maker/);
  });

  it('marks steps that do not apply: device steps on servers, a third-party cloud for data that stays with you', () => {
    expect(statuses('slm', { run: 'cloud' }).slice(5, 7)).toEqual(['not-for-you', 'not-for-you']);
    expect(statuses('slm', { run: 'device' }).every((s) => s === 'yours')).toBe(true);
    const host = playbookFor(rules, 'llm', { privacy: 'local' }).steps[5]!;
    expect(host).toMatchObject({ status: 'not-for-you', note: expect.stringMatching(/servers you run/) });
  });
});

describe('what a team does next', () => {
  it.each([
    ['slm', /two or three candidates/, /Fine-tune only if/],
    ['hybrid', /pair of candidates/, /route/],
    ['llm', /do not build one/, /guardrails/],
  ] as const)(
    'for %s: candidates, an evaluation set, a side-by-side comparison, then cost',
    (verdict, first, own) => {
      const steps = nextStepsFor(rules, { answers: {}, verdict }).map((s) => `${s.title}. ${s.description}`);
      expect(steps[0]).toMatch(first);
      expect(steps.some((s) => own.test(s))).toBe(true);
      expect(steps.some((s) => /100–500 examples from real traffic/.test(s))).toBe(true);
      expect(steps.at(-1)).toMatch(/optimise cost and latency/);
    },
  );

  it('adds retrieval to a small model’s steps where the task is mixed or complex, and only there', () => {
    const retrieval = (task: string) =>
      nextStepsFor(rules, { answers: { task }, verdict: 'slm' }).some((s) => /retrieval/i.test(s.title));
    expect(retrieval('mixed')).toBe(true);
    expect(retrieval('complex')).toBe(true);
    expect(retrieval('simple')).toBe(false);
  });

  it('asks a large path to set its reasoning effort and count its tokens', () => {
    for (const verdict of ['hybrid', 'llm'] as const)
      expect(nextStepsFor(rules, { answers: {}, verdict }).map((s) => s.title)).toContain(
        'Set the reasoning effort, and count its tokens',
      );
    expect(nextStepsFor(rules, { answers: {}, verdict: 'slm' }).map((s) => s.title)).not.toContain(
      'Set the reasoning effort, and count its tokens',
    );
  });
});
