import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../src/rules/schema';
import { rules } from '../shipped-rules';
import { recommend } from '../../src/engine/score';
import { decodeLink, encodeLink, MAX_HASH_LENGTH } from '../../src/share/link-codec';
import {
  DEVICE_CLASSES,
  GPU_TYPES,
  PAYMENTS,
  PRECISIONS,
  type Precision,
  NUMERIC_KEYS,
  TRAFFIC_FIELDS,
  type DeviceClass,
  type NumericKey,
  type Traffic,
} from '../../src/rules/traffic';
import { describeKept, describeLinkProblem } from '../../src/share/link-messages';
import type { Answers } from '../../src/engine/types';
import { allCombinations } from '../engine/combinations';

/** Every subset of every combination: 4^5 = 1,024 partial answer sets, the empty one included. */
function allPartialAnswers(): Answers[] {
  return CRITERION_IDS.reduce<Answers[]>(
    (sets, criterion) => {
      const options = rules.criteria.find((c) => c.id === criterion)!.options.map((o) => o.id);
      return sets.flatMap((set) => [set, ...options.map((o) => ({ ...set, [criterion]: o }))]);
    },
    [{}],
  );
}

describe('round trips', () => {
  it('decodes every one of the 243 complete answer sets back exactly', () => {
    for (const answers of allCombinations(rules)) {
      expect(decodeLink(rules, `#${encodeLink(answers)}`)).toEqual({
        ok: true,
        answers,
        step: null,
        traffic: {},
        problems: [],
      });
    }
  });

  it('decodes every partial answer set, with every step, back exactly', () => {
    const partials = allPartialAnswers();
    expect(partials).toHaveLength(1024);
    for (const answers of partials) {
      for (const step of [null, ...CRITERION_IDS]) {
        expect(decodeLink(rules, encodeLink(answers, step))).toEqual({
          ok: true,
          answers,
          step,
          traffic: {},
          problems: [],
        });
      }
    }
  });

  it('is canonical: the same answers give the same string whatever their key order', () => {
    const answers = { privacy: 'local', task: 'simple', budget: 'low', run: 'device', speed: 'instant' };
    expect(encodeLink(answers)).toBe('v=1&task=simple&run=device&speed=instant&budget=low&privacy=local');
    expect(encodeLink({ run: 'cloud', task: 'mixed' }, 'speed')).toBe('v=1&task=mixed&run=cloud&step=speed');
  });
});

