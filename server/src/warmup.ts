// Neo4j plans a query on its first run, which can take seconds on a cold JVM.
// After start-up, run the heaviest read queries once in the background so that the
// first user does not pay for it. Failures do not stop it (this is only an optimisation),
// but they are logged.
import { graphView } from '../../cypher/graph/queries.js';
import { actorRelations, actorsPage, programmeRelations, territories, territoryRelations } from '../../cypher/read/queries.js';
import type { Executor } from './neo4j/executor.js';
import type { Query } from './neo4j/query.js';

interface WarmLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** One query to run once, with typed parameters; `name` is for the log. */
export interface WarmUp {
  name: string;
  run: (db: Executor) => Promise<unknown>;
}

export const warm = <P extends Record<string, unknown>, R>(query: Query<P, R>, params: P): WarmUp => ({
  name: query.name,
  run: (db) => db.read(query, params),
});

const WARM: WarmUp[] = [
  warm(graphView, { territoryId: null, barrierIds: null, domainIds: null, actorKinds: null, linkTypes: null, formalOnly: false, include: [] }),
  warm(actorsPage, {
    kinds: null,
    territoryId: null,
    barrierId: null,
    domainId: null,
    search: null,
    afterName: null,
    afterId: null,
    first: 50,
    want: [],
    props: ['id', 'name'],
    programmeProps: [],
  }),
  warm(territories, { level: null, search: null, searchId: null }),
  warm(actorRelations, { ids: [], want: [] }),
  warm(programmeRelations, { ids: [], want: [] }),
  warm(territoryRelations, { ids: [] }),
];

export async function warmUp(db: Executor, log?: WarmLogger, extra: WarmUp[] = []): Promise<void> {
  const t0 = performance.now();
  let failed = 0;
  for (const { name, run } of [...WARM, ...extra]) {
    try {
      await run(db);
    } catch (e) {
      failed += 1;
      log?.warn({ cypher: name, err: e }, 'warm-up query failed (ignored: the first user will plan it)');
    }
  }
  log?.debug({ ms: Math.round(performance.now() - t0), failed }, 'warm-up done');
}
