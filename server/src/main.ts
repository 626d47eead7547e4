// Entry point: validates the configuration, opens Neo4j (embedded by default),
// seeds an empty database, listens, and shuts everything down on SIGINT/SIGTERM.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './database.js';
import { isEmpty, loadSeed } from './seed.js';
import { warmUp } from './warmup.js';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const t0 = performance.now();
  const log = (m: string) => console.log(`[agir] ${m}`);
  const database = await openDatabase(config, log);
  const tDb = performance.now();
  log(`Neo4j ready in ${((tDb - t0) / 1000).toFixed(1)} s`);
  const { db } = database;

  if (config.SEED_ON_EMPTY && (await isEmpty(db))) {
    const report = await loadSeed(db, 'REPLACE');
    log(`Empty database: Finistère seed loaded (${report.created} items)`);
  }

  const app = await buildApp({
    db,
    config,
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, stopping`);
    const force = setTimeout(() => process.exit(1), 90_000);
    try {
      await app.close();
      await database.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ host: config.HOST, port: config.PORT });
  } catch (e) {
    console.error(`Cannot listen on ${config.HOST}:${config.PORT}: ${(e as Error).message}`);
    await database.close();
    process.exit(1);
  }
  void warmUp(db);
  log(`App ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: http://${config.HOST}:${config.PORT}/ (GraphQL: /graphql)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
