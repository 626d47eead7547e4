// COVERAGE_GAPS — zones blanches: territories of a level × barriers that no actor covers in full.
// Its answer is drawn as a matrix (Matrix.tsx), not on the graph; a cell asks BARRIER_COVERAGE.
import { NO_HIGHLIGHT } from '../../graph/highlights';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../../graph/types';
import { graphql, type ResultOf, request } from '../../graphql';
import type { AnalysisModule } from '../types';

export interface GapsParams {
  level: TerritoryLevel;
}

const QUERY = graphql(`
  query CoverageGaps($l: TerritoryLevel!) {
    coverageGaps(level: $l) { territory { id name level } barrier { id label } bpiCount explanation }
  }
`);
export type CoverageGapsResult = ResultOf<typeof QUERY>['coverageGaps'];

const DEFAULT_LEVEL: TerritoryLevel = 'EPCI';

export const coverageGaps: AnalysisModule<GapsParams, CoverageGapsResult> = {
  id: 'COVERAGE_GAPS',
  defaults: { level: DEFAULT_LEVEL },
  decode(q) {
    const l = q.get('level');
    return { level: l && (TERRITORY_LEVELS as readonly string[]).includes(l) ? (l as TerritoryLevel) : DEFAULT_LEVEL };
  },
  encode(p, set) {
    if (p.level !== DEFAULT_LEVEL) set('level', p.level);
  },
  key: (p) => `matrix:${p.level}`,
  ready: () => true,
  fetch: async (p, signal) => (await request(QUERY, { l: p.level }, signal)).coverageGaps,
  status: (r, _p, { t }) => `${t('q.matrixCount', { n: r.length })}, ${t('q.matrixTerritories', { n: new Set(r.map((g) => g.territory.id)).size })}`,
  highlight: () => ({ ...NO_HIGHLIGHT, analysis: 'COVERAGE_GAPS' }),
  legend: () => [],
  title: (_r, _p, { t }) => t('export.analysisTitle', { q: t('analysis.COVERAGE_GAPS') }),
};
