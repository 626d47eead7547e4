// Upkeep of the stored national pairs (ADR 013). The national lists of programme overlaps and
// information gaps are ordered by a score that needs every pair; the pairs are therefore stored,
// one node each, and kept exact by every write, in the write's own transaction:
// - a write names what it touched (records and the ends of links, `RecordKeys`); the programmes
//   and actors whose pairs can have changed are found from them (pairs/touched.cypher); their
//   stored pairs are deleted and computed again by the analyses' own definitions;
// - a write of territories (the hierarchy that overlaps depend on), a REPLACE import, a large
//   write, or pairs never built for this version of the definitions rebuild every pair.
// Writes are serialised by the editing and import locks, and the pair marker is locked too, so
// that a rebuild at start-up cannot interleave with a write's upkeep.
import type { RecordKeys } from '../../../../cypher/editing/queries.js';
import type { Executor } from '../../neo4j/executor.js';
import { informationGapsQuery, LARGE_PROGRAMME } from '../information-gaps/query.js';
import { type OverlapTuple, overlapsQuery } from '../programme-overlaps/query.js';
import {
  clearGapPairs,
  clearOverlapPairs,
  type GapPairRow,
  gapsOfActors,
  lockPairs,
  markPairs,
  type OverlapPairRow,
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

async function rebuildOverlaps(run: Run): Promise<void> {
  await run(clearOverlapPairs, { ids: null });
  const [record] = await run(overlapsQuery, { ...ALL_OVERLAPS, programmeId: null });
  const rows = (record?.page ?? []).map(overlapRowOf);
  await inChunks(rows, (chunk) => run(writeOverlapPairs, { rows: chunk }));
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

async function rebuildGaps(run: Run): Promise<void> {
  await run(clearGapPairs, { ids: null });
  const [record] = await run(informationGapsQuery, {
    territoryId: null,
    actorId: null,
    minStrength: 1,
    largeProgramme: LARGE_PROGRAMME,
    limit: null,
    after: null,
  });
  const rows = (record?.page ?? []).map((flat): GapPairRow => {
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
  await inChunks(rows, (chunk) => run(writeGapPairs, { rows: chunk }));
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

/**
 * Brings the stored pairs up to date inside a write transaction, after the write: `keys` are the
 * records it wrote or deleted ('all': everything may have changed, e.g. a REPLACE import).
 */
export async function refreshPairs(run: Run, keys: RecordKeys | 'all'): Promise<void> {
  const [state] = await run(lockPairs, {});
  if (keys === 'all' || state?.version !== PAIRS_VERSION) {
    await rebuildOverlaps(run);
    await rebuildGaps(run);
    await run(markPairs, { version: PAIRS_VERSION });
    return;
  }
  const ids = unique([...keys.actors, ...keys.programmes, ...keys.links.flatMap((l) => [l.from, l.to])]);
  const touched = ids.length ? (await run(touchedByWrite, { ids }))[0] : undefined;
  const programmes = touched?.programmes ?? [];
  const actors = touched?.actors ?? [];
  if (keys.territories.length || programmes.length > INCREMENTAL_PROGRAMMES) await rebuildOverlaps(run);
  else if (ids.length) await refreshOverlaps(run, unique([...ids, ...programmes]), programmes);
  if (actors.length > INCREMENTAL_ACTORS) await rebuildGaps(run);
  else if (ids.length) await refreshGaps(run, unique([...ids, ...actors]), actors);
}

/** At start-up: builds the stored pairs when they are missing or from older definitions. */
export async function ensurePairs(db: Executor): Promise<void> {
  await db.writeTransaction('analyses/pairs/rebuild', async (run) => {
    const [state] = await run(lockPairs, {});
    if (state?.version !== PAIRS_VERSION) await refreshPairs(run, 'all');
  });
}
