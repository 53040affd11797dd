import { describe, expect, it } from 'vitest';
import { candidatesFor, catalogueAgeInMonths, specialistsFor } from '../../src/engine/candidates';
import { verdictFor } from '../../src/engine/decide';
import { rules } from '../shipped-rules';
import { catalogue } from '../shipped-catalogue';
import { allCombinations, sideOf } from './combinations';
import type { Model, RunPlace } from '../../src/rules/catalogue-schema';
import type { DeviceClass } from '../../src/rules/traffic';
import { inputsFor } from '../../src/engine/estimate-inputs';
import type { CompleteAnswers } from '../../src/engine/types';

/** The catalogue's request shape for the answers' task: what the device fits hold in their KV cache. */
const shapeOf = (answers: unknown, dev?: DeviceClass) =>
  inputsFor(catalogue, answers as CompleteAnswers, dev ? { dev } : {});

const names = (answers: Record<string, string>, verdict: 'slm' | 'hybrid' | 'llm') =>
  candidatesFor(catalogue, answers as never, verdict, shapeOf(answers)).map(
    (c) => `${c.role}: ${c.model.name}`,
  );

describe('candidates, over all 243 combinations', () => {
  it('lists 3 to 5 models of the sizes the verdict needs, each with a reason', () => {
    for (const answers of allCombinations(rules)) {
      const verdict = verdictFor(rules, answers);
      const candidates = candidatesFor(catalogue, answers, verdict, shapeOf(answers));
      expect(candidates.length).toBeGreaterThanOrEqual(3);
      expect(candidates.length).toBeLessThanOrEqual(5);
      const roles = new Set(candidates.map((c) => c.role));
      expect([...roles].sort()).toEqual(
        verdict === 'hybrid' ? ['large', 'small'] : [verdict === 'slm' ? 'small' : 'large'],
      );
      expect(candidates.every((c) => c.model.size === c.role && c.why.endsWith('.'))).toBe(true);
    }
  });

  it('measures small models against end users’ devices only where the answers put them there', () => {
    for (const answers of allCombinations(rules)) {
      for (const c of [
        ...candidatesFor(catalogue, answers, verdictFor(rules, answers), shapeOf(answers, 'edge')),
        ...specialistsFor(catalogue, answers, shapeOf(answers, 'edge')),
      ]) {
        const measured = c.role === 'small' && answers.run !== 'cloud' && !c.model.bundledWith;
        const onEdge = measured && c.model.runs.value.includes('edge') && c.model.memoryGB !== undefined;
        expect(
          c.fits.map((f) => f.place),
          `${c.model.name} ${answers.run}`,
        ).toEqual(onEdge ? ['edge'] : []);
      }
    }
  });

  it('keeps data that must stay local with models the team runs or that ship on the device', () => {
    for (const answers of allCombinations(rules).filter((a) => a.privacy === 'local')) {
      for (const { model } of candidatesFor(
        catalogue,
        answers,
        verdictFor(rules, answers),
        shapeOf(answers),
      )) {
        expect(model.weights.value.open || model.bundledWith !== undefined, model.name).toBe(true);
      }
    }
  });

  it('puts only models that fit phones or laptops on end users’ devices, and no OS model on a server', () => {
    for (const answers of allCombinations(rules)) {
      for (const { model, role } of candidatesFor(
        catalogue,
        answers,
        verdictFor(rules, answers),
        shapeOf(answers),
      )) {
        if (answers.run === 'device' && role === 'small') {
          expect(
            model.runs.value.some((p) => p === 'phone' || p === 'laptop'),
            model.name,
          ).toBe(true);
        }
        if (answers.run === 'cloud') expect(model.bundledWith, model.name).toBeUndefined();
      }
    }
  });
});

describe('candidates by class of device, over every device combination', () => {
  const onDevice = allCombinations(rules).filter((a) => a.run === 'device' && verdictFor(rules, a) !== 'llm');
  const smallFor = (answers: (typeof onDevice)[number], devices?: DeviceClass) =>
    candidatesFor(catalogue, answers, verdictFor(rules, answers), shapeOf(answers, devices)).filter(
      (c) => c.role === 'small',
    );
  const PHONE_MEMORY_GB = 8;

  it('gives phones only models that run on phones', () => {
    for (const answers of onDevice)
      for (const { model } of smallFor(answers, 'phone'))
        expect(model.runs.value, model.name).toContain('phone');
  });

  it('leads a laptop list with a model that needs more memory than a phone has', () => {
    for (const answers of onDevice) {
      const first = smallFor(answers, 'laptop')[0]!.model;
      expect(first.runs.value, first.name).toContain('laptop');
      expect(first.memoryGB?.value ?? 0, first.name).toBeGreaterThan(PHONE_MEMORY_GB);
    }
  });

  it('gives an edge box models that run there, and never a model bundled with a phone or laptop OS', () => {
    for (const answers of onDevice)
      for (const { model } of smallFor(answers, 'edge')) {
        expect(model.bundledWith, model.name).toBeUndefined();
        expect(model.runs.value, model.name).toContain('edge');
      }
  });

  it('covers phones and laptops when no class is chosen', () => {
    for (const answers of onDevice)
      for (const { model } of smallFor(answers))
        expect(
          model.runs.value.some((p) => p === 'phone' || p === 'laptop'),
          model.name,
        ).toBe(true);
  });

  it('never offers a preview model where the data goes to a provider under contract', () => {
    for (const answers of allCombinations(rules).filter((a) => a.privacy === 'controlled'))
      for (const { model } of candidatesFor(catalogue, answers, verdictFor(rules, answers), shapeOf(answers)))
        expect(model.preview, model.name).toBeUndefined();
  });
});

