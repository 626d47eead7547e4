// Opens the database the configuration points at (or the embedded one), migrates
// it and loads the reference vocabulary. Shared by the server, the CLI and tests.
import type { Config } from './config.js';
import { loadVocabulary } from './import/load.js';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './neo4j/embedded.js';
import { Executor, type Logger } from './neo4j/executor.js';
import { migrate } from './neo4j/migrate.js';

export interface Database {
  db: Executor;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (m: string) => void, logger?: Logger): Promise<Database> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      dataDir: config.NEO4J_EMBEDDED_DIR,
      port: config.NEO4J_EMBEDDED_PORT,
      heapMb: config.NEO4J_EMBEDDED_HEAP_MB,
      pageCacheMb: config.NEO4J_EMBEDDED_PAGECACHE_MB,
      startTimeoutS: config.NEO4J_EMBEDDED_START_TIMEOUT_S,
      log,
    });
    uri = embedded.uri;
  }
  const db = new Executor({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    fastFail: config.NODE_ENV !== 'production',
    ...(logger ? { logger } : {}),
  });
  const close = async () => {
    await db.close();
    await embedded?.stop();
  };
  try {
    await waitForDatabase(db, embedded ? 10 : 60, log);
    await migrate(db);
    await loadVocabulary(db);
  } catch (e) {
    await close();
    throw e;
  }
  return { db, embedded, close };
}

async function waitForDatabase(db: Executor, seconds: number, log: (m: string) => void): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.verify();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      if (attempt === 1) log(`Waiting for Neo4j: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
