// Test helper: owns the driver to the run's throw-away Neo4j and resets it.
import { inject } from 'vitest';
import { clearHistory } from '../../cypher/editing/queries.js';
import { deleteCartography } from '../../cypher/import/queries.js';
import { clearRecommendations } from '../../cypher/recommendations/queries.js';
import { loadVocabulary } from '../../server/src/import/load.js';
import { Executor, type ExecutorOptions } from '../../server/src/neo4j/executor.js';
import { migrate } from '../../server/src/neo4j/migrate.js';

export function neo4jUri(): string {
  const uri = inject('neo4jUri');
  if (!uri) throw new Error('neo4jUri was not provided: run the tests through vitest with tests/global-setup.ts');
  return uri;
}

export function neo4jPassword(): string {
  return inject('neo4jPassword');
}

/** A connected, migrated executor with the vocabulary loaded. Close it in afterAll. */
export async function openTestDb(opts: Partial<ExecutorOptions> = {}): Promise<Executor> {
  const db = new Executor({ uri: neo4jUri(), user: 'neo4j', password: neo4jPassword(), fastFail: true, ...opts });
  await db.verify();
  await migrate(db);
  await loadVocabulary(db);
  return db;
}

/** Empties the cartography (everything but the vocabulary) and the recommendations drafted from it. */
export async function resetDb(db: Executor): Promise<void> {
  await db.write(deleteCartography, {});
  await db.write(clearRecommendations, {});
}

/** Forgets the history of changes (Change records), for tests that count or undo them. */
export async function resetHistory(db: Executor): Promise<void> {
  await db.write(clearHistory, {});
}
