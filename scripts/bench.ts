// Times the engine over all 243 answer combinations and prints medians; timing lives here, not in tests.
// `npm run bench` fails when a median is over its budget (BENCH_BUDGET_MS scales both for slow machines).
import { performance } from 'node:perf_hooks';
import { CRITERION_IDS } from '../src/rules/schema';
import { RulesSchema } from '../src/rules/advice-schema';
import { questionsData } from '../src/rules/questions-data';
import { adviceData } from '../src/rules/advice-data';
import { recommend } from '../src/engine/score';
import { verdictFor } from '../src/engine/decide';
import type { CompleteAnswers } from '../src/engine/types';
import { experimentFor } from '../src/engine/experiment';
import { CatalogueSchema } from '../src/rules/catalogue-schema';
import { catalogueData } from '../src/rules/catalogue-data';

const rules = RulesSchema.parse({ ...questionsData, ...adviceData });
const combinations = CRITERION_IDS.reduce<Record<string, string>[]>(
  (sets, criterion) =>
    sets.flatMap((set) =>
      rules.criteria.find((c) => c.id === criterion)!.options.map((o) => ({ ...set, [criterion]: o.id })),
    ),
  [{}],
) as CompleteAnswers[];

const catalogue = CatalogueSchema.parse(catalogueData);
const TODAY = new Date('2026-12-01T00:00:00Z');
const EVERY_PATH: CompleteAnswers = {
  task: 'mixed',
  run: 'either',
  speed: 'instant',
  budget: 'medium',
  privacy: 'controlled',
};

const RUNS = 2000;
const scale = Number(process.env.BENCH_BUDGET_SCALE ?? 1);

function medianMs(
  label: string,
  budgetMs: number,
  run: () => void,
  what = `all ${combinations.length}`,
): boolean {
  for (let i = 0; i < 200; i++) run(); // let the JIT settle first
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(RUNS / 2)]!;
  const p95 = samples[Math.floor(RUNS * 0.95)]!;
  const within = median <= budgetMs * scale;
  console.log(
    `${label}: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms for ${what} ` +
      `(budget ${budgetMs * scale} ms) ${within ? 'ok' : 'OVER BUDGET'}`,
  );
  return within;
}

const results = [
  medianMs('verdict only (verdictFor)', 0.5, () =>
    combinations.forEach((answers) => verdictFor(rules, answers)),
  ),
  medianMs('full recommendation (recommend: reasons, conflicts, flip points)', 3, () => {
    for (const answers of combinations) {
      if (recommend(rules, answers).status !== 'complete') throw new Error('expected a verdict');
    }
  }),
  // Typing in an estimate field recomputes every way of running the verdict, sizing and the speed check
  // included: the busiest case is a hybrid with every path, at scale, missing a real-time target.
  medianMs(
    'candidates, estimate, sizing and speed check for one change (experimentFor)',
    1,
    () => experimentFor(catalogue, EVERY_PATH, 'hybrid', { rpd: 30_000_000, think: 500 }, TODAY),
    'a real-time hybrid with every path at 30M requests a day',
  ),
];
if (results.includes(false)) process.exit(1);
