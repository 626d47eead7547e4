// The query of programme overlaps and the decoding of its compact rows.
import { defineQuery } from '../../neo4j/query.js';
import { vocabulary } from '../../vocabulary.js';
import type { Key } from '../common/paging.js';
import { byCode, type Ref, type TerritoryRef } from '../common/refs.js';

export type OverlapParams = {
  minScore: number;
  territoryId: string | null;
  programmeId: string | null;
  today: string;
  /** rows of the page (null: all) */
  limit: number | null;
  after: Key | null;
};

/** [a id, a name, b id, b name, score, jaccard, public factor, shared barriers, shared publics, shared territories as [id, name, level], key] */
export type OverlapTuple = [string, string, string, string, number, number, number, string[], string[], [string, string, string][], Key];

export interface OverlapRecord {
  total: number;
  page: OverlapTuple[];
}

export const overlapsQuery = defineQuery<OverlapParams, OverlapRecord>('analyses/programme-overlaps/query');

export interface OverlapRow {
  a: Ref;
  b: Ref;
  score: number;
  jaccard: number;
  publicFactor: number;
  sharedBarriers: string[];
  sharedPublics: string[];
  sharedTerritories: TerritoryRef[];
  key: Key;
}

const rank = (ids: { id: string }[]) => new Map(ids.map((x, i) => [x.id, i]));
const BARRIER_RANK = rank(vocabulary.barriers);
const PUBLIC_RANK = rank(vocabulary.publics);
/** In the vocabulary's order (the database returns relationships in storage order). */
const inOrder = (ids: string[], order: Map<string, number>) => [...ids].sort((x, y) => (order.get(x) ?? 1e9) - (order.get(y) ?? 1e9) || byCode(x, y));

/** One overlap, with its shared barriers and publics in the vocabulary's order and its territories by name. */
export const overlapRow = ([a, aName, b, bName, score, jaccard, publicFactor, barriers, publics, territories, key]: OverlapTuple): OverlapRow => ({
  a: { id: a, name: aName },
  b: { id: b, name: bName },
  score,
  jaccard,
  publicFactor,
  sharedBarriers: inOrder(barriers, BARRIER_RANK),
  sharedPublics: inOrder(publics, PUBLIC_RANK),
  sharedTerritories: territories.map(([id, name, level]) => ({ id, name, level })).sort((x, y) => byCode(x.name, y.name) || byCode(x.id, y.id)),
  key,
});
