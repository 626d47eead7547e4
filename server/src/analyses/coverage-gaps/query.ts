// The two queries of coverage gaps (the territories in order, then the gaps of a batch of them)
// and the decoding of their compact rows.
import { defineQuery } from '../../neo4j/query.js';
import type { ActorShape } from '../../schema/shapes.js';
import type { Key } from '../common/paging.js';
import type { TerritoryRef } from '../common/refs.js';

export const orderedTerritories = defineQuery<
  { level: string; territoryId: string | null; unknown: boolean },
  /** [id, BPI count or null], in the order of the answer */
  { territories: [string, number | null][] }
>('analyses/coverage-gaps/territories');

export type GapsParams = { territoryIds: string[]; barrierIds: string[]; maxKm: number; today: string };

/** [territory id, name, level, BPI count, barrier id, actorCount, reachedShare, leaves, leaves reached, weighted, key] */
export type GapTuple = [string, string, string, number | null, string, number, number, number, number, boolean, Key];

export const gapsQuery = defineQuery<GapsParams, { gap: GapTuple }>('analyses/coverage-gaps/gaps');

/** Covering actors whose distance is unknown: the locations to complete first. */
export const unlocatedQuery = defineQuery<
  { territoryId: string | null; barrierIds: string[]; today: string },
  { actors: { actor: ActorShape; barriers: string[] }[] }
>('analyses/coverage-gaps/unlocated');

export interface CoverageGapRow {
  territory: TerritoryRef;
  barrierId: string;
  bpiCount: number | null;
  actorCount: number;
  reachedShare: number;
  leafCount: number;
  reachedCount: number;
  /** reachedShare is weighted by population */
  weighted: boolean;
  key: Key;
}

export const coverageGapRow = ([
  id,
  name,
  level,
  bpi,
  barrierId,
  actorCount,
  reachedShare,
  leafCount,
  reachedCount,
  weighted,
  key,
]: GapTuple): CoverageGapRow => ({
  territory: { id, name, level },
  barrierId,
  bpiCount: bpi == null ? null : Math.round(bpi),
  actorCount,
  reachedShare,
  leafCount,
  reachedCount,
  weighted,
  key,
});
