// Upkeep of the stored national pairs (ADR 013). The national lists of programme overlaps and
// information gaps are ordered by a score that needs every pair; the pairs are therefore stored,
// one node each, and kept exact:
// - a small write names what it touched (records and the ends of links, `RecordKeys`); the
//   programmes and actors whose pairs can have changed are found from them (pairs/touched.cypher);
//   their stored pairs are deleted and computed again by the analyses' own definitions, in the
//   write's own transaction;
// - a write whose effect is national (territories, a REPLACE import, many programmes or actors)
//   only marks the pairs stale in its transaction: from then on the lists are computed from
//   scratch (exact, slower) until a rebuild, started after the write commits, has stored them all
//   again in batches of their own transactions — so that a national import never has to hold every
//   pair in its transaction's memory (ADR 003). A rebuild is claimed by one app server at a time and
//   marks the pairs fresh only if no write happened while it read the graph; otherwise it starts again.
// Writes are serialised by the editing and import locks, and every write locks the pair marker.

import { randomUUID } from 'node:crypto';
import type { RecordKeys } from '../../../../cypher/editing/queries.js';
import type { Executor } from '../../neo4j/executor.js';
import { informationGapsQuery, LARGE_PROGRAMME } from '../information-gaps/query.js';
import { type OverlapTuple, overlapsQuery } from '../programme-overlaps/query.js';
import {
  claimRebuild,
  clearGapPairs,
  clearOverlapPairs,
  clearPairsBatch,
  finishRebuild,
  type GapPairRow,
  gapsOfActors,
  lockPairs,
  markPairs,
  type OverlapPairRow,
  pairState,
  type RawReason,
  touchedByWrite,
  writeGapPairs,
  writeOverlapPairs,
} from './query.js';

type Run = Parameters<Parameters<Executor['writeTransaction']>[1]>[0];

/** Bump when a definition changes: the stored pairs are then rebuilt at start-up (and ignored until). */
export const PAIRS_VERSION = 1;
/** Above this many programmes touched, every overlap is recomputed at once (one national query). */
const INCREMENTAL_PROGRAMMES = 20;
/** Above this many actors touched, every information gap is recomputed at once. */
const INCREMENTAL_ACTORS = 500;
const CHUNK = 2000;

const unique = (ids: string[]) => [...new Set(ids)];

