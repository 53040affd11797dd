import { describe, expect, it } from 'vitest';
import { experimentFor } from '../../src/engine/experiment';
import {
  ageWarning,
  assumptionsOf,
  breakEvenSentences,
  deviceKvText,
  deviceTiersText,
  experimentMarkdown,
  ownedGpuSentences,
  splitRows,
  pathNote,
  speedSentences,
} from '../../src/share/experiment-text';
import { dollars, percent, roughly, seconds } from '../../src/share/format';
import { formatDate } from '../../src/share/dates';
import { catalogue, plainPrice, withPath } from '../shipped-catalogue';
import { rules } from '../shipped-rules';
import { verdictFor } from '../../src/engine/decide';
import { allCombinations } from '../engine/combinations';

const HYBRID = { task: 'mixed', run: 'either', speed: 'relaxed', budget: 'medium', privacy: 'controlled' };
const TODAY = new Date('2026-12-01T00:00:00Z');

describe('the experiment in the Markdown decision record', () => {
  const lines = experimentMarkdown(
    catalogue,
    experimentFor(catalogue, HYBRID, 'hybrid', { rpd: 20000 }, TODAY),
  );
  const text = lines.join('\n');

  it('lists the candidates with their sources, and says the list is no endorsement', () => {
    expect(text).toContain('## Models to try first (catalogue of 29 Nov 2026)');
    expect(text).toContain('A shortlist to evaluate, not an endorsement.');
    expect(text).toMatch(
      /- \*\*Gemma 4 E2B\*\* \(Google DeepMind, small\): Open weights \(Apache-2.0\).* Source: https:\/\//,
    );
    expect(text).toMatch(/- \*\*GPT-6.2 Sol\*\* \(OpenAI, large\)/);
  });

  it('has the estimate as a table, with the hybrid, the break-even and the levers', () => {
    expect(text).toContain(
      '20,000 requests a day, 1,000 tokens in and 300 out per request, 25% of them escalated',
    );
    expect(text).toContain('| Hosted small tier (GPT-6 Luna) | $152 | $0.25 | 0.7 s | 3.0 s |');
    expect(text).toContain(
      '| Self-hosted large model on rented H100 SXM 80 GB GPUs (gpt-oss-120b) | $1,964 | $3.23 | under 0.1 s | 0.5 s |',
    );
    expect(text).toMatch(
      /\| Hybrid: 38% on the user’s device, 38% hosted small tier, 25% hosted large model \| \$817 \| \$1.34 \| 0.3 s \| 6.5 s \|/,
    );
    expect(text).toContain('costs the same as GPT-6 Luna at about 260,000 requests a day');
    expect(text).toMatch(
      /The same model, gpt-oss-120b, costs less on your own GPUs than hosted by OpenRouter \(fastest providers\) from about [\d,]+ requests a day with these token counts, GPUs sized for that traffic\./,
    );
    const experiment = experimentFor(catalogue, HYBRID, 'hybrid', { rpd: 20000 }, TODAY);
    const never = {
      ...experiment,
      estimate: {
        ...experiment.estimate,
        sameModel: experiment.estimate.sameModel.map((s) => ({ ...s, breakEven: null })),
      },
    };
    expect(breakEvenSentences(catalogue, never).some((t) => t.startsWith('The same model'))).toBe(false);
    expect(text).toContain(
      'Hosted small tier (GPT-6 Luna) with batch processing (50% off, results within 24 hours): $76.04 a month.',
    );
  });

  it('keeps every caveat the page shows: each path’s note and each candidate’s caveat, for all 243 combinations', () => {
    let caveats = 0;
    for (const answers of allCombinations(rules)) {
      const experiment = experimentFor(catalogue, answers, verdictFor(rules, answers), {}, TODAY);
      const record = experimentMarkdown(catalogue, experiment).join('\n');
      for (const path of experiment.estimate.paths) expect(record).toContain(pathNote(path));
      for (const { model } of experiment.candidates)
        if (model.caveat) {
          expect(record).toContain(model.caveat);
          caveats++;
        }
    }
    expect(caveats).toBeGreaterThan(0);
    expect(text).toContain('load-test it');
  });

  it('names the class of device where the answers have a device path and one was chosen', () => {
    const onDevice = { ...HYBRID, run: 'device' };
    const record = (answers: typeof HYBRID, traffic = {}) =>
      experimentMarkdown(catalogue, experimentFor(catalogue, answers, 'hybrid', traffic, TODAY)).join('\n');
    expect(record(onDevice, { dev: 'laptop' })).toContain('\nFor laptops and desktops.\n');
    expect(record(HYBRID, { dev: 'edge' })).toContain(
      '\nFor edge boxes (embedded and industrial computers).\n',
    );
    expect(record(onDevice)).not.toMatch(/\nFor (phones|laptops|edge)/);
    expect(record({ ...HYBRID, run: 'cloud' }, { dev: 'phone' })).not.toMatch(/\nFor (phones|laptops|edge)/);
  });

  it('dates every sourced assumption', () => {
    const items = assumptionsOf(catalogue, experimentFor(catalogue, HYBRID, 'hybrid', {}, TODAY));
    expect(items.filter((a) => a.source).length).toBeGreaterThan(6);
    expect(text).toMatch(
      /- A month is 730 hours of always-on hosting\. \(LLM TCO methodology, 25 Jun 2026: https:\/\/llmtco.com\/methodology\/\)/,
    );
    expect(text).toContain(
      'GPT-6 Luna at OpenAI: $0.10 in and $0.50 out per million tokens, cached input $0.01.',
    );
  });

  it('warns once the catalogue is more than six months old, in the record and on the page', () => {
    const old = experimentFor(catalogue, HYBRID, 'hybrid', {}, new Date('2027-06-30T00:00:00Z'));
    expect(ageWarning(old)).toMatch(/^This catalogue is 7 months old/);
    const lines = experimentMarkdown(catalogue, old);
    const quoted = lines.findIndex((line) => line.startsWith('> This catalogue is 7 months old'));
    expect(quoted).toBeGreaterThan(0);
    expect(lines[quoted + 1]).toBe('');
    expect(
      ageWarning(experimentFor(catalogue, HYBRID, 'hybrid', {}, new Date('2027-05-29T00:00:00Z'))),
    ).toBeNull();
  });
});

