// Neo4j plans a query on its first run, which can take seconds on a cold JVM.
// After start-up, run the heaviest read queries once in the background so that the
// first user does not pay for it. Failures are ignored: this is only an optimisation.
import { graphView } from '../../cypher/graph/queries.js';
import { actorRelations, actorsPage, programmeRelations, territories, territoryRelations } from '../../cypher/read/queries.js';
import type { Executor } from './neo4j/executor.js';
import type { Query } from './neo4j/query.js';

export type WarmUp = (db: Executor) => Promise<unknown>;

/** One query to run once, with typed parameters. */
export const warm =
  <P extends Record<string, unknown>, R>(query: Query<P, R>, params: P): WarmUp =>
  (db) =>
    db.read(query, params);

const WARM: WarmUp[] = [
  warm(graphView, { territoryId: null, barrierIds: null, domainIds: null, actorKinds: null, linkTypes: null, formalOnly: false, include: [] }),
  warm(actorsPage, { kinds: null, territoryId: null, barrierId: null, domainId: null, search: null, afterName: null, afterId: null, first: 50 }),
  warm(territories, { level: null, search: null, searchId: null }),
  warm(actorRelations, { ids: [] }),
  warm(programmeRelations, { ids: [] }),
  warm(territoryRelations, { ids: [] }),
];

export async function warmUp(db: Executor, extra: WarmUp[] = []): Promise<void> {
  for (const run of [...WARM, ...extra]) {
    try {
      await run(db);
    } catch {
      /* ignored */
    }
  }
}
