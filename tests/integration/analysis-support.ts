// Shared set-up of the analysis tests: a hand-built fixture of tests/fixtures/analysis/ loaded
// (REPLACE) into the run's throw-away Neo4j, and the real app on it.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gql, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

export function analysisFixture(name: string): unknown {
  return JSON.parse(readFileSync(`tests/fixtures/analysis/${name}.json`, 'utf8'));
}

export interface AnalysisEnv {
  db: Executor;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Opens the test database, loads the document and builds the app. */
export async function loadAnalysisEnv(document: unknown): Promise<AnalysisEnv> {
  const db = await openTestDb();
  await resetDb(db);
  const report = await importDocument(db, document, 'REPLACE');
  expect(report.problems).toEqual([]);
  const app = await testApp(db);
  return {
    db,
    app,
    async close() {
      await app.close();
      await resetDb(db);
      await db.close();
    },
  };
}

/** Runs a query that must fail on `argument`, and returns the error message. */
export async function expectArgumentError(app: FastifyInstance, query: string, argument: string, variables: Record<string, unknown> = {}): Promise<string> {
  const r = await gql(app, query, variables);
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.[0]?.extensions?.argument).toBe(argument);
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const message = r.errors?.[0]?.message ?? '';
  expect(message.startsWith(`${argument}:`)).toBe(true);
  return message;
}
