import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql-js: Pothos and Yoga would otherwise load both its ESM and CJS builds.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['tests/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Integration tests share one Neo4j: run files one after the other.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
