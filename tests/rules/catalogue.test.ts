import { describe, expect, it } from 'vitest';
import { damaged, problemsOf } from '../damaged';
import { catalogueData } from '../../src/rules/catalogue-data';
import { shippedCatalogue } from '../../src/rules/catalogue';
import { loadCatalogue } from '../../src/rules/catalogue-schema';
import { catalogue } from '../shipped-catalogue';

const problems = (data: unknown) => problemsOf(loadCatalogue, data);
const damagedCopy = (path: string, value: unknown) => damaged(catalogueData, path, value);

describe('the shipped catalogue', () => {
  it('parses, exactly as the app trusts it, with at least 8 small and 8 large models', () => {
    expect(loadCatalogue(catalogueData)).toEqual({ ok: true, rules: shippedCatalogue });
    expect(catalogue.models.filter((m) => m.size === 'small').length).toBeGreaterThanOrEqual(8);
    expect(catalogue.models.filter((m) => m.size === 'large').length).toBeGreaterThanOrEqual(8);
  });

  it('cites every source it lists', () => {
    const cited = new Set(
      JSON.stringify(catalogueData)
        .match(/"source":"[^"]+"/g)!
        .map((s) => s.slice(10, -1)),
    );
    expect(Object.keys(catalogue.sources).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('a catalogue entry without its evidence is rejected', () => {
  it.each([
    [
      'a figure without a source',
      'models.0.params.source',
      undefined,
      'models.0.params.source: Expected string',
    ],
    ['a figure without a date', 'models.3.weights.date', undefined, 'models.3.weights.date: Expected string'],
    ['a price without a date', 'models.8.price.date', undefined, 'models.8.price.date'],
    [
      'a date that is not one',
      'models.0.runs.date',
      '29/11/2026',
      'models.0.runs.date: A date as YYYY-MM-DD or YYYY-MM',
    ],
    [
      'a source that is not listed',
      'models.0.memoryGB.source',
      'a-blog',
      'models.0.memoryGB.source: Unknown source "a-blog"',
    ],
    [
      'a source without an https address',
      'sources.llmtco.url',
      'http://llmtco.com',
      'sources.llmtco.url: An https address',
    ],
    ['a bare number instead of a figure', 'models.0.memoryGB', 2.9, 'models.0.memoryGB: Expected object'],
    [
      'device memory sizes out of order',
      'estimate.devices.tiersGB.phone',
      [8, 4],
      'estimate.devices.tiersGB.phone: Smallest first, each once',
    ],
    [
      'an app counting on more memory than a device has',
      'estimate.devices.appShare.laptop',
      1.5,
      'estimate.devices.appShare.laptop: Must be at most 1',
    ],
    [
      'a path priced with an unknown model',
      'estimate.paths.hosted-small.model',
      'gpt-7',
      'Unknown model "gpt-7"',
    ],
    [
      'a hosted path on a model with no price',
      'estimate.paths.hosted-large.model',
      'qwen3-235b',
      '"qwen3-235b" has no price',
    ],
    [
      'a GPU path on a model with no architecture',
      'estimate.paths.self-hosted-large.model',
      'qwen3-235b',
      '"qwen3-235b" has no architecture to size GPUs with',
    ],
    ['a GPU price without a source', 'gpus.h100.hourly.source', undefined, 'gpus.h100.hourly.source'],
    ['a GPU figure from an unknown source', 'gpus.l4.spec.source', 'somewhere', 'Unknown source "somewhere"'],
    ['a missing GPU', 'gpus.b200', undefined, 'gpus.b200'],
    [
      'a path on an unknown GPU',
      'estimate.paths.self-hosted-large.gpu',
      'tpu',
      'estimate.paths.self-hosted-large.gpu',
    ],
    ['a missing path', 'estimate.paths.device', undefined, 'estimate.paths.device'],
    [
      'too few large models',
      'models',
      catalogueData.models.slice(0, 20),
      'At least 8 large models are needed, found 2',
    ],
  ])('%s', (_, path, value, expected) => {
    expect(problems(damagedCopy(path, value)).join('\n')).toContain(expected);
  });
});

describe('the catalogue’s age', () => {
  const months = (from: string, to: string) => {
    const [fy, fm] = from.split('-').map(Number);
    const [ty, tm] = to.split('-').map(Number);
    return (ty! - fy!) * 12 + (tm! - fm!);
  };

  it('lists a model released before its review window only with the reason it is still there', () => {
    const stale = catalogue.models.filter(
      (m) => months(m.weights.date, catalogue.asOf) > catalogue.reviewMonths && !m.keptBecause,
    );
    expect(stale.map((m) => `${m.name} (${m.weights.date})`)).toEqual([]);
  });
});

describe('reasoning settings as data', () => {
  const efforts = (name: string) => catalogue.models.find((m) => m.name === name)!.reasoning!.value.efforts;

  it('lists the efforts each model takes, lowest first: GPT-6.2 Sol and Astra refuse none and minimal', () => {
    expect(efforts('GPT-6 Luna')[0]).toBe('none');
    for (const name of ['GPT-6.2 Sol', 'GPT-6.2 Astra']) {
      expect(efforts(name)).not.toContain('none');
      expect(efforts(name)).not.toContain('minimal');
      expect(efforts(name)[0]).toBe('low');
    }
  });
});
