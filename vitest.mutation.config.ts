import { defineConfig, type UserConfig } from 'vitest/config';
import viteConfig from './vite.config';

// Mutation testing asks whether the unit tests of the core would notice a change, so it runs those alone:
// the screen tests render the whole app for every mutant and would make a run take hours. The list
// replaces the app's (mergeConfig would add the two lists together). The link fuzzer runs 2,000 hashes per
// mutant instead of 100,000, from a fixed seed: enough to meet every branch, at a fiftieth of the time, and
// the same coverage every run, so an incremental run re-tests only what changed.
export default defineConfig((env) => {
  const app = viteConfig(env) as UserConfig;
  return {
    ...app,
    test: {
      ...app.test,
      include: ['tests/{engine,share,state,embed}/**/*.test.ts'],
      env: { FC_RUNS: '2000', FC_SEED: '20261129' },
    },
  };
});
