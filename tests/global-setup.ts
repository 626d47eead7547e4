// Starts one throw-away embedded Neo4j on a free port for the whole test run
// (never touching .data/), and stops it at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jPassword', process.env.TEST_NEO4J_PASSWORD ?? 'neo4j');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'agir-test-neo4j-'));
  const neo = await startEmbeddedNeo4j({ dataDir: dir, port: 0, heapMb: 768, pageCacheMb: 128, startTimeoutS: 300, log: (m) => console.log(`[test] ${m}`) });
  project.provide('neo4jUri', neo.uri);
  project.provide('neo4jPassword', neo.password);
  return async () => {
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