describe('models for one kind of feature', () => {
  const specialties = (answers: ReturnType<typeof allCombinations>[number], devices?: DeviceClass) =>
    specialistsFor(catalogue, answers, shapeOf(answers, devices)).map((c) => c.model.specialty);

  it('offer code completion for real-time simple work and a speech model for real-time answers, nowhere else', () => {
    for (const answers of allCombinations(rules)) {
      const offered = specialties(answers);
      const instant = answers.speed === 'instant';
      // The open code model runs on laptops and servers, so every real-time simple task can have it.
      expect(offered.includes('code-completion'), JSON.stringify(answers)).toBe(
        instant && answers.task === 'simple',
      );
      // A hosted speech model only where the data may leave, and never offline on a device.
      expect(offered.includes('voice')).toBe(
        instant && answers.privacy !== 'local' && answers.run !== 'device',
      );
    }
  });

  it('follow the same device rules as every candidate, and say what they are for', () => {
    const typing = {
      task: 'simple',
      run: 'device',
      speed: 'instant',
      budget: 'low',
      privacy: 'local',
    } as const;
    expect(specialties(typing)).toEqual(['code-completion']);
    expect(specialties(typing, 'phone')).toEqual([]);
    expect(specialistsFor(catalogue, typing, shapeOf(typing))[0]!.why).toMatch(/^For inline code completion/);
  });
});

