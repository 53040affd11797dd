import { defineConfig } from 'vitest/config';

// The focused browser tests in Firefox and WebKit (tests/engines), one file at a time, against the build.
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
