// The profile's queries: every latest statistic of a level (the table by territory of the map's
// scope), and a territory with its children (the report). Secrecy is applied by the API.
import { graphql, type ResultOf, request } from '../graphql';

const LEVEL_PROFILE = graphql(`
  query LevelProfile($level: TerritoryLevel!) {
    statistics(level: $level, latest: true) { territoryId indicator value display secret year source }
  }
`);
export type LevelFigure = ResultOf<typeof LEVEL_PROFILE>['statistics'][number];
export const fetchLevelProfile = (level: 'COMMUNE' | 'EPCI' | 'EMPLOYMENT_AREA', signal?: AbortSignal) => request(LEVEL_PROFILE, { level }, signal);

const SCOPE_PROFILE = graphql(`
  query ScopeProfile($scope: ID!) {
    territory(id: $scope) {
      id name level
      statistics(latest: true) { indicator value display secret year source }
      children { id name level statistics(latest: true) { indicator value display secret year source } }
    }
  }
`);
export type ScopeProfile = NonNullable<ResultOf<typeof SCOPE_PROFILE>['territory']>;
export const fetchScopeProfile = (scope: string) => request(SCOPE_PROFILE, { scope });
