import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { experimentFor } from '../../src/engine/experiment';
import { recommend } from '../../src/engine/score';
import type { Recommendation } from '../../src/engine/types';
import { applyProfile } from '../../src/rules/profile-apply';
import type { Profile } from '../../src/rules/profile-schema';
import { resultJson } from '../../src/share/result-json';
import { ResultJsonSchema } from '../../src/share/result-json-schema';
import { resultJsonSchema } from '../../scripts/result-json-schema';
import { allCombinations } from '../engine/combinations';
import { catalogue } from '../shipped-catalogue';
import { rules } from '../shipped-rules';
import example from '../../profiles/example.json';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateWithJsonSchema = ajv.compile(resultJsonSchema());
const made = { date: new Date('2026-12-04T12:00:00Z'), link: 'https://example.com/r/slm/#v=1' };

const jsonFor = (answers: unknown, profile: Profile | null = null) => {
  const result = recommend(rules, answers) as Recommendation;
  const used = profile ? applyProfile(catalogue, profile) : catalogue;
  const experiment = experimentFor(used, result.answers, result.verdict, {}, made.date);
  return resultJson(rules, result, made, used, experiment, profile);
};

describe('a result copied as JSON', () => {
  it('matches its published JSON Schema and its zod schema for all 243 combinations', () => {
    for (const answers of allCombinations(rules)) {
      const json = jsonFor(answers);
      expect(validateWithJsonSchema(json), JSON.stringify(validateWithJsonSchema.errors)).toBe(true);
      expect(ResultJsonSchema.safeParse(json).success).toBe(true);
    }
  });

  it('carries the answers, the verdict, every reason, the candidates, each way’s figures and its basis', () => {
    const json = jsonFor({
      task: 'mixed',
      run: 'cloud',
      speed: 'moderate',
      budget: 'medium',
      privacy: 'controlled',
    });
    expect(json).toMatchObject({ verdict: 'hybrid', made: '2026-12-04T12:00:00.000Z', link: made.link });
    expect(json.reasons).toHaveLength(5);
    expect(json.candidates.length).toBeGreaterThan(2);
    expect(json.estimate.ways.map((w) => w.id)).toEqual([
      'hosted-small',
      'self-hosted-small',
      'hosted-large',
      'self-hosted-large',
    ]);
    expect(json.estimate.ways.find((w) => w.id === 'self-hosted-large')!.gpus).toMatchObject({
      type: 'h100',
    });
    expect(json.basis).toEqual({
      adviceAsOf: rules.asOf,
      rulesVersion: String(rules.version),
      catalogueAsOf: catalogue.asOf,
      profile: null,
    });
    expect(json.assumptions.length).toBeGreaterThan(3);
  });

  it('names the organisation’s profile it follows, and only its models', () => {
    const json = jsonFor(
      { task: 'mixed', run: 'cloud', speed: 'moderate', budget: 'medium', privacy: 'controlled' },
      example as Profile,
    );
    expect(json.basis.profile).toEqual({ name: 'Example Corp', asOf: '2026-11-30' });
    const allowed = [...example.models.allow, 'example-support-8b'];
    for (const candidate of json.candidates) expect(allowed).toContain(candidate.id);
    expect(validateWithJsonSchema(json)).toBe(true);
  });

  it('is rejected by its JSON Schema when a field is missing, mistyped or unknown', () => {
    const json = jsonFor({
      task: 'simple',
      run: 'device',
      speed: 'instant',
      budget: 'low',
      privacy: 'local',
    });
    const withoutVerdict: Partial<typeof json> = { ...json };
    delete withoutVerdict.verdict;
    for (const broken of [withoutVerdict, { ...json, version: '1' }, { ...json, extra: true }])
      expect(validateWithJsonSchema(broken)).toBe(false);
  });
});
