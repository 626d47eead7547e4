// `npm run neo4j:install`: fetches the embedded Neo4j jars through Maven and compiles
// the launcher (what the first `npm start` would otherwise do). It reads no configuration,
// so it logs at the default level.
import { pino } from 'pino';
import { ensureEmbeddedInstalled } from '../neo4j/embedded.js';

const logger = pino({ base: { cli: 'neo4j:install' } });
try {
  ensureEmbeddedInstalled((m) => logger.info(m));
  logger.info('Embedded Neo4j is installed in neo4j/lib');
} catch (e) {
  logger.fatal((e as Error).message);
  process.exit(1);
}
