import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Tests spawn the built CLI and open real SQLite files; two cores on CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