describe('the parts of the experiment’s text', () => {
  const experiment = experimentFor(catalogue, HYBRID, 'hybrid', {}, TODAY);
  const gpuPath = experiment.estimate.paths.find((p) => p.gpus)!;

  it('notes a GPU path’s GPUs and their load, and the device a device path is timed on', () => {
    const note = (count: number, band: 'comfortable' | 'tight' | 'split' | 'none') => {
      const gpus = gpuPath.gpus!;
      const memory = { ...gpus.memory, band };
      return pathNote({ ...gpuPath, gpus: { ...gpus, count, utilisation: 0.5, memory, replica: null } });
    };
    expect(note(1, 'tight')).toBe(
      `1 GPU at the peak, 50% loaded on average; the model fits one GPU, tightly. ${gpuPath.otherCosts}`,
    );
    expect(note(3, 'comfortable')).toMatch(/^3 GPUs at the peak, .*with room to spare\./);
    expect(note(0, 'none')).toMatch(/does not fit on 8 GPUs: not priced\./);
    const device = experiment.estimate.paths.find((p) => p.id === 'device')!;
    expect(pathNote(device)).toBe(
      `Timed on the slowest of the 5 devices it was measured on: Windows laptop, Intel Lunar Lake (GPU). ${device.otherCosts}`,
    );
    expect(pathNote({ ...device, devices: device.devices.slice(0, 1) })).toMatch(
      /^Timed on the one device it was measured on: Galaxy S26 Ultra \(GPU\)\. No cost/,
    );
    expect(pathNote({ ...device, devices: [] })).toMatch(
      /^Not measured on these devices, so not timed\. No cost/,
    );
    const hosted = experiment.estimate.paths.find((p) => p.id === 'hosted-small')!;
    expect(pathNote(hosted)).toBe(hosted.otherCosts);
  });

  it('titles the split only for a hybrid', () => {
    expect(splitRows(experiment).map((r) => r.title)).toEqual([
      'Hybrid: 38% on the user’s device, 38% hosted small tier, 25% hosted large model',
    ]);
    expect(splitRows(experimentFor(catalogue, HYBRID, 'slm', {}, TODAY)).map((r) => r.title)).toEqual([
      'On devices that can run it, the rest on a server: 50% on the user’s device, 50% hosted small tier',
    ]);
  });

  it('says which prices and GPU rate the person set', () => {
    const own = experimentFor(
      catalogue,
      { ...HYBRID, run: 'cloud' },
      'hybrid',
      { sin: 0.2, sout: 0.6, gpu: 3 },
      TODAY,
    );
    const texts = assumptionsOf(catalogue, own).map((a) => a.text);
    expect(texts.some((t) => t.includes('(you set input $0.20 and output $0.60).'))).toBe(true);
    expect(texts.some((t) => /an hour \(you set \$3\.00\)\.$/.test(t))).toBe(true);
    const lin = experimentFor(catalogue, { ...HYBRID, run: 'cloud' }, 'hybrid', { lin: 9 }, TODAY);
    expect(assumptionsOf(catalogue, lin).some((a) => a.text.includes('(you set input $9.00)'))).toBe(true);
  });

  it('names a cached price only where the model has one', () => {
    const uncached = withPath('hosted-small', { model: plainPrice });
    const texts = assumptionsOf(
      uncached,
      experimentFor(uncached, { ...HYBRID, run: 'cloud' }, 'slm', {}, TODAY),
    ).map((a) => a.text);
    const model = uncached.models.find((m) => m.id === uncached.estimate.paths['hosted-small'].model)!;
    const { input, output, host } = model.price!.value;
    expect(texts).toContain(
      `${model.name} at ${host}: ${dollars(input)} in and ${dollars(output)} out per million tokens.`,
    );
  });

  it('lists every price as the catalogue’s where the person set none', () => {
    const inputs = { ...experiment.estimate.inputs, prices: {} };
    const texts = assumptionsOf(catalogue, {
      ...experiment,
      estimate: { ...experiment.estimate, inputs },
    }).map((a) => a.text);
    expect(texts.filter((t) => t.includes('you set'))).toEqual([]);
  });

  it('shows a dash for a path with no cost per 1,000 requests', () => {
    const first = experiment.estimate.paths[0]!;
    const paths = experiment.estimate.paths.map((p) => (p === first ? { ...p, per1k: null } : p));
    const free = { ...experiment, estimate: { ...experiment.estimate, paths } };
    expect(experimentMarkdown(catalogue, free)).toContain(
      `| ${first.label} (${first.model.name}) | ${dollars(first.monthly)} | – | ${seconds(first.ttftS)} | ${seconds(first.totalS)} |`,
    );
  });
});

