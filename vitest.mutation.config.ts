import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// Mutation testing asks whether the unit tests of the core would notice a change, so it runs those alone:
// the screen tests render the whole app for every mutant and would make a run take hours.
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: { include: ['tests/{engine,share,state,embed}/**/*.test.ts'] },
  }),
);
