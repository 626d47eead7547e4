// The two queries of barrier coverage (with and without a territory: same row shape), and the
// decoding of their rows into the answer's entries.
import { defineQuery } from '../../neo4j/query.js';
import type { ActorShape, ProgrammeShape, TerritoryShape } from '../../schema/shapes.js';

export type CoverageParams = {
  barrierId: string;
  territoryId: string | null;
  actorKinds: string[] | null;
  /** ISO date: programmes that ended before it are no route */
  today: string;
};

/** One actor as the Cypher returns it. */
export interface CoverageActorRecord {
  actor: ActorShape;
  commune: TerritoryShape | null;
  /** leaves of T its routes cover (1 without T) */
  covered: number;
  /** their population (null without T) */
  coveredPopulation: number | null;
  direct: boolean;
  via: ProgrammeShape[];
  territories: TerritoryShape[];
  /** T a commune: [km, name of the nearest service point's commune, or null for an outreach route] */
  nearest: [number, string | null] | null;
}

export interface CoverageRecord {
  territory: TerritoryShape | null;
  leafCount: number;
  /** null when a leaf has no population */
  leafPopulation: number | null;
  /** the leaves are communes (for the wording) */
  communes: boolean;
  actors: CoverageActorRecord[];
}

export const coverageInTerritory = defineQuery<CoverageParams, CoverageRecord>('analyses/barrier-coverage/in-territory');
export const coverageEverywhere = defineQuery<Omit<CoverageParams, 'territoryId'>, CoverageRecord>('analyses/barrier-coverage/everywhere');

export type Scope = 'FULL' | 'PARTIAL';

/** An entry of the answer. */
export interface CoveringActorRow {
  actor: ActorShape;
  commune: TerritoryShape | null;
  scope: Scope;
  share: number;
  populationShare: number | null;
  direct: boolean;
  via: ProgrammeShape[];
  territories: TerritoryShape[];
  distanceKm: number | null;
  /** the commune of the nearest service point; null when the nearest route is outreach */
  nearestCommune: string | null;
  covered: number;
  leafCount: number;
  communes: boolean;
}

export function coveringActorRows(record: CoverageRecord, withTerritory: boolean): CoveringActorRow[] {
  const { leafCount, leafPopulation, communes } = record;
  return record.actors.map((a) => {
    const share = withTerritory ? a.covered / leafCount : 1;
    const populationShare = !withTerritory
      ? 1
      : leafPopulation == null || leafPopulation === 0 || a.coveredPopulation == null
        ? null
        : a.coveredPopulation / leafPopulation;
    return {
      actor: a.actor,
      commune: a.commune,
      scope: !withTerritory || a.covered === leafCount ? 'FULL' : 'PARTIAL',
      share,
      populationShare,
      direct: a.direct,
      via: a.via,
      territories: a.territories,
      distanceKm: a.nearest?.[0] ?? null,
      nearestCommune: a.nearest?.[1] ?? null,
      covered: withTerritory ? a.covered : leafCount,
      leafCount,
      communes,
    };
  });
}
