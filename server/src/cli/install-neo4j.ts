// `npm run neo4j:install`: fetches the embedded Neo4j jars through Maven and compiles
// the launcher (what the first `npm start` would otherwise do).
import { ensureEmbeddedInstalled } from '../neo4j/embedded.js';

try {
  ensureEmbeddedInstalled((m) => console.log(`[neo4j] ${m}`));
  console.log('[neo4j] Embedded Neo4j is installed in neo4j/lib');
} catch (e) {
  console.error(`[neo4j] ${(e as Error).message}`);
  process.exit(1);
}
