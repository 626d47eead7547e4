// Parameters and rows of the statistics queries (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';

export interface StatisticRow {
  territoryId: string;
  level: string;
  indicator: string;
  year: number | null;
  value: number;
  source: string | null;
}

export const listStatistics = defineQuery<
  { territoryIds: string[] | null; level: string | null; indicator: string | null; prefix: string | null; year: number | null },
  StatisticRow
>('statistics/list');

export const statisticIndicators = defineQuery<
  NoParams,
  { indicator: string; figures: number; territories: number; latestYear: number | null; levels: string[] }
>('statistics/indicators');

export interface MapActorRow {
  id: string;
  name: string;
  kind: string;
  communeId: string | null;
  sites: { communeId: string; label: string | null }[];
}

export const mapActors = defineQuery<NoParams, MapActorRow>('statistics/map-actors');
