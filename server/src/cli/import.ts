// `npm run import -- FILE [--replace] [--dry-run] [--format=xlsx|csv|interchange|data-inclusion]`:
// the same import as POST /api/import (one validator, one transaction; nothing written on any
// problem), from the command line. MERGE by default; --replace replaces the whole cartography.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { FILE_FORMATS, type FileFormat, importFile } from '../files/import.js';

const USAGE = `Usage: npm run import -- FILE [--replace] [--dry-run] [--format=${FILE_FORMATS.join('|')}]`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, format: { type: 'string' } },
  });
  const file = positionals[0];
  const format = values.format;
  if (!file || positionals.length > 1 || (format !== undefined && !(FILE_FORMATS as readonly string[]).includes(format))) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { cli: 'import' } });
  const data = new Uint8Array(readFileSync(file));
  const database = await openDatabase(config, { log: (m) => logger.info(m), logger: logger.child({ component: 'cypher' }) });
  try {
    const mode = values.replace ? 'REPLACE' : 'MERGE';
    const report = await importFile(database.db, data, { mode, dryRun: values['dry-run'] === true, ...(format ? { format: format as FileFormat } : {}) });
    for (const w of report.warnings.slice(0, 50)) logger.warn(`${w.where} : ${w.message}`);
    if (report.warnings.length > 50) logger.warn(`… ${report.warnings.length - 50} autre(s) avertissement(s)`);
    if (!report.ok) {
      for (const p of report.problems.slice(0, 50)) logger.error(`${p.where} : ${p.message}`);
      logger.error(`${file}: ${report.problems.length} problème(s) ; rien n'a été écrit`);
      process.exitCode = 1;
      return;
    }
    const what = `${report.created} créé(s), ${report.updated} mis à jour, ${report.deleted} supprimé(s)`;
    logger.info(
      values['dry-run']
        ? `${file} (${report.format}, ${mode}) : aperçu, rien n'a été écrit — ${what}`
        : `${file} (${report.format}, ${mode}) importé — ${what}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `[import] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
