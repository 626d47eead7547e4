// `npm run restore -- FILE`: replaces the cartography with a backup (or any interchange
// document). The file is validated first; on any problem nothing is written. A backup of
// the current cartography is written first, so that a restore can itself be undone.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { backup, restore } from '../backup.js';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../database.js';

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'no-backup': { type: 'boolean' } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('Usage: npm run restore -- FILE [--no-backup]');
    process.exit(2);
  }
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { cli: 'restore' } });
  const database = await openDatabase(config, { log: (m) => logger.info(m), logger: logger.child({ component: 'cypher' }) });
  try {
    if (!values['no-backup']) {
      const before = await backup(database.db, config.BACKUP_DIR, config.BACKUP_KEEP);
      logger.info(`current cartography saved first: ${before.file}`);
    }
    const report = await restore(database.db, file);
    if (!report.ok) {
      for (const p of report.problems.slice(0, 30)) logger.error(`${p.where}: ${p.message}`);
      logger.error(`${file}: ${report.problems.length} problem(s); nothing was written`);
      process.exitCode = 1;
      return;
    }
    logger.info(`${file} restored (${report.created + report.updated} items, ${report.deleted} removed)`);
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `[restore] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
