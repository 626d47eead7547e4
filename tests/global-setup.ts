// Starts one throw-away embedded Neo4j on a free port for the whole test run (never touching
// .data/), and stops it at the end. The integration and e2e projects both list this setup:
// the first one starts the database, the second one reuses it (the count keeps it alive).
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

interface Shared {
  neo: Promise<{ uri: string; password: string }>;
  users: number;
  stop: () => Promise<void>;
}
const KEY = Symbol.for('agir.test.neo4j');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

function start(): Shared {
  const dir = mkdtempSync(join(tmpdir(), 'agir-test-neo4j-'));
  const neo = startEmbeddedNeo4j({ dataDir: dir, port: 0, heapMb: 768, pageCacheMb: 128, startTimeoutS: 300, log: (m) => console.log(`[test] ${m}`) });
  return {
    neo,
    users: 0,
    stop: async () => {
      await (await neo).stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jPassword', process.env.TEST_NEO4J_PASSWORD ?? 'neo4j');
    return;
  }
  registry[KEY] ??= start();
  const shared = registry[KEY];
  shared.users++;
  const { uri, password } = await shared.neo;
  project.provide('neo4jUri', uri);
  project.provide('neo4jPassword', password);
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    registry[KEY] = undefined;
    await shared.stop();
  };
}
