// Runs the analyses (their own functions, with their default thresholds) and the rules on their
// findings: the drafts of a regeneration, in the order of the rules.
import { GraphQLError } from 'graphql';
import { barrierActorsQuery, subjectsQuery } from '../../../cypher/recommendations/queries.js';
import { listStatistics } from '../../../cypher/statistics/queries.js';
import { cirArticulation } from '../analyses/cir-articulation/field.js';
import { coverageGaps } from '../analyses/coverage-gaps/field.js';
import { informationGaps } from '../analyses/information-gaps/field.js';
import { overlaps } from '../analyses/programme-overlaps/field.js';
import type { Context } from '../schema/builder.js';
import type { Draft } from './draft.js';
import { cirDistanceRule } from './rules/cir-distance.js';
import type { RuleContext, Subject } from './rules/context.js';
import { INFORMATION_GAP_TOP, informationGapRule } from './rules/information-gap.js';
import { OVERLAP_TOP, overlapRule } from './rules/overlap.js';
import { ZONE_BLANCHE_MAX_SHARE, zoneBlancheRule } from './rules/zone-blanche.js';

/** Zones blanches are looked for among the EPCI (21 in the Finistère: a readable list per barrier). */
export const ZONE_BLANCHE_LEVEL = 'EPCI';
const MAX_KM = 20;
const CIR_MAX_HOPS = 2;
/** Actors named as "who" for a zone blanche: the first of those that address the barrier. */
const ACTORS_PER_BARRIER = 8;

/** The CIR articulation, or nothing when the cartography has no CIR programme. */
async function unlinkedFromCir(ctx: Context) {
  try {
    return (await cirArticulation({ maxHops: CIR_MAX_HOPS }, ctx)).unlinked.map((u) => u.actor);
  } catch (e) {
    if (e instanceof GraphQLError && e.extensions.code === 'NOT_FOUND') return [];
    throw e;
  }
}

export async function generateDrafts(ctx: Context): Promise<Draft[]> {
  const gaps = (await coverageGaps({ level: ZONE_BLANCHE_LEVEL, maxKm: MAX_KM }, ctx, null)).nodes.filter((g) => g.reachedShare < ZONE_BLANCHE_MAX_SHARE);
  const pairs = (await overlaps({}, ctx, OVERLAP_TOP)).nodes;
  const infoGaps = (await informationGaps({}, ctx, INFORMATION_GAP_TOP)).nodes;
  const unlinked = await unlinkedFromCir(ctx);

  const ids = [...new Set([...pairs.flatMap((o) => [o.a.id, o.b.id]), ...infoGaps.flatMap((g) => [g.a.id, g.b.id]), ...unlinked.map((a) => a.id)])];
  const subjects = new Map<string, Subject>((ids.length ? await ctx.db.read(subjectsQuery, { ids }) : []).map((s) => [s.id, s]));
  const territoryIds = [
    ...new Set([...subjects.values()].flatMap((s) => s.territories.map((t) => t.id)).concat(pairs.flatMap((o) => o.sharedTerritories.map((t) => t.id)))),
  ];
  const stats = territoryIds.length ? await ctx.db.read(listStatistics, { territoryIds, level: null, indicator: 'BPI_COUNT', prefix: null, year: null }) : [];
  // The latest figure of each territory (a figure without a year counts as the oldest).
  const bpi = new Map<string, number>();
  const yearOf = new Map<string, number>();
  for (const s of stats) {
    const year = s.year ?? Number.NEGATIVE_INFINITY;
    if (!bpi.has(s.territoryId) || year >= (yearOf.get(s.territoryId) ?? Number.NEGATIVE_INFINITY)) {
      bpi.set(s.territoryId, s.value);
      yearOf.set(s.territoryId, year);
    }
  }
  const barrierIds = [...new Set(gaps.map((g) => g.barrierId))];
  const barrierActors = new Map(
    (barrierIds.length ? await ctx.db.read(barrierActorsQuery, { barrierIds, perBarrier: ACTORS_PER_BARRIER }) : []).map((r) => [r.barrierId, r.actors]),
  );
  const rc: RuleContext = { subjects, bpi, barrierActors };
  return [...zoneBlancheRule(gaps, rc, MAX_KM), ...overlapRule(pairs, rc), ...informationGapRule(infoGaps, rc), ...cirDistanceRule(unlinked, rc, CIR_MAX_HOPS)];
}
