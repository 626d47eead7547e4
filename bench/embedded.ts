// The benchmarks' throw-away embedded Neo4j, started with the same NEO4J_EMBEDDED_*
// settings as the app (environment or .env): heap, page cache, start time-out, and the
// transaction time-out the app would give it. Its data lives in a temporary folder. `load`
// prepares it as the app does (migrations, vocabulary) and imports a document (REPLACE).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/src/config.js';
import type { InterchangeDocument } from '../server/src/import/document.js';
import { importDocument, loadVocabulary } from '../server/src/import/load.js';
import { startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { Executor } from '../server/src/neo4j/executor.js';
import { migrate } from '../server/src/neo4j/migrate.js';

export async function startBenchNeo4j(label: string, log: (m: string) => void = () => {}, port = 0) {
  const config = loadConfig();
  const dir = mkdtempSync(join(tmpdir(), `agir-bench-${label}-`));
  const neo = await startEmbeddedNeo4j({
    dataDir: dir,
    port,
    heapMb: config.NEO4J_EMBEDDED_HEAP_MB,
    pageCacheMb: config.NEO4J_EMBEDDED_PAGECACHE_MB,
    startTimeoutS: config.NEO4J_EMBEDDED_START_TIMEOUT_S,
    txTimeoutS: Math.max(config.IMPORT_TIMEOUT_S, config.REQUEST_TIMEOUT_S) + 5,
    log,
  });
  log(`embedded Neo4j: heap ${config.NEO4J_EMBEDDED_HEAP_MB} MB, page cache ${config.NEO4J_EMBEDDED_PAGECACHE_MB} MB (NEO4J_EMBEDDED_* settings)`);
  const db = new Executor({
    uri: neo.uri,
    user: neo.user,
    password: neo.password,
    readTimeoutS: config.REQUEST_TIMEOUT_S,
    writeTimeoutS: config.IMPORT_TIMEOUT_S,
  });
  return {
    config,
    neo,
    db,
    /** Migrations and vocabulary as at the app's start, then `doc` imported (REPLACE); returns the import's seconds. */
    async load(doc: InterchangeDocument): Promise<number> {
      await db.verify();
      await migrate(db);
      await loadVocabulary(db);
      const t0 = performance.now();
      const report = await importDocument(db, doc, 'REPLACE');
      if (!report.ok) throw new Error(`the document was refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
      return (performance.now() - t0) / 1000;
    },
    async stop() {
      await db.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