describe('the estimate’s inputs', () => {
  const ALL = 'v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=controlled';
  const decoded = (hash: string) => {
    const link = decodeLink(rules, hash);
    if (!link.ok) throw new Error('expected a usable link');
    return link;
  };

  it('travel as optional keys after the answers and come back exactly (property)', () => {
    const value = (key: NumericKey) => {
      const { min, max, integer } = TRAFFIC_FIELDS[key];
      return integer
        ? fc.integer({ min, max })
        : fc.integer({ min: min * 100, max: max * 100 }).map((cents) => cents / 100);
    };
    const traffic: fc.Arbitrary<Traffic> = fc.record(
      {
        ...(Object.fromEntries(NUMERIC_KEYS.map((key) => [key, value(key)])) as Record<
          NumericKey,
          fc.Arbitrary<number>
        >),
        dev: fc.constantFrom(...(Object.keys(DEVICE_CLASSES) as DeviceClass[])),
        hw: fc.constantFrom(...GPU_TYPES),
        pay: fc.constantFrom(...PAYMENTS),
        prec: fc.constantFrom(...(Object.keys(PRECISIONS) as Precision[])),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...allCombinations(rules)), traffic, (answers, traffic) => {
        const hash = encodeLink(answers, null, traffic);
        expect(hash.startsWith(encodeLink(answers))).toBe(true);
        expect(decoded(hash)).toEqual({ ok: true, answers, step: null, traffic, problems: [] });
      }),
    );
  });

  it('leave a link without them meaning what it always meant', () => {
    expect(decoded(ALL).traffic).toEqual({});
    expect(encodeLink(decoded(ALL).answers, null, {})).toBe(ALL);
    expect(encodeLink({ task: 'simple' }, null, { gpu: 1.5, rpd: 50 })).toBe(
      'v=1&task=simple&rpd=50&gpu=1.5',
    );
  });

  it.each([
    ['rpd=abc', 'rpd', 'abc'],
    ['rpd=0', 'rpd', '0'],
    ['rpd=1.5', 'rpd', '1.5'],
    ['tin=-3', 'tin', '-3'],
    ['esc=101', 'esc', '101'],
    ['gpu=1e3', 'gpu', '1e3'],
    ['gpu=', 'gpu', ''],
    ['cache=50%25', 'cache', '50%'],
  ])('report %s and use the default, keeping every answer', (pair, key, value) => {
    const link = decoded(`${ALL}&${pair}&tout=200`);
    expect(link.traffic).toEqual({ tout: 200 });
    expect(link.answers).toEqual(decoded(ALL).answers);
    expect(link.problems).toEqual([{ kind: 'bad-estimate', key, value }]);
    expect(describeLinkProblem(link.problems[0]!)).toBe(
      `This link had a cost estimate value we can't use (${key}=${value}), so the estimate uses its default there.`,
    );
  });

  it('report a repeated key as ambiguous', () => {
    expect(decoded(`${ALL}&rpd=5&rpd=6`).problems).toEqual([{ kind: 'ambiguous', key: 'rpd' }]);
  });
});

