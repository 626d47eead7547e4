// Entry point: validates the configuration, opens Neo4j (embedded and supervised by
// default), seeds an empty database, listens, runs scheduled backups, and shuts
// everything down on SIGINT/SIGTERM. Every line goes through one pino logger; the only
// console output is the configuration error, printed before a logger can exist.
import { pino } from 'pino';
import { buildApp } from './app.js';
import { backup } from './backup.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './database.js';
import { isEmpty, loadSeed } from './seed.js';
import { warmUp } from './warmup.js';

let rootLogger: pino.Logger | undefined;

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      // No logger yet: LOG_LEVEL itself may be the wrong variable.
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const logger = pino({ level: config.LOG_LEVEL, base: { app: 'agir' } });
  rootLogger = logger;
  const log = (m: string) => logger.info(m);
  const t0 = performance.now();
  const database = await openDatabase(config, {
    log,
    logger: logger.child({ component: 'cypher' }),
    onFatal: (e) => {
      logger.fatal({ err: e }, 'the database cannot be brought back: exiting so that a supervisor restarts the app');
      void database.close().finally(() => process.exit(3));
      setTimeout(() => process.exit(3), 10_000).unref();
    },
  });
  const tDb = performance.now();
  log(`Neo4j ready in ${((tDb - t0) / 1000).toFixed(1)} s`);
  const { db } = database;

  if (config.SEED_ON_EMPTY && (await isEmpty(db))) {
    const report = await loadSeed(db, 'REPLACE');
    log(`Empty database: Finistère seed loaded (${report.created} items)`);
  }

  const app = await buildApp({ db, config, health: database.health, loggerInstance: logger });

  let backupTimer: NodeJS.Timeout | undefined;
  if (config.BACKUP_INTERVAL_H > 0) {
    const every = config.BACKUP_INTERVAL_H * 3600_000;
    const run = async () => {
      try {
        const r = await backup(db, config.BACKUP_DIR, config.BACKUP_KEEP);
        logger.info({ file: r.file, bytes: r.bytes, removed: r.removed.length }, 'scheduled backup written');
      } catch (e) {
        logger.error({ err: e }, 'scheduled backup failed');
      }
    };
    backupTimer = setInterval(() => void run(), every);
    backupTimer.unref();
    log(`Scheduled backups every ${config.BACKUP_INTERVAL_H} h into ${config.BACKUP_DIR} (last ${config.BACKUP_KEEP} kept)`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, stopping`);
    clearInterval(backupTimer);
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
    logger.fatal(`Cannot listen on ${config.HOST}:${config.PORT}: ${(e as Error).message}`);
    await database.close();
    process.exit(1);
  }
  void warmUp(db, logger.child({ component: 'warm-up' }));
  log(`App ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: http://${config.HOST}:${config.PORT}/ (GraphQL: /graphql)`);
}

main().catch((e) => {
  if (rootLogger) rootLogger.fatal(e instanceof Error ? e.message : String(e));
  else console.error(e instanceof Error ? e.message : e); // no logger yet
  process.exit(1);
});
