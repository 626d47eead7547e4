import { defineConfig } from 'vitest/config';

// Three tiers: `unit` needs neither Java nor a browser (seconds); `integration` (real Neo4j) and
// `e2e` (real Neo4j + Chromium) share one throw-away database started by the global setup, and
// run one after the other (groupOrder), one file at a time.
const shared = {
  // One copy of graphql-js: Pothos and Yoga would otherwise load both its ESM and CJS builds.
  resolve: { alias: { graphql: 'graphql/index.js' } },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'web/src/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
