import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/rules/profile';
import { applyProfile } from '../../src/rules/profile-apply';
import { PRIVACY_OPTION_IDS, type Profile } from '../../src/rules/profile-schema';
import { questionsData } from '../../src/rules/questions-data';
import { estimate } from '../../src/engine/estimate';
import { inputsFor } from '../../src/engine/estimate-inputs';
import { verdictFor } from '../../src/engine/decide';
import { profileJsonSchema, readProfile } from '../../scripts/organisation-profile';
import { shipped } from '../../scripts/shipped-tables';
import { catalogue } from '../shipped-catalogue';

const example = JSON.parse(readFileSync('profiles/example.json', 'utf8')) as Profile;
const validateWithJsonSchema = new Ajv2020({ allErrors: true, strict: false }).compile(profileJsonSchema());

/** The example profile with one change, as a person editing it would make. */
const edited = (change: (profile: Record<string, unknown>) => void) => {
  const profile = structuredClone(example) as unknown as Record<string, unknown>;
  change(profile);
  return profile;
};
const problemsOf = (data: unknown) => {
  const checked = checkProfile(catalogue, data);
  return checked.ok ? [] : checked.problems;
};
const models = (p: Record<string, unknown>) => p.models as NonNullable<Profile['models']>;

describe('an organisation profile', () => {
  it('the worked example passes, as its own file and through the JSON Schema the build ships', () => {
    expect(problemsOf(example)).toEqual([]);
    expect(readProfile('profiles/example.json', catalogue).ok).toBe(true);
    expect(validateWithJsonSchema(example), JSON.stringify(validateWithJsonSchema.errors)).toBe(true);
  });

  // Mistakes of shape: the zod schema and the generated JSON Schema both reject them.
  const shapeMistakes: [string, (p: Record<string, unknown>) => void, string][] = [
    [
      'a figure without a source',
      (p) => delete (p.prices as Record<string, { source?: string }>)['claude-haiku-5-5']!.source,
      'prices.claude-haiku-5-5.source: ',
    ],
    [
      'a price that is not a number',
      (p) => {
        (p.prices as Record<string, { value: { input: unknown } }>)['claude-haiku-5-5']!.value.input = '0.8';
      },
      'prices.claude-haiku-5-5.value.input: ',
    ],
    ['an unknown key', (p) => (p.colour = 'teal'), '(root): Unknown field "colour"'],
    ['a GPU the table does not have', (p) => (p.owned = [{ gpu: 'v100', count: 2 }]), 'owned.0.gpu: '],
    ['a link that is not https', (p) => (p.links = [{ title: 'Wiki', url: 'http://wiki' }]), 'links.0.url: '],
  ];
  for (const [mistake, change, problem] of shapeMistakes)
    it(`rejects ${mistake}, with its path, in the app's check and in the JSON Schema`, () => {
      const profile = edited(change);
      expect(problemsOf(profile).join('\n')).toContain(problem);
      expect(validateWithJsonSchema(profile)).toBe(false);
    });

  // Mistakes only the catalogue can show: `npm run profile:check` and the build find them.
  const referenceMistakes: [string, (p: Record<string, unknown>) => void, string][] = [
    ['an unknown model id', (p) => models(p).allow!.push('gpt-9'), 'models.allow.10: Unknown model "gpt-9"'],
    [
      'a price for an unknown model',
      (p) => ((p.prices as Record<string, unknown>)['gpt-9'] = example.prices!['claude-haiku-5-5']),
      'prices.gpt-9: Unknown model "gpt-9"',
    ],
    [
      'a duplicate id',
      (p) => models(p).own!.push({ ...models(p).own![0]!, id: 'qwen3-8b' }),
      'models.own.1.id: Duplicate model id "qwen3-8b": the catalogue has it',
    ],
    [
      'a source nobody lists',
      (p) => (models(p).own![0]!.params.source = 'nowhere'),
      'models.own.0.params.source: Unknown source "nowhere"',
    ],
    [
      'a way of running it whose model it does not allow',
      (p) => delete (p.paths as Record<string, string>)['hosted-large'],
      'paths.hosted-large: This way of running it uses "gpt-6-2-sol", which the profile does not allow',
    ],
    [
      'no small model left',
      (p) => (p.models = { allow: ['claude-sonnet-5-5'] }),
      'models: No small model is left to recommend',
    ],
  ];
  for (const [mistake, change, problem] of referenceMistakes)
    it(`rejects ${mistake}, with its path`, () => {
      expect(problemsOf(edited(change)).join('\n')).toContain(problem);
    });

  it('reports a file that is not JSON, or not there, as one plain problem', () => {
    expect(readProfile('README.md', catalogue)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^\(file\): is not JSON: /)],
    });
    expect(readProfile('no-such-profile.json', catalogue)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^\(file\): cannot be read: /)],
    });
  });

  it('states a meaning for each option of the privacy question, and only those', () => {
    const privacy = questionsData.criteria.find((c) => c.id === 'privacy')!;
    expect(privacy.options.map((o) => o.id)).toEqual([...PRIVACY_OPTION_IDS]);
  });
});

describe('a catalogue with a profile applied', () => {
  const profiled = applyProfile(catalogue, example);

  it('keeps only the allowed models and the organisation’s own, at its prices', () => {
    expect(profiled.models.map((m) => m.id).sort()).toEqual(
      [...example.models!.allow!, 'example-support-8b'].sort(),
    );
    expect(profiled.models.find((m) => m.id === 'claude-haiku-5-5')!.price).toEqual(
      example.prices!['claude-haiku-5-5'],
    );
  });

  it('prices its GPU-hours, sizes self-hosting on the GPUs it owns, and starts from its traffic', () => {
    expect(profiled.gpus.h100.hourly.value).toBe(1.85);
    expect(profiled.gpus.h100.rentedFrom).toBe('Example Corp');
    expect(profiled.estimate.paths['self-hosted-large'].gpu).toBe('h100');
    expect(profiled.estimate.requestsPerDay).toBe(20_000);
    // A way whose model changed no longer carries the catalogue model's speed.
    expect(profiled.estimate.paths['hosted-large'].model).toBe('claude-sonnet-5-5');
    expect(profiled.estimate.paths['hosted-large'].speed).toBeUndefined();
  });

  it('leaves out the hosted ways it does not use, and never changes a verdict', () => {
    const noApis = applyProfile(catalogue, { ...example, unusedPaths: ['hosted-small', 'hosted-large'] });
    const answers = {
      task: 'mixed',
      run: 'cloud',
      speed: 'moderate',
      budget: 'medium',
      privacy: 'controlled',
    } as const;
    const verdict = verdictFor(shipped.rules, answers);
    const ids = (c: typeof catalogue) =>
      estimate(c, answers, verdict, inputsFor(c, answers, {})).paths.map((p) => p.id);
    expect(ids(catalogue)).toEqual([
      'hosted-small',
      'self-hosted-small',
      'hosted-large',
      'self-hosted-large',
    ]);
    expect(ids(noApis)).toEqual(['self-hosted-small', 'self-hosted-large']);
  });
});
