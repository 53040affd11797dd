import { defineConfig, type UserConfig } from 'vitest/config';
import viteConfig from './vite.config';

// Mutation testing asks whether the tests of the core would notice a change, so it runs the core's unit
// tests and the wizard's walk-through (tests/screens/wizard.test.tsx, which drives the store and the URL as
// a person does); the other screen tests render whole results for every mutant and would take hours. The list
// replaces the app's (mergeConfig would add the two lists together). The link fuzzer runs 2,000 hashes per
// mutant instead of 100,000: enough to meet every branch, at a fiftieth of the time.
export default defineConfig((env) => {
  const app = viteConfig(env) as UserConfig;
  return {
    ...app,
    test: {
      ...app.test,
      include: ['tests/{engine,share,state,embed}/**/*.test.ts', 'tests/screens/wizard.test.tsx'],
      env: { FC_RUNS: '2000' },
    },
  };
});
