// COVERAGE_GAPS — zones blanches: territories of a level × barriers where part of the people live
// further than maxKm from help. Its answer is drawn as a matrix (Matrix.tsx), not on the graph; a
// cell asks BARRIER_COVERAGE. The list is national: the first page is asked, the next on demand.
import { NO_HIGHLIGHT } from '../../graph/highlights';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../../graph/types';
import { graphql, type ResultOf, request } from '../../graphql';
import { appendPage, fromPage, type Paged } from '../paging';
import type { AnalysisModule } from '../types';

export interface GapsParams {
  level: TerritoryLevel;
  maxKm: number;
}

const QUERY = graphql(`
  query CoverageGapPage($l: TerritoryLevel!, $km: Float, $limit: Int, $after: String) {
    coverageGapPage(level: $l, maxKm: $km, limit: $limit, after: $after) {
      nodes { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation }
      pageInfo { endCursor hasNextPage }
    }
    unlocatedActors { actor { id name } barriers { id label } }
  }
`);
const MORE = graphql(`
  query CoverageGapMore($l: TerritoryLevel!, $km: Float, $limit: Int, $after: String) {
    coverageGapPage(level: $l, maxKm: $km, limit: $limit, after: $after) {
      nodes { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation }
      pageInfo { endCursor hasNextPage }
    }
  }
`);
type Gap = ResultOf<typeof QUERY>['coverageGapPage']['nodes'][number];
export type Unlocated = ResultOf<typeof QUERY>['unlocatedActors'][number];
export interface CoverageGapsResult extends Paged<Gap> {
  /** covering actors with no known location: the data to complete first */
  unlocated: Unlocated[];
}

const DEFAULT_LEVEL: TerritoryLevel = 'EPCI';
/** The contract's default distance. */
export const DEFAULT_KM = 20;
/** Gap rows per page: a matrix page holds several territories. */
const GAP_PAGE = 200;

/** A distance from the URL or the form: a finite number ≥ 0, else the default. */
export function parseKm(v: string | null): number {
  if (v == null || v.trim() === '') return DEFAULT_KM;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_KM;
}

export const coverageGaps: AnalysisModule<GapsParams, CoverageGapsResult> = {
  id: 'COVERAGE_GAPS',
  defaults: { level: DEFAULT_LEVEL, maxKm: DEFAULT_KM },
  decode(q) {
    const l = q.get('level');
    return { level: l && (TERRITORY_LEVELS as readonly string[]).includes(l) ? (l as TerritoryLevel) : DEFAULT_LEVEL, maxKm: parseKm(q.get('km')) };
  },
  encode(p, set) {
    if (p.level !== DEFAULT_LEVEL) set('level', p.level);
    if (p.maxKm != null && p.maxKm !== DEFAULT_KM) set('km', String(p.maxKm));
  },
  key: (p) => `matrix:${p.level}:${p.maxKm}`,
  ready: () => true,
  async fetch(p, signal) {
    const d = await request(QUERY, { l: p.level, km: p.maxKm, limit: GAP_PAGE }, signal);
    return { ...fromPage(d.coverageGapPage), unlocated: [...d.unlocatedActors] };
  },
  async more(r, p, signal) {
    const d = await request(MORE, { l: p.level, km: p.maxKm, limit: GAP_PAGE, after: r.endCursor }, signal);
    return { ...appendPage(r, d.coverageGapPage), unlocated: r.unlocated };
  },
  page: (r) => r,
  status(r, _p, { t }) {
    return `${t('q.matrixCount', { n: r.nodes.length })}, ${t('q.matrixTerritories', { n: new Set(r.nodes.map((g) => g.territory.id)).size })}`;
  },
  highlight: () => ({ ...NO_HIGHLIGHT, analysis: 'COVERAGE_GAPS' }),
  legend: () => [],
  title: (_r, _p, { t }) => t('export.analysisTitle', { q: t('analysis.COVERAGE_GAPS') }),
};