describe('number formats', () => {
  it.each([
    [0, '$0'],
    [0.0075, '$0.0075'],
    [0.25, '$0.25'],
    [76.0416, '$76.04'],
    [1963.7, '$1,964'],
    // Each bound belongs to the coarser format.
    [100, '$100'],
    [99.996, '$100.00'],
    [0.1, '$0.10'],
    [0.0999, '$0.1'],
  ])('dollars(%d) is %s', (amount, text) => expect(dollars(amount)).toBe(text));

  it('rounds a sliver up to words, a break-even to two figures, and dates to what the source gives', () => {
    expect(percent(0.0036)).toBe('under 1%');
    expect(percent(0)).toBe('0%');
    expect(roughly(258_240)).toBe('260,000');
    expect(percent(0.005)).toBe('1%');
    expect(percent(0.25)).toBe('25%');
    expect(seconds(null)).toBe('not measured');
    expect(seconds(1.04)).toBe('1.0 s');
    expect(seconds(0)).toBe('under 0.1 s');
    expect(seconds(0.049)).toBe('under 0.1 s');
    expect(seconds(0.05)).toBe('0.1 s');
    expect(formatDate('2026-11-09')).toBe('9 Nov 2026');
    expect(formatDate('2026-04')).toBe('Apr 2026');
  });
});

