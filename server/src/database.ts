// Opens the database the configuration points at (or the supervised embedded one),
// migrates it and loads the reference vocabulary. Shared by the server, the CLI and tests.
import { afterPairsWrite } from './analyses/pairs/store.js';
import type { Config } from './config.js';
import { loadVocabulary } from './import/load.js';
import { type EmbeddedNeo4j, superviseEmbeddedNeo4j } from './neo4j/embedded.js';
import { Executor, type Logger } from './neo4j/executor.js';
import { HealthMonitor } from './neo4j/health.js';
import { migrate } from './neo4j/migrate.js';

export interface Database {
  db: Executor;
  embedded: EmbeddedNeo4j | null;
  health: HealthMonitor;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Progress lines (start-up, restarts). */
  log: (m: string) => void;
  /** Receives the executor's Cypher debug lines. */
  logger?: Logger;
  /** The embedded Neo4j could not be restarted: the caller should exit non-zero. */
  onFatal?: (e: Error) => void;
}

export type DatabaseConfig = Pick<
  Config,
  | 'NEO4J_URI'
  | 'NEO4J_USER'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'NEO4J_EMBEDDED_DIR'
  | 'NEO4J_EMBEDDED_PORT'
  | 'NEO4J_EMBEDDED_HEAP_MB'
  | 'NEO4J_EMBEDDED_PAGECACHE_MB'
  | 'NEO4J_EMBEDDED_START_TIMEOUT_S'
  | 'NEO4J_EMBEDDED_MAX_RESTARTS'
  | 'NODE_ENV'
  | 'REQUEST_TIMEOUT_S'
  | 'IMPORT_TIMEOUT_S'
>;

export async function openDatabase(config: DatabaseConfig, opts: OpenOptions): Promise<Database> {
  const { log } = opts;
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD ?? 'neo4j';
  // The probe refers to `db`, assigned below before any probe can run.
  let db: Executor | undefined;
  const health = new HealthMonitor(async () => {
    await db?.verify();
  });
  if (!uri) {
    embedded = await superviseEmbeddedNeo4j(
      {
        dataDir: config.NEO4J_EMBEDDED_DIR,
        port: config.NEO4J_EMBEDDED_PORT,
        heapMb: config.NEO4J_EMBEDDED_HEAP_MB,
        pageCacheMb: config.NEO4J_EMBEDDED_PAGECACHE_MB,
        startTimeoutS: config.NEO4J_EMBEDDED_START_TIMEOUT_S,
        password: config.NEO4J_PASSWORD,
        // The server-side ceiling: the longest a transaction may run (imports).
        txTimeoutS: Math.max(config.IMPORT_TIMEOUT_S, config.REQUEST_TIMEOUT_S) + 5,
        maxRestarts: config.NEO4J_EMBEDDED_MAX_RESTARTS,
        log,
      },
      {
        onDown: (reason) => health.markDown(reason),
        onUp: () => {
          health.markUp();
          log('Embedded Neo4j restarted: the database is available again');
        },
        onGiveUp: (e) => {
          health.markDown('la base de données embarquée ne redémarre pas');
          opts.onFatal?.(e);
        },
      },
    );
    uri = embedded.uri;
    user = embedded.user;
    password = embedded.password;
  }
  db = new Executor({
    uri,
    user,
    password,
    database: config.NEO4J_DATABASE,
    fastFail: config.NODE_ENV !== 'production',
    readTimeoutS: config.REQUEST_TIMEOUT_S,
    writeTimeoutS: config.IMPORT_TIMEOUT_S,
    health,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const executor = db;
  const close = async () => {
    health.close();
    await executor.close();
    await embedded?.stop();
  };
  try {
    await waitForDatabase(executor, embedded ? 10 : 60, log);
    await migrate(executor);
    await loadVocabulary(executor);
    // The stored analysis pairs (ADR 013) are built in the background when stale: the lists are
    // exact meanwhile (computed from scratch), and a national cartography starts without waiting.
    afterPairsWrite(executor, true);
  } catch (e) {
    await close();
    throw e;
  }
  return { db: executor, embedded, health, close };
}

async function waitForDatabase(db: Executor, seconds: number, log: (m: string) => void): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.verify();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      if (attempt === 1) log(`Waiting for Neo4j: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