describe('candidates for typical answers', () => {
  it.each([
    [
      'a keyboard on phones, data kept there',
      { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' },
      'slm',
      ['Gemma 4 E2B', 'Gemma 4 E4B', 'Apple on-device foundation model', 'Gemini Nano', 'SmolLM3 3B'],
    ],
    [
      'ticket tagging on servers, managed data',
      { task: 'simple', run: 'cloud', speed: 'moderate', budget: 'low', privacy: 'managed' },
      'slm',
      ['GPT-6 Luna', 'Claude Haiku 5.5', 'Gemini 3.5 Flash-Lite', 'gpt-oss-20b', 'Qwen3.5 35B A3B'],
    ],
    [
      'an on-premises research assistant',
      { task: 'complex', run: 'cloud', speed: 'moderate', budget: 'high', privacy: 'local' },
      'llm',
      ['gpt-oss-120b', 'DeepSeek V4 Flash', 'Qwen3 235B A22B Instruct', 'DeepSeek V4 Pro'],
    ],
  ] as const)('%s', (_, answers, verdict, expected) => {
    expect(names(answers, verdict)).toEqual(
      expected.map((n) => `${verdict === 'llm' ? 'large' : 'small'}: ${n}`),
    );
  });

  it('pairs small routine models with large ones for a hybrid', () => {
    expect(
      names(
        { task: 'mixed', run: 'either', speed: 'moderate', budget: 'medium', privacy: 'controlled' },
        'hybrid',
      ),
    ).toEqual([
      'small: Gemma 4 E2B',
      'small: Gemma 4 E4B',
      'small: Apple on-device foundation model',
      'large: GPT-6.2 Sol',
      'large: Claude Sonnet 5.5',
    ]);
  });
});

describe('candidates from a catalogue made to tell each rule apart', () => {
  const on = { source: 'test', date: '2026-11' };
  const model = (
    id: string,
    size: 'small' | 'large',
    runs: RunPlace[],
    { open = true, bundledWith, host }: { open?: boolean; bundledWith?: string; host?: string } = {},
  ): Model => ({
    id,
    name: id,
    maker: `${id} maker`,
    size,
    params: { value: '1B', ...on },
    weights: { value: { open, licence: open ? 'Apache 2.0' : 'proprietary' }, ...on },
    runs: { value: runs, ...on },
    ...(bundledWith && { bundledWith }),
    ...(host && { price: { value: { input: 1, output: 2, host }, ...on } }),
  });
  const pick = (
    models: Model[],
    answers: Record<string, string>,
    verdict: 'slm' | 'hybrid' | 'llm' = 'slm',
  ) => {
    const all = { task: 'simple', speed: 'moderate', budget: 'low', ...answers };
    return candidatesFor({ ...catalogue, models }, all as never, verdict, shapeOf(all)).map(
      (c) => c.model.id,
    );
  };

  it('puts a model measured writing slower than people read after the rest, for real-time answers on devices', () => {
    const speed = (tokensPerS: number) => ({
      deviceSpeeds: {
        value: [{ place: 'phone' as const, device: 'a test', backend: 'GPU', prefillPerS: 100, tokensPerS }],
        ...on,
      },
    });
    const models = [
      { ...model('slow', 'small', ['phone']), ...speed(10) },
      model('unmeasured', 'small', ['phone']),
      { ...model('fast', 'small', ['phone']), ...speed(50) },
    ];
    expect(pick(models, { run: 'device', privacy: 'local', speed: 'instant' })).toEqual([
      'unmeasured',
      'fast',
      'slow',
    ]);
    expect(pick(models, { run: 'device', privacy: 'local' })).toEqual(['slow', 'unmeasured', 'fast']);
    const onServers = [model('slow', 'small', ['single-gpu']), model('fast', 'small', ['single-gpu'])];
    onServers[0] = { ...onServers[0]!, ...speed(10) };
    expect(pick(onServers, { run: 'cloud', privacy: 'local', speed: 'instant' })).toEqual(['slow', 'fast']);
  });

  it('puts a model that runs on laptops alone on end users’ devices, but no model that needs a server', () => {
    const models = [model('api-only', 'small', ['api']), model('laptop-only', 'small', ['laptop'])];
    expect(pick(models, { run: 'device', privacy: 'managed' })).toEqual(['laptop-only']);
  });

  it('keeps a model built into a device off servers, and on the device first', () => {
    const models = [
      model('server', 'small', ['single-gpu']),
      model('built-in', 'small', ['phone'], { open: false, bundledWith: 'an OS' }),
    ];
    expect(pick(models, { run: 'cloud', privacy: 'managed' })).toEqual(['server']);
    expect(pick(models, { run: 'device', privacy: 'local' })).toEqual(['built-in']);
  });

  it('orders small models by where they run: phones first on devices and for either, an API on servers', () => {
    const models = [
      model('gpu', 'small', ['single-gpu']),
      model('api', 'small', ['api'], { open: false, host: 'A host' }),
      model('laptop', 'small', ['laptop']),
      model('phone', 'small', ['phone']),
    ];
    expect(pick(models, { run: 'device', privacy: 'managed' })).toEqual(['phone', 'laptop']);
    expect(pick(models, { run: 'either', privacy: 'managed' })).toEqual(['phone', 'api', 'gpu', 'laptop']);
    expect(pick(models, { run: 'cloud', privacy: 'managed' })).toEqual(['api', 'gpu', 'laptop', 'phone']);
  });

  it('keeps the catalogue’s order between models that rank the same', () => {
    const models = ['a', 'b', 'c', 'd'].map((id) => model(id, 'small', ['single-gpu']));
    expect(pick(models, { run: 'cloud', privacy: 'managed' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leads large models with an API, or with one GPU server when the data must stay local', () => {
    const models = [
      model('multi', 'large', ['multi-gpu']),
      model('single', 'large', ['single-gpu']),
      model('api', 'large', ['api'], { open: false, host: 'A host' }),
    ];
    expect(pick(models, { run: 'cloud', privacy: 'managed' }, 'llm')).toEqual(['api', 'multi', 'single']);
    expect(pick(models, { run: 'cloud', privacy: 'local' }, 'llm')).toEqual(['single', 'multi']);
  });

  it('says who hosts a closed model: its price’s host, or else its maker', () => {
    // The LLM side of every question: complex, on servers, relaxed, high budget, a managed provider.
    const answers = sideOf(rules, 2);
    const why = (m: Model) =>
      candidatesFor({ ...catalogue, models: [m] }, answers, 'llm', shapeOf(answers))[0]!.why;
    expect(why(model('priced', 'large', ['api'], { open: false, host: 'Vertex AI' }))).toMatch(
      /^Hosted by Vertex AI;/,
    );
    expect(why(model('unpriced', 'large', ['api'], { open: false }))).toMatch(/^Hosted by unpriced maker;/);
  });
});

describe('the catalogue’s age', () => {
  it.each([
    ['2026-11-29', 0],
    ['2027-05-28', 5],
    ['2027-05-29', 6],
    ['2027-06-28', 6],
    ['2027-06-29', 7],
  ])('on %s it is %i whole months old', (today, months) => {
    expect(catalogueAgeInMonths(catalogue, new Date(`${today}T12:00:00Z`))).toBe(months);
  });
});