describe('the speed check and the sizing in words', () => {
  const simpleLocal = { task: 'simple', run: 'cloud', speed: 'instant', budget: 'high', privacy: 'local' };
  const busy = experimentFor(catalogue, simpleLocal, 'slm', { rpd: 30_000_000, tin: 500, tout: 300 }, TODAY);

  it('says which target a way of running it misses, by how much, and what would meet it', () => {
    expect(speedSentences(busy)).toEqual([
      'Self-hosted small model on your own H100 SXM 80 GB GPUs (Qwen3 8B) misses your real-time target (the first words within 0.5 s, the whole answer within 2 s): 2.6 s for the whole answer. What would meet it: answers of at most 293 tokens (1.3 s in all); or more GPUs, planned at 30% load (0.9 s in all).',
    ]);
    const longPrompts = experimentFor(
      catalogue,
      { task: 'complex', run: 'cloud', speed: 'moderate', budget: 'high', privacy: 'managed' },
      'llm',
      { tin: 200_000 },
      TODAY,
    );
    expect(speedSentences(longPrompts)).toEqual([
      'Self-hosted large model on rented H100 SXM 80 GB GPUs (gpt-oss-120b) misses your “a second or two” target (the first words within 2 s): 4.1 s to the first token. What would meet it: hosted large model (0.7 s to the first token, 8.4 s in all).',
    ]);
    const stuck = { ...busy, speed: { ...busy.speed, misses: [{ ...busy.speed.misses[0]!, remedies: [] }] } };
    expect(speedSentences(stuck)[0]).toMatch(/: 2\.6 s for the whole answer\. Nothing here meets it\.$/);
    expect(speedSentences({ ...busy, speed: { ...busy.speed, target: null } })).toEqual([]);
  });

  it('shows one replica’s arithmetic, in MB below a gigabyte', () => {
    const texts = assumptionsOf(catalogue, busy).map((a) => a.text);
    expect(texts).toContain(
      "Qwen3 8B on one GPU: 8.2 GB of weights in 72 GB usable leave room for 540 requests at once (118 MB of KV cache each). A decode step takes 36 ms and reading a prompt 8 ms, so one replica serves 35 requests a second; GPUs are planned for 2× the day's average traffic at 70% load.",
    );
    expect(texts).toContain(
      'H100 SXM 80 GB: 80 GB at 3.35 TB/s, 989 dense 16-bit TFLOPS and 1,979 at 8 bits.',
    );
    // A self-hosted path pays for GPUs: no token price among its assumptions.
    expect(texts.some((t) => t.startsWith('Qwen3 8B at'))).toBe(false);
  });
});

describe('device memory sizes in words', () => {
  const fit = (...tiers: [number, 'comfortable' | 'tight' | 'none'][]) =>
    tiers.map(([ramGB, band]) => ({ ramGB, usableGB: ramGB / 2, band }));

  it('says what a device holds beside the weights, and warns where the KV cache is not known', () => {
    const fit = { place: 'phone' as const, appShare: 0.5, formats: [] };
    expect(deviceKvText({ ...fit, kvGB: 0.008 })).toBe('the weights and 8 MB of KV cache for one request');
    expect(deviceKvText({ ...fit, kvGB: null })).toBe(
      'the weights alone (its KV cache is not known: leave room for it)',
    );
  });

  it('runs sizes that fit alike together, and the largest that fit as "or more"', () => {
    expect(deviceTiersText(fit([4, 'none'], [6, 'tight'], [8, 'comfortable'], [12, 'comfortable']))).toBe(
      'not in 4 GB, tightly in 6 GB, comfortably in 8 GB or more',
    );
    expect(deviceTiersText(fit([4, 'none'], [6, 'none'], [8, 'none']))).toBe('not in 4, 6, or 8 GB');
    expect(deviceTiersText(fit([4, 'tight'], [6, 'tight'], [8, 'comfortable']))).toBe(
      'tightly in 4 or 6 GB, comfortably in 8 GB',
    );
  });
});

describe('GPUs an organisation owns against the GPUs a way of running it needs', () => {
  const LOCAL = { task: 'complex', run: 'cloud', speed: 'moderate', budget: 'high', privacy: 'local' };
  const pathsAt = (rpd: number, hw?: 'a100') =>
    experimentFor(catalogue, LOCAL as never, 'llm', { rpd, hw }, TODAY).estimate.paths;

  it('says how many more to buy or rent at the peak, or that the owned ones suffice', () => {
    const busy = pathsAt(30_000_000);
    const needed = busy.find((p) => p.id === 'self-hosted-large')!.gpus!.count;
    expect(needed).toBeGreaterThan(16);
    expect(ownedGpuSentences({ gpu: 'h100', count: 16 }, busy)).toEqual([
      `Self-hosted large model on your own H100 SXM 80 GB GPUs (gpt-oss-120b) needs ${needed.toLocaleString('en-US')} at the peak: ${(needed - 16).toLocaleString('en-US')} more than the 16 owned, to buy or rent.`,
    ]);
    expect(ownedGpuSentences({ gpu: 'h100', count: needed }, busy)[0]).toMatch(
      new RegExp(`: within the ${needed.toLocaleString('en-US')} owned\\.$`),
    );
  });

  it('says nothing of a way of running it on another GPU', () => {
    expect(ownedGpuSentences({ gpu: 'h100', count: 16 }, pathsAt(10_000, 'a100'))).toEqual([]);
  });
});