async function inChunks<R>(rows: R[], write: (chunk: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

const overlapRowOf = ([a, , b, , score, jaccard, publicFactor, barriers, publics, territories]: OverlapTuple): OverlapPairRow => ({
  a,
  b,
  score,
  jaccard,
  publicFactor,
  barriers,
  publics,
  territories: territories.map(([id]) => id),
});

/**
 * Overlap pairs are stored from this score up (the contract's and the explorer's default): a lower
 * `minScore` is computed as before. Pairs of low score are by far the most numerous (any shared
 * barrier in overlapping territories), and nobody pages through them nationally.
 */
export const STORED_MIN_SCORE = 0.3;
/** Every pair with a score ≥ STORED_MIN_SCORE, ended programmes included (the list drops them when read). */
const ALL_OVERLAPS = { minScore: STORED_MIN_SCORE, territoryId: null, today: '', limit: null, after: null } as const;

/** Every overlap pair of the cartography, computed from scratch. */
async function allOverlaps(run: Run): Promise<OverlapPairRow[]> {
  const [record] = await run(overlapsQuery, { ...ALL_OVERLAPS, programmeId: null });
  return (record?.page ?? []).map(overlapRowOf);
}

async function refreshOverlaps(run: Run, cleared: string[], programmes: string[]): Promise<void> {
  await run(clearOverlapPairs, { ids: cleared });
  const rows = new Map<string, OverlapPairRow>();
  for (const programmeId of programmes) {
    const [record] = await run(overlapsQuery, { ...ALL_OVERLAPS, programmeId });
    for (const t of record?.page ?? []) rows.set(`${t[0]}|${t[2]}`, overlapRowOf(t));
  }
  await inChunks([...rows.values()], (chunk) => run(writeOverlapPairs, { rows: chunk }));
}

/** Every information-gap pair of the cartography, computed from scratch. */
async function allGaps(run: Run): Promise<GapPairRow[]> {
  const [record] = await run(informationGapsQuery, {
    territoryId: null,
    actorId: null,
    minStrength: 1,
    largeProgramme: LARGE_PROGRAMME,
    limit: null,
    after: null,
  });
  return (record?.page ?? []).map((flat): GapPairRow => {
    const key = flat[flat.length - 1] as (string | number)[];
    return {
      a: flat[0] as string,
      b: flat[2] as string,
      aName: flat[1] as string,
      bName: flat[3] as string,
      strength: -(key[0] as number),
      reasons: flat.slice(4, -1).map((v) => (v as string | null) ?? ''),
    };
  });
}

const ROLE_FLAGS: [string, string][] = [
  ['OPERATES', 'O'],
  ['FUNDS', 'F'],
  ['PRESCRIBES', 'P'],
];
const flags = (roles: string[]) =>
  ROLE_FLAGS.filter(([r]) => roles.includes(r))
    .map(([, f]) => f)
    .join('');

/** A reason of gaps-of.cypher in the code of information-gaps/query.cypher, for the pair oriented a before b. */
function reasonCode([, kind, rolesX, rolesY, directions, formal, programmeId, programmeName]: RawReason, xFirst: boolean): string[] {
  if (kind === 'P') {
    const [ra, rb] = xFirst ? [rolesX, rolesY] : [rolesY, rolesX];
    return [`P:${flags(ra)}:${flags(rb)}::`, programmeId ?? '', programmeName ?? ''];
  }
  // 'x': x → y, that is a → b when x is a.
  const aToB = directions.includes(xFirst ? 'x' : 'y');
  const bToA = directions.includes(xFirst ? 'y' : 'x');
  return [`${kind}:::${aToB ? 'a' : ''}${bToA ? 'b' : ''}:${formal ? 'f' : ''}`, '', ''];
}

async function refreshGaps(run: Run, cleared: string[], actors: string[]): Promise<void> {
  await run(clearGapPairs, { ids: cleared });
  const rows = new Map<string, GapPairRow>();
  for (let i = 0; i < actors.length; i += CHUNK) {
    for (const r of await run(gapsOfActors, { ids: actors.slice(i, i + CHUNK), largeProgramme: LARGE_PROGRAMME })) {
      const [a, aName, b, bName] = r.first ? [r.x, r.xName, r.y, r.yName] : [r.y, r.yName, r.x, r.xName];
      rows.set(`${a}|${b}`, { a, b, aName, bName, strength: r.reasons.length, reasons: r.reasons.flatMap((x) => reasonCode(x, r.first)) });
    }
  }
  await inChunks([...rows.values()], (chunk) => run(writeGapPairs, { rows: chunk }));
}

/** The write transactions (by their runner) that left the pairs stale. */
const staleWrites = new WeakSet<Run>();

/** Whether the write transaction of this runner left the stored pairs stale (a rebuild is then due once it commits). */
export const leftPairsStale = (run: Run): boolean => staleWrites.has(run);

/**
 * Brings the stored pairs up to date inside a write transaction, after the write: `keys` are the
 * records it wrote or deleted ('all': everything may have changed, e.g. a REPLACE import). Returns
 * 'stale' when the pairs are (now) stale: the caller then calls `afterPairsWrite` once it committed
 * (`leftPairsStale(run)` tells it too).
 */
export async function refreshPairs(run: Run, keys: RecordKeys | 'all'): Promise<'fresh' | 'stale'> {
  const [state] = await run(lockPairs, {});
  if (state?.version !== PAIRS_VERSION) {
    staleWrites.add(run);
    return 'stale';
  }
  const stale = async () => {
    await run(markPairs, { version: null });
    staleWrites.add(run);
    return 'stale' as const;
  };
  if (keys === 'all' || keys.territories.length) return stale();
  const ids = unique([...keys.actors, ...keys.programmes, ...keys.links.flatMap((l) => [l.from, l.to])]);
  if (!ids.length) return 'fresh';
  const [touched] = await run(touchedByWrite, { ids });
  const programmes = touched?.programmes ?? [];
  const actors = touched?.actors ?? [];
  if (programmes.length > INCREMENTAL_PROGRAMMES || actors.length > INCREMENTAL_ACTORS) return stale();
  await refreshOverlaps(run, unique([...ids, ...programmes]), programmes);
  await refreshGaps(run, unique([...ids, ...actors]), actors);
  return 'fresh';
}

/** Pairs deleted per transaction, and rows written per transaction, by a rebuild. */
const REBUILD_BATCH = 5000;
/** A claim on the rebuild older than this is taken over (its app server stopped mid-way). */
const CLAIM_STALE_MS = 15 * 60_000;
/** While another app server rebuilds: check every BUSY_WAIT_MS whether it is done, BUSY_WAITS times. */
const BUSY_WAIT_MS = 500;
const BUSY_WAITS = 240;
/** Rebuilds tried in a row while writes keep coming; the next write that finds the pairs stale starts again. */
const REBUILD_ATTEMPTS = 3;

/**
 * Stores every pair again, outside any request, in batches of their own transactions; marks them
 * fresh when no write came in meanwhile. Returns whether they are fresh at the end.
 */
async function rebuildOnce(db: Executor, token: string): Promise<boolean | 'busy'> {
  const [claim] = await db.writeTransaction('analyses/pairs/claim', (run) => run(claimRebuild, { token, staleMs: CLAIM_STALE_MS }));
  if (!claim) return 'busy'; // another app server (or executor) is rebuilding
  // Between two transactions: an app that is shutting down stops here and releases its claim.
  const go = () => {
    if (db.closing) throw new RebuildStopped();
  };
  let complete = false;
  try {
    for (;;) {
      go();
      const [r] = await db.writeTransaction('analyses/pairs/clear', (run) => run(clearPairsBatch, { batch: REBUILD_BATCH }));
      if (!r?.deleted) break;
    }
    // Read with the write time-out (a national computation can outlast a request's read time-out).
    go();
    const overlaps = await db.writeTransaction('analyses/pairs/read-overlaps', allOverlaps);
    go();
    const gaps = await db.writeTransaction('analyses/pairs/read-gaps', allGaps);
    for (let i = 0; i < overlaps.length; i += REBUILD_BATCH) {
      go();
      await db.writeTransaction('analyses/pairs/write', (run) => run(writeOverlapPairs, { rows: overlaps.slice(i, i + REBUILD_BATCH) }));
    }
    for (let i = 0; i < gaps.length; i += REBUILD_BATCH) {
      go();
      await db.writeTransaction('analyses/pairs/write', (run) => run(writeGapPairs, { rows: gaps.slice(i, i + REBUILD_BATCH) }));
    }
    complete = true;
  } finally {
    // Fresh only if every pair was written and no write came in meanwhile; the claim is released either way.
    const [end] = await db.writeTransaction('analyses/pairs/finish', (run) =>
      run(finishRebuild, { token, writes: claim.writes, version: PAIRS_VERSION, complete }),
    );
    complete = complete && end?.fresh === true;
  }
  return complete;
}

/** Thrown between two batches of a rebuild when the app is shutting down. */
class RebuildStopped extends Error {
  constructor() {
    super('rebuild of the stored pairs stopped: the app is shutting down');
  }
}

/** The rebuild running in this process, per database (one at a time). */
const running = new WeakMap<Executor, Promise<boolean>>();

/**
 * Rebuilds the stored pairs when they are stale (a write that made them so, start-up, a new version
 * of the definitions). Resolves with whether they are fresh; a rebuild already running in this
 * process is joined rather than started twice.
 */
export function rebuildPairs(db: Executor): Promise<boolean> {
  const root = db.root;
  const current = running.get(root);
  if (current) return current;
  const work = (async () => {
    const token = randomUUID();
    let attempts = 0;
    let waits = 0;
    while (attempts < REBUILD_ATTEMPTS && !root.closing) {
      const [state] = await root.read(pairState, {});
      if (state?.version === PAIRS_VERSION) return true;
      const done = await rebuildOnce(root, token);
      if (done === true) return true;
      if (done === 'busy') {
        // Someone else is rebuilding: wait for them (and take over if their claim goes stale).
        if (++waits > BUSY_WAITS) return false;
        await new Promise((r) => setTimeout(r, BUSY_WAIT_MS));
      } else attempts++;
    }
    return false;
  })()
    .catch((e: unknown) => {
      if (e instanceof RebuildStopped) return false;
      throw e;
    })
    .finally(() => running.delete(root));
  running.set(root, work);
  // The executor waits for it before it closes (the rebuild stops at its next batch).
  root.track(work);
  return work;
}

/**
 * After a write committed: when it left the pairs stale, their rebuild starts in the background
 * (the lists are exact meanwhile, computed from scratch). Never throws: a failed rebuild is logged
 * and tried again by the next write that finds the pairs stale.
 */
export function afterPairsWrite(db: Executor, stale: boolean): void {
  if (!stale) return;
  rebuildPairs(db).catch((e: unknown) => db.root.logError(e, 'rebuild of the stored analysis pairs failed'));
}
