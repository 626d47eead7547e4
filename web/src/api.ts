// The explorer's non-analysis queries: the graph, the reference lists, node details, the search index.
// (Each analysis fetches its own answer: see analyses/.)
import type { GraphData } from './graph/types';
import type { Filters } from './graph/urlState';
import { graphql, type ResultOf, request, type VariablesOf } from './graphql';

const GRAPH = graphql(`
  query Graph($filter: GraphFilter) {
    graph(filter: $filter) { nodes { id label type kind lat lon } edges { id source target type formal } }
  }
`);
type GraphFilter = NonNullable<VariablesOf<typeof GRAPH>['filter']>;

export function graphFilter(f: Filters, withFilters = true): GraphFilter {
  const filter: GraphFilter = {};
  if (f.include.length) filter.include = f.include;
  if (!withFilters) return filter;
  if (f.domains.length) filter.domainIds = f.domains;
  if (f.barriers.length) filter.barrierIds = f.barriers;
  if (f.territory) filter.territoryId = f.territory;
  if (f.kinds.length) filter.actorKinds = f.kinds as GraphFilter['actorKinds'];
  if (f.links.length) filter.linkTypes = f.links as GraphFilter['linkTypes'];
  if (f.formalOnly) filter.formalOnly = true;
  return filter;
}

export async function fetchGraph(filter: GraphFilter, signal?: AbortSignal): Promise<GraphData> {
  return (await request(GRAPH, { filter }, signal)).graph as GraphData;
}

const REFERENCE = graphql(`
  query Reference {
    analysisDefinitions { analysis definition definitionEn }
    domains { id label }
    barriers { id label domains { id } }
    publics { id label }
    territories { id name level parents { id name level } }
    programmes { id publics { id } endDate }
  }
`);
export type Reference = ResultOf<typeof REFERENCE>;
export type TerritoryInfo = Reference['territories'][number];

export function fetchReference(): Promise<Reference> {
  return request(REFERENCE, {});
}

const SEARCH_INDEX = graphql(`
  query SearchIndex {
    programmes { id description }
    actors(first: 500) { edges { node { id description } } }
  }
`);

/** Descriptions of programmes and actors by id, so that search also finds what they mention. */
export async function fetchDescriptions(signal?: AbortSignal): Promise<Map<string, string>> {
  const d = await request(SEARCH_INDEX, {}, signal);
  const out = new Map<string, string>();
  for (const p of d.programmes) if (p.description) out.set(p.id, p.description);
  for (const e of d.actors.edges) if (e.node.description) out.set(e.node.id, e.node.description);
  return out;
}

const ACTOR_DETAIL = graphql(`
  query ActorDetail($id: ID!) {
    actor(id: $id) {
      __typename id name kind description website email phone address commune { id name }
      activeIn { id name level } addresses { id label } programmes { id name } links { type from to formal note sources } sources
      outreach sites { commune { id name } address label phone hours }
    }
  }
`);
const PROGRAMME_DETAIL = graphql(`
  query ProgrammeDetail($id: ID!) {
    programme(id: $id) {
      __typename id name kind description website domains { id label } addresses { id label }
      publics { id label } activeIn { id name level } operators { id name } sources
      outreach capacity startDate endDate sites { commune { id name } address label phone hours }
    }
  }
`);
const TERRITORY_DETAIL = graphql(`
  query TerritoryDetail($id: ID!) { territory(id: $id) { __typename id name level parents { id name level } } }
`);

export type ActorDetail = NonNullable<ResultOf<typeof ACTOR_DETAIL>['actor']>;
export type ProgrammeDetail = NonNullable<ResultOf<typeof PROGRAMME_DETAIL>['programme']>;
export type TerritoryDetail = NonNullable<ResultOf<typeof TERRITORY_DETAIL>['territory']>;
export type Site = ActorDetail['sites'][number];
export type Detail = ActorDetail | ProgrammeDetail | TerritoryDetail;

export async function fetchDetail(type: string, id: string, signal?: AbortSignal): Promise<Detail | null> {
  if (type === 'Actor') return (await request(ACTOR_DETAIL, { id }, signal)).actor;
  if (type === 'Programme') return (await request(PROGRAMME_DETAIL, { id }, signal)).programme;
  if (type === 'Territory') return (await request(TERRITORY_DETAIL, { id }, signal)).territory;
  return null;
}
