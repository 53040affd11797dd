import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampHeight, envelope, readAppMessage, readHostMessage } from '../../src/embed/protocol';

describe('the embed protocol', () => {
  it('wraps messages in the contract envelope', () => {
    expect(envelope({ type: 'resize', height: 640 })).toEqual({
      source: 'slm-or-llm',
      v: 1,
      type: 'resize',
      height: 640,
    });
  });

  it.each([
    [{ source: 'slm-or-llm', v: 1, type: 'ready' }, { type: 'ready' }],
    [
      { source: 'slm-or-llm', v: 1, type: 'resize', height: 640.4 },
      { type: 'resize', height: 640 },
    ],
    [
      { source: 'slm-or-llm', v: 1, type: 'resize', height: 1e12 },
      { type: 'resize', height: 20000 },
    ],
    [
      { source: 'slm-or-llm', v: 1, type: 'resize', height: -3 },
      { type: 'resize', height: 200 },
    ],
    [
      { source: 'slm-or-llm', v: 1, type: 'step', step: 'privacy', answers: { task: 'simple', run: '<b>' } },
      { type: 'step', step: 'privacy', answers: { task: 'simple' } },
    ],
    // From an app that sent no answers with its steps.
    [
      { source: 'slm-or-llm', v: 1, type: 'step', step: 'task' },
      { type: 'step', step: 'task', answers: {} },
    ],
    [
      {
        source: 'slm-or-llm',
        v: 1,
        type: 'result',
        verdict: 'llm',
        answers: { task: 'complex', colour: 'red', run: 7 },
      },
      { type: 'result', verdict: 'llm', answers: { task: 'complex' } },
    ],
    [
      {
        source: 'slm-or-llm',
        v: 1,
        type: 'result',
        verdict: 'hybrid',
        answers: {
          task: 'mixed',
          run: 'either',
          speed: 'moderate',
          budget: 'medium',
          privacy: 'controlled<b>',
        },
      },
      {
        type: 'result',
        verdict: 'hybrid',
        answers: { task: 'mixed', run: 'either', speed: 'moderate', budget: 'medium' },
      },
    ],
    [
      {
        source: 'slm-or-llm',
        v: 1,
        type: 'result',
        verdict: 'slm',
        answers: { task: '<b>simple', run: 'a'.repeat(21), speed: 'instant' },
      },
      { type: 'result', verdict: 'slm', answers: { speed: 'instant' } },
    ],
    // A result that also carries a step is a result.
    [
      { source: 'slm-or-llm', v: 1, type: 'result', step: 'task', verdict: 'llm', answers: {} },
      { type: 'result', verdict: 'llm', answers: {} },
    ],
  ])('reads %o', (data, expected) => {
    expect(readAppMessage(data)).toEqual(expected);
  });

  it.each([
    null,
    undefined,
    'resize',
    42,
    [],
    {},
    { source: 'other', v: 1, type: 'ready' },
    { source: 'slm-or-llm', v: 2, type: 'ready' },
    { source: 'slm-or-llm', v: '1', type: 'ready' },
    { source: 'slm-or-llm', v: 1, type: 'resize', height: Number.NaN },
    { source: 'slm-or-llm', v: 1, type: 'resize', height: Infinity },
    { source: 'slm-or-llm', v: 1, type: 'resize', height: '300' },
    { source: 'slm-or-llm', v: 1, type: 'step', step: '<img>' },
    { source: 'slm-or-llm', v: 1, type: 'result', verdict: 'gpt', answers: {} },
    { source: 'slm-or-llm', v: 1, type: 'result', verdict: 'slm', answers: null },
    { source: 'slm-or-llm', v: 1, type: 'theme', theme: 'dark' },
    // Anchored patterns: a valid word with anything before or after it is not valid.
    { source: 'slm-or-llm', v: 1, type: 'step', step: 'task<img>' },
    { source: 'slm-or-llm', v: 1, type: 'step', step: '<img>task' },
    { source: 'slm-or-llm', v: 1, type: 'step', step: 'a'.repeat(21) },
    { source: 'slm-or-llm', v: 1, type: 'step', step: 7 },
    { source: 'slm-or-llm', v: 1, type: 'result', verdict: 'slm-ish', answers: {} },
    { source: 'slm-or-llm', v: 1, type: 'result', verdict: 'not-llm', answers: {} },
    { source: 'slm-or-llm', v: 1, type: 'result', verdict: 3, answers: {} },
    // Values that read as a valid word only once turned into a string.
    { source: 'slm-or-llm', v: 1, type: 'step', step: null },
    { source: 'slm-or-llm', v: 1, type: 'result', verdict: ['slm'], answers: {} },
    // Fields that fit another type do not make a message of it.
    { source: 'slm-or-llm', v: 1, type: 'nonsense', step: 'task', verdict: 'slm', answers: {} },
  ])('ignores %o', (data) => {
    expect(readAppMessage(data)).toBeNull();
  });

  it('takes only a theme message as a theme, whatever else carries a theme field', () => {
    expect(readHostMessage({ source: 'slm-or-llm', v: 1, type: 'resize', theme: 'dark' })).toBeNull();
  });

  it('accepts only a light or dark theme from the host', () => {
    expect(readHostMessage({ source: 'slm-or-llm', v: 1, type: 'theme', theme: 'dark' })).toEqual({
      type: 'theme',
      theme: 'dark',
    });
    for (const theme of ['auto', 'purple', '', null, 1]) {
      expect(readHostMessage({ source: 'slm-or-llm', v: 1, type: 'theme', theme })).toBeNull();
    }
    expect(readHostMessage({ source: 'slm-or-llm', v: 1, type: 'theme', theme: 'light' })).toEqual({
      type: 'theme',
      theme: 'light',
    });
    expect(readHostMessage({ source: 'slm-or-llm', v: 1, type: 'resize', height: 3 })).toBeNull();
    expect(readHostMessage({ source: 'slm-or-llm', v: 2, type: 'theme', theme: 'dark' })).toBeNull();
    expect(readHostMessage({ source: 'other', v: 1, type: 'theme', theme: 'dark' })).toBeNull();
    expect(readHostMessage(null)).toBeNull();
  });

  it('never throws and always clamps (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (type, payload) => {
        const data = {
          source: 'slm-or-llm',
          v: 1,
          type,
          height: payload,
          step: payload,
          verdict: payload,
          answers: payload,
        };
        const message = readAppMessage(data);
        if (message?.type === 'resize') expect(message.height).toBe(clampHeight(message.height));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double(), (height) => {
        const clamped = clampHeight(height);
        if (Number.isFinite(height)) expect(clamped).toBeGreaterThanOrEqual(200);
        else expect(clamped).toBeNull();
      }),
    );
  });
});
