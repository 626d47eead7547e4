// `npm run seed` loads the Finistère seed into an empty database;
// `npm run seed -- --replace` reloads it over whatever is there;
// `npm run seed -- --file other.json [--merge]` loads another interchange document.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { isEmpty, loadSeed, SEED_FILE } from '../seed.js';

async function main() {
  let args: ReturnType<
    typeof parseArgs<{ options: { replace: { type: 'boolean' }; merge: { type: 'boolean' }; file: { type: 'string' }; help: { type: 'boolean' } } }>
  >;
  try {
    args = parseArgs({
      options: { replace: { type: 'boolean' }, merge: { type: 'boolean' }, file: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    });
  } catch (e) {
    console.error(`${(e as Error).message}\nUsage: npm run seed -- [--replace | --merge] [--file document.json]`);
    process.exit(2);
  }
  if (args.values.help) {
    console.log('Usage: npm run seed -- [--replace | --merge] [--file document.json]');
    return;
  }
  if (args.values.replace && args.values.merge) {
    console.error('--replace and --merge: choose one');
    process.exit(2);
  }
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { cli: 'seed' } });
  const log = (m: string) => logger.info(m);
  const database = await openDatabase(config, { log, logger: logger.child({ component: 'cypher' }) });
  try {
    const file = args.values.file ?? SEED_FILE;
    if (!args.values.replace && !args.values.merge && !(await isEmpty(database.db))) {
      log('The database already holds a cartography: nothing done. Use --replace to reload the seed (this erases the current cartography) or --merge.');
      return;
    }
    const report = await loadSeed(database.db, args.values.merge ? 'MERGE' : 'REPLACE', file);
    log(`${file}: ${report.created} created, ${report.updated} updated`);
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(`[seed] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
