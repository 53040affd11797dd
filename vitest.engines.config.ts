import { defineConfig } from 'vitest/config';

// The browser tests in Firefox (tests/engines), run one file at a time against the production build.
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
