// The map's queries: indicators, actors with their sites, the figures of an indicator for a level,
// the zones blanches of a barrier, and the figures of one territory (secrecy applied by the API).
import { graphql, type ResultOf, request } from '../graphql';

const MAP_META = graphql(`
  query MapMeta {
    statisticIndicators { indicator label levels latestYear }
    barriers { id label }
    mapActors { id name kind communeId sites { communeId label } }
  }
`);
export type MapMeta = ResultOf<typeof MAP_META>;
export const fetchMapMeta = () => request(MAP_META, {});

const MAP_FIGURES = graphql(`
  query MapFigures($level: TerritoryLevel!, $indicator: String!) {
    statistics(level: $level, indicator: $indicator, latest: true) { territoryId value display secret year source }
  }
`);
export type MapFigure = ResultOf<typeof MAP_FIGURES>['statistics'][number];
export const fetchMapFigures = (level: 'COMMUNE' | 'EPCI' | 'EMPLOYMENT_AREA', indicator: string, signal?: AbortSignal) =>
  request(MAP_FIGURES, { level, indicator }, signal);

const MAP_GAPS = graphql(`
  query MapGaps($level: TerritoryLevel!, $barrier: ID!) {
    coverageGaps(level: $level, barrierIds: [$barrier]) { territory { id } reachedShare actorCount bpiDisplay explanation }
  }
`);
export type MapGap = ResultOf<typeof MAP_GAPS>['coverageGaps'][number];
export const fetchMapGaps = (level: 'COMMUNE' | 'EPCI' | 'EMPLOYMENT_AREA', barrier: string, signal?: AbortSignal) =>
  request(MAP_GAPS, { level, barrier }, signal);

const TERRITORY_FIGURES = graphql(`
  query TerritoryFigures($id: ID!) {
    territory(id: $id) {
      id name level population
      statistics(latest: true) { indicator label value display secret year source }
    }
  }
`);
export type TerritoryFigures = NonNullable<ResultOf<typeof TERRITORY_FIGURES>['territory']>;
export const fetchTerritoryFigures = (id: string, signal?: AbortSignal) => request(TERRITORY_FIGURES, { id }, signal);
