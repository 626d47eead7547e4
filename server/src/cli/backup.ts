// `npm run backup`: writes the whole cartography as an interchange document into
// BACKUP_DIR (default .data/backups) with the date and time in its name, and keeps the
// last BACKUP_KEEP (default 14). `npm run backup -- --dir D --keep N` overrides them.
// With the embedded Neo4j, stop the app first (the store is locked by the running app),
// or call it against the running database with NEO4J_URI and NEO4J_PASSWORD.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { backup } from '../backup.js';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../database.js';

async function main() {
  const config = loadConfig();
  const { values } = parseArgs({ options: { dir: { type: 'string' }, keep: { type: 'string' } } });
  const keep = values.keep ? Number(values.keep) : config.BACKUP_KEEP;
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`--keep must be a positive whole number (got ${values.keep})`);
  const logger = pino({ level: config.LOG_LEVEL, base: { cli: 'backup' } });
  const database = await openDatabase(config, { log: (m) => logger.info(m), logger: logger.child({ component: 'cypher' }) });
  try {
    const r = await backup(database.db, values.dir ?? config.BACKUP_DIR, keep);
    logger.info({ file: r.file, bytes: r.bytes, removed: r.removed }, `backup written: ${r.file}`);
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  // A configuration error is printed before any logger exists.
  console.error(e instanceof ConfigError ? e.message : `[backup] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
