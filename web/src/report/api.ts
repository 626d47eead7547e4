// The report's queries (each within the API's limits): the reference and the figures, the actors
// with their contacts (paged), the programmes, and the analyses for the scope.
import { fetchGraph } from '../api';
import type { GraphData } from '../graph/types';
import { graphql, type ResultOf, request } from '../graphql';
import { fetchRecommendations, type RecommendationsAnswer } from '../recommendations/api';

const REPORT_META = graphql(`
  query ReportMeta($scope: ID!) {
    analysisDefinitions { analysis title definition version }
    domains { id label }
    barriers { id label domains { id } }
    territory(id: $scope) { id name level population }
    statistics(territoryId: $scope, latest: true) { indicator label display year source }
    communeFigures: statistics(level: COMMUNE, indicator: "BPI_COUNT", latest: true) { territoryId value display secret }
  }
`);

const REPORT_ACTORS = graphql(`
  query ReportActors($after: String, $territoryId: ID) {
    actors(first: 100, after: $after, filter: { territoryId: $territoryId }) {
      edges { node { id name kind phone email website address commune { name } addresses { id } programmes { id } sources } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const REPORT_PROGRAMMES = graphql(`
  query ReportProgrammes {
    programmes { id name kind operators { name } addresses { id } domains { id } publics { id label } sources }
  }
`);

/**
 * The report prints the strongest results of the long lists, the rest stays in the tool (a line
 * « N autres résultats dans l'outil » links to it): the first REPORT_TOP overlaps by score, the
 * first REPORT_TOP information gaps by strength (large programmes summarised, one row each), the
 * first REPORT_TOP coverage-gap rows, in the API's order.
 */
export const REPORT_TOP = 30;

// One request per analysis: each gets the whole request time budget.
const REPORT_OVERLAPS = graphql(`
  query ReportOverlaps($territoryId: ID, $limit: Int) {
    programmeOverlapPage(territoryId: $territoryId, limit: $limit) { totalCount nodes { a { name } b { name } score explanation } }
  }
`);
const REPORT_INFO_GAPS = graphql(`
  query ReportInformationGaps($territoryId: ID, $limit: Int) {
    informationGapPage(territoryId: $territoryId, limit: $limit) {
      totalCount
      nodes { a { name } b { name } strength explanation }
      largeProgrammes { programme { name } participants pairsWithoutExchange actorsWithoutExchange explanation }
    }
  }
`);
const REPORT_CIR = graphql(`
  query ReportCir($territoryId: ID) {
    cirArticulation(territoryId: $territoryId) {
      cir { name }
      explanation
      linked { actor { name } distance explanation }
      unlinkedDetails { actor { name } explanation }
    }
  }
`);
const REPORT_GAPS = graphql(`
  query ReportCoverageGaps($territoryId: ID, $level: TerritoryLevel!) {
    coverageGaps(level: $level, territoryId: $territoryId) { territory { id name } barrier { id label } bpiDisplay actorCount reachedShare explanation }
  }
`);

export type ReportMeta = ResultOf<typeof REPORT_META>;
export type ReportActor = ResultOf<typeof REPORT_ACTORS>['actors']['edges'][number]['node'];
export type ReportProgramme = ResultOf<typeof REPORT_PROGRAMMES>['programmes'][number];
export type ReportAnalyses = ResultOf<typeof REPORT_OVERLAPS> & ResultOf<typeof REPORT_INFO_GAPS> & ResultOf<typeof REPORT_CIR> & ResultOf<typeof REPORT_GAPS>;

export interface ReportData {
  meta: ReportMeta;
  actors: ReportActor[];
  programmes: ReportProgramme[];
  analyses: ReportAnalyses;
  /** the ACCEPTED recommendations and the sections of the peripheral barriers */
  recommendations: RecommendationsAnswer;
  /** what the diagrams draw: the whole cartography, then one graph per domain */
  diagrams: { whole: GraphData; domains: DomainGraph[] };
}

export interface DomainGraph {
  domain: { id: string; label: string };
  graph: GraphData;
}

/** Everything the report shows, for the whole cartography (the department) or one territory. */
export async function fetchReport(territoryId: string | null): Promise<ReportData> {
  const scope = territoryId ?? '29';
  const actorsP = async () => {
    const list: ReportActor[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ResultOf<typeof REPORT_ACTORS> = await request(REPORT_ACTORS, { after, territoryId });
      list.push(...page.actors.edges.map((e) => e.node));
      if (!page.actors.pageInfo.hasNextPage || !page.actors.pageInfo.endCursor) return list;
      after = page.actors.pageInfo.endCursor;
    }
  };
  // One after the other: the analyses are heavy, and in parallel on a small server they would
  // share its cores and each risk the request time-out.
  const meta = await request(REPORT_META, { scope });
  const actors = await actorsP();
  const progs = await request(REPORT_PROGRAMMES, {});
  // the diagrams' graphs: the whole cartography, then one per domain (the explorer's graph query,
  // light enough to ask for at once)
  const inScopeFilter = territoryId ? { territoryId } : {};
  const [whole, ...perDomain] = await Promise.all([fetchGraph(inScopeFilter), ...meta.domains.map((d) => fetchGraph({ domainIds: [d.id], ...inScopeFilter }))]);
  const domainGraphs: DomainGraph[] = meta.domains.map((domain, i) => ({ domain, graph: perDomain[i] ?? { nodes: [], edges: [] } }));
  const overlaps = await request(REPORT_OVERLAPS, { territoryId, limit: REPORT_TOP });
  const infoGaps = await request(REPORT_INFO_GAPS, { territoryId, limit: REPORT_TOP });
  const cir = await request(REPORT_CIR, { territoryId });
  const gaps = await request(REPORT_GAPS, { territoryId, level: territoryId ? 'COMMUNE' : 'EPCI' });
  const recommendations = await fetchRecommendations({ status: 'ACCEPTED', territoryId });
  const analyses: ReportAnalyses = { ...overlaps, ...infoGaps, ...cir, ...gaps };
  const inScope = new Set(whole.nodes.filter((n) => n.type === 'Programme').map((n) => n.id));
  return {
    meta,
    actors,
    programmes: progs.programmes.filter((p) => inScope.has(p.id)),
    analyses,
    recommendations,
    diagrams: { whole, domains: domainGraphs },
  };
}