describe('links written by hand or damaged on the way', () => {
  const problems = (hash: string) => {
    const decoded = decodeLink(rules, hash);
    return decoded.problems.map(describeLinkProblem);
  };

  it.each([
    ['no v at all is read as version 1', 'task=simple&run=device', { task: 'simple', run: 'device' }],
    ['unknown parameters are ignored', 'v=1&utm_source=chat&fbclid=x1&task=complex', { task: 'complex' }],
    ['a leading "#" is optional', '#v=1&budget=low', { budget: 'low' }],
    ['an empty hash opens nothing', '', {}],
    ['malformed percent-escapes are tolerated', 'v=1&task=%E0%A4%A&run=cloud', { run: 'cloud' }],
    ['percent-encoded ids are decoded', 'v=1&task=simpl%65', { task: 'simple' }],
  ])('%s', (_, hash, answers) => {
    const decoded = decodeLink(rules, hash);
    expect(decoded.ok && decoded.answers).toEqual(answers);
  });

  it.each([
    ['task=moon', /answer we don't recognise \(task=moon\)/],
    ['task=Simple', /answer we don't recognise \(task=Simple\)/],
    ['task=', /empty answer for "task"/],
    ['task=simple&task=complex', /gives "task" more than once/],
    ['step=colour', /step we don't know \("colour"\)/],
    [
      'task=<img src=x onerror=alert(1)>',
      /answer we don't recognise \(task=<img src=x onerror=alert\(1\)>\)/,
    ],
  ])('reports %s and keeps the rest', (hash, message) => {
    const decoded = decodeLink(rules, `v=1&run=device&${hash}`);
    expect(decoded.ok && decoded.answers).toEqual({ run: 'device' });
    expect(problems(`v=1&run=device&${hash}`).join(' ')).toMatch(message);
  });

  it.each([
    ['v=0', /version "v=0" is not a whole number/],
    ['v=1.0', /not a whole number/],
    ['v=-1', /not a whole number/],
    ['v=abc', /not a whole number/],
    ['v=', /not a whole number/],
    ['v=2', /made by a newer version of this app \(link version 2\)/],
    ['v=99999', /newer version/],
    ['v=1&v=1', /gives "v" more than once/],
  ])('rejects %s whole, applying nothing', (hash, message) => {
    const decoded = decodeLink(
      rules,
      `${hash}&task=simple&run=device&speed=instant&budget=low&privacy=local`,
    );
    expect(decoded.ok).toBe(false);
    expect(decoded.problems.map(describeLinkProblem).join(' ')).toMatch(message);
  });

  it('rejects a hash over the length limit without parsing it', () => {
    const hash = `v=1&task=simple&x=${'a'.repeat(MAX_HASH_LENGTH)}`;
    expect(decodeLink(rules, hash)).toEqual({
      ok: false,
      problems: [{ kind: 'too-long', length: hash.length }],
    });
  });

  it('keeps long hostile values short in messages: the first 40 characters and an ellipsis', () => {
    const [message] = problems(`task=${'x'.repeat(500)}`);
    expect(message).toBe(
      `This link had an answer we don't recognise (task=${'x'.repeat(40)}…), so that question is still open.`,
    );
    expect(problems(`task=${'y'.repeat(40)}`)[0]).toContain(`(task=${'y'.repeat(40)})`);
  });

  it('says how long a link over the limit is, in words a person reads', () => {
    const hash = `v=1&x=${'a'.repeat(MAX_HASH_LENGTH)}`;
    expect(decodeLink(rules, hash).problems.map(describeLinkProblem)).toEqual([
      'This link is damaged: it is 2,006 characters long, far more than any link this app makes, so we ignored it.',
    ]);
    expect(decodeLink(rules, `v=1&x=${'a'.repeat(MAX_HASH_LENGTH - 6)}`).problems).toEqual([]);
  });

  it('reports a repeated step as ambiguous and opens the first open question', () => {
    const decoded = decodeLink(rules, 'v=1&task=simple&step=run&step=speed');
    expect(decoded).toMatchObject({ ok: true, answers: { task: 'simple' }, step: null });
    expect(decoded.problems).toEqual([{ kind: 'ambiguous', key: 'step' }]);
  });
});

describe('any string at all (property, 100,000 runs)', () => {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
  const runs = Number(process.env.FC_RUNS ?? 100_000);
  console.log(`link fuzzing: ${runs} runs, seed ${seed} (replay with FC_SEED=${seed})`);

  const optionIds = rules.criteria.flatMap((c) => c.options.map((o) => o.id));
  const key = fc.oneof(
    fc.constantFrom('v', 'step', '__proto__', 'constructor', 'prototype', ...CRITERION_IDS),
    fc.string(),
  );
  const value = fc.oneof(
    fc.constantFrom('1', '2', '0', '', ...optionIds, ...CRITERION_IDS),
    fc.string(),
    fc.string({ unit: 'binary' }),
  );
  const pairs = fc
    .array(fc.tuple(key, value, fc.boolean()), { maxLength: 12 })
    .map((entries) =>
      entries
        .map(([k, v, encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`)
        .join('&'),
    );
  // Mostly-valid links, so that many runs reach a verdict and the "only from valid input" check bites.
  const nearlyValid = fc
    .tuple(
      fc.constantFrom('', 'v=1&', 'v=2&', 'v=x&'),
      fc.tuple(
        ...rules.criteria.map((c) =>
          fc.oneof(
            { weight: 9, arbitrary: fc.constantFrom(...c.options.map((o) => o.id)) },
            { weight: 1, arbitrary: value },
          ),
        ),
      ),
      pairs,
    )
    .map(
      ([version, chosen, extra]) =>
        `${version}${chosen.map((v, i) => `${CRITERION_IDS[i]}=${v}`).join('&')}&${extra}`,
    );
  const hash = fc.oneof(
    nearlyValid,
    pairs,
    fc.string({ maxLength: 2100 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
  );

  it('never throws, never changes a prototype, and yields only valid answers', () => {
    let verdicts = 0;
    fc.assert(
      fc.property(hash, (input) => {
        const decoded = decodeLink(rules, input);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).task).toBeUndefined();
        if (!decoded.ok) return;
        for (const [criterion, option] of Object.entries(decoded.answers)) {
          expect(rules.criteria.find((c) => c.id === criterion)!.options.some((o) => o.id === option)).toBe(
            true,
          );
        }
        // A verdict only ever comes from five valid answers.
        const result = recommend(rules, decoded.answers);
        if (result.status === 'complete') {
          verdicts++;
          expect(Object.keys(decoded.answers)).toHaveLength(5);
        }
      }),
      { numRuns: runs, seed },
    );
    console.log(
      `link fuzzing: 0 throws, 0 prototype changes, ${verdicts} verdicts, all from five valid answers`,
    );
  }, 120_000);
});

describe('a hash with more than its leading #', () => {
  it('takes only the leading # off, so a # inside a value leaves that value unknown', () => {
    for (const hash of ['#task=simp#le&run=cloud', 'task=simp#le&run=cloud']) {
      const decoded = decodeLink(rules, hash);
      expect(decoded.ok && decoded.answers).toEqual({ run: 'cloud' });
    }
  });

  it('reads an estimate input given twice as neither', () => {
    const decoded = decodeLink(rules, 'task=simple&rpd=5&rpd=6');
    expect(decoded).toMatchObject({ ok: true, traffic: {}, problems: [{ kind: 'ambiguous', key: 'rpd' }] });
  });
});

describe('what a notice says was kept', () => {
  it.each([
    [0, 'No answers could be kept.'],
    [1, 'We kept the other answer.'],
    [2, 'We kept the other two answers.'],
    [3, 'We kept the other three answers.'],
    [4, 'We kept the other four answers.'],
    [5, 'We kept the other five answers.'],
  ])('%i kept: %s', (kept, sentence) => {
    expect(describeKept(kept)).toBe(sentence);
  });
});

describe('the class of device in a link', () => {
  it('is read when it is one of the three, and reported in plain words otherwise', () => {
    const ok = decodeLink(rules, 'v=1&run=device&dev=laptop');
    expect(ok).toMatchObject({ ok: true, traffic: { dev: 'laptop' }, problems: [] });
    const bad = decodeLink(rules, 'v=1&run=device&dev=fridge');
    if (!bad.ok) throw new Error('expected a usable link');
    expect(bad.traffic).toEqual({});
    expect(bad.problems.map(describeLinkProblem)).toEqual([
      "This link named a class of device we don't know (dev=fridge), so the candidates cover phones and laptops.",
    ]);
    expect(encodeLink({ run: 'device' }, null, { rpd: 5, dev: 'edge' })).toBe(
      'v=1&run=device&rpd=5&dev=edge',
    );
  });
});

describe('the GPU, how it is paid for and the precision of the weights, in a link', () => {
  it('are read when they are known, and reported in plain words otherwise', () => {
    const ok = decodeLink(rules, 'v=1&run=cloud&hw=b200&pay=own&prec=fp8');
    expect(ok).toMatchObject({ ok: true, traffic: { hw: 'b200', pay: 'own', prec: 'fp8' }, problems: [] });
    const bad = decodeLink(rules, 'v=1&run=cloud&hw=tpu-v9&pay=lease&prec=FP8');
    if (!bad.ok) throw new Error('expected a usable link');
    expect(bad.traffic).toEqual({});
    expect(bad.problems.map(describeLinkProblem)).toEqual([
      "This link named a GPU we don't know (hw=tpu-v9), so the estimate uses its own.",
      "This link had a way of paying for GPUs we don't know (pay=lease), so the estimate uses its default.",
      "This link named a precision for the weights we don't know (prec=FP8), so each model is sized at its own.",
    ]);
    // Own keys of Object.prototype are no GPUs.
    expect(decodeLink(rules, 'v=1&hw=constructor&pay=toString&prec=valueOf')).toMatchObject({ traffic: {} });
  });
});
