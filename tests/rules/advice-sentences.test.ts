import { describe, expect, it } from 'vitest';
import { adviceData } from '../../src/rules/advice-data';
import { catalogue } from '../shipped-catalogue';

/** Every sentence the result can show, with where it lives. */
const sentences: [string, string][] = Object.entries(adviceData).flatMap(([key, value]) =>
  (JSON.stringify(value).match(/"[^"]{40,}"/g) ?? []).map((text): [string, string] => [key, text]),
);
const tradeoff = (id: string) => adviceData.tradeoffs.find((t) => t.id === id)!;
const price = (name: string) => catalogue.models.find((m) => m.name === name)!.price!.value;

// Each test here failed on a sentence an expert review found wrong in round 3 (round3-findings.md, §C).
describe('the advice’s sentences against their sources', () => {
  it('states the prompt-cache discount as the providers price it, not “up to 90%”', () => {
    expect(sentences.filter(([, text]) => /up to 90% less/.test(text))).toEqual([]);
    const sol = price('GPT-6.2 Sol');
    const discount = 1 - sol.cachedInput! / sol.input;
    const said = sentences.map(([, text]) => text).find((text) => /cached input is billed/.test(text))!;
    const [, low, high] = said.match(/(\d+)–(\d+)% below/)!;
    expect(discount * 100).toBeGreaterThanOrEqual(Number(low));
    expect(discount * 100).toBeLessThanOrEqual(Number(high));
  });

  it('gives the small-to-middle price ratio the catalogue shows, and a wider one up to the top tier', () => {
    const note = tradeoff('cost').note;
    expect(note).not.toMatch(/15–30×/);
    const ratio = (small: string, large: string) => price(large).output / price(small).output;
    const [, middle] = note.match(/about (\d+)× between/)!;
    for (const [small, large] of [
      ['GPT-6 Luna', 'GPT-6.2 Sol'],
      ['Claude Haiku 5.5', 'Claude Sonnet 5.5'],
    ] as const)
      expect(ratio(small, large) / Number(middle)).toBeCloseTo(1, 0);
    const [, top, most] = note.match(/(\d+)–(\d+)× up to its top tier/)!;
    for (const [small, large] of [
      ['GPT-6 Luna', 'GPT-6.2 Astra'],
      ['Claude Haiku 5.5', 'Claude Opus 5.5'],
    ] as const) {
      expect(ratio(small, large)).toBeGreaterThanOrEqual(Number(top) * 0.9);
      expect(ratio(small, large)).toBeLessThanOrEqual(Number(most) * 1.1);
    }
  });

  it('gives a phone’s writing speed as the catalogue measures it on a recent flagship', () => {
    const [, said] = tradeoff('speed').note.match(/about (\d+) tokens a second/)!;
    const gemma = catalogue.models.find((m) => m.name === 'Gemma 4 E2B')!;
    const flagship = gemma.deviceSpeeds!.value.find((d) => d.device === 'Galaxy S26 Ultra')!.tokensPerS;
    expect(Math.abs(flagship - Number(said)) / flagship).toBeLessThan(0.1);
  });

  it('credits a small model’s match with a large one to fine-tuning, and says zero-shot ones trail', () => {
    const { reason } = adviceData.optionTexts.task.simple;
    expect(reason).not.toMatch(/prompted well or fine-tuned/);
    expect(reason).toMatch(/fine-tuned/);
    expect(reason).toMatch(/trail/);
  });
});
