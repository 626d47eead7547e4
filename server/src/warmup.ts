// Neo4j plans a query on its first run, which can take seconds on a cold JVM.
// After start-up, run the heaviest read queries once in the background so that the
// first user does not pay for it. Failures do not stop it (this is only an optimisation),
// but they are logged.
import type { Executor } from './neo4j/executor.js';

interface WarmLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

const WARM: [string, Record<string, unknown>][] = [
  ['graph/view', { territoryId: null, barrierIds: null, domainIds: null, actorKinds: null, linkTypes: null, formalOnly: false, include: [] }],
  ['read/actors-page', { kinds: null, territoryId: null, barrierId: null, domainId: null, search: null, afterName: null, afterId: null, first: 50 }],
  ['read/territories', { level: null, search: null, searchId: null }],
  ['read/actor-relations', { ids: [] }],
  ['read/programme-relations', { ids: [] }],
  ['read/territory-relations', { ids: [] }],
];

export async function warmUp(db: Executor, log?: WarmLogger, extra: [string, Record<string, unknown>][] = []): Promise<void> {
  const t0 = performance.now();
  let failed = 0;
  for (const [name, params] of [...WARM, ...extra]) {
    try {
      await db.read(name, params);
    } catch (e) {
      failed += 1;
      log?.warn({ cypher: name, err: e }, 'warm-up query failed (ignored: the first user will plan it)');
    }
  }
  log?.debug({ ms: Math.round(performance.now() - t0), failed }, 'warm-up done');
}
