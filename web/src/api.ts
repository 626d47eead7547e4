// The GraphQL client: one small fetch wrapper and the explorer's queries.

import type {
  CirResult,
  CoverageGapRow,
  CoverageResult,
  GraphData,
  InfoGapResult,
  Labelled,
  OverlapResult,
  TerritoryInfo,
  TerritoryLevel,
} from './graph/types';
import type { Filters } from './graph/urlState';

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body?.data) throw new ApiError(`HTTP ${res.status}`);
  return body.data;
}

const GRAPH = `query Graph($filter: GraphFilter) {
  graph(filter: $filter) { nodes { id label type kind lat lon } edges { id source target type formal } }
}`;

export function graphFilter(f: Filters, withFilters = true): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (f.include.length) filter.include = f.include;
  if (!withFilters) return filter;
  if (f.domains.length) filter.domainIds = f.domains;
  if (f.barriers.length) filter.barrierIds = f.barriers;
  if (f.territory) filter.territoryId = f.territory;
  if (f.kinds.length) filter.actorKinds = f.kinds;
  if (f.links.length) filter.linkTypes = f.links;
  if (f.formalOnly) filter.formalOnly = true;
  return filter;
}

export async function fetchGraph(filter: Record<string, unknown>, signal?: AbortSignal): Promise<GraphData> {
  return (await gql<{ graph: GraphData }>(GRAPH, { filter }, signal)).graph;
}

export interface AnalysisDefinition {
  analysis: string;
  definition: string;
  definitionEn: string;
}

export interface Reference {
  analysisDefinitions: AnalysisDefinition[];
  domains: Labelled[];
  barriers: (Labelled & { domains: { id: string }[] })[];
  publics: Labelled[];
  territories: TerritoryInfo[];
  programmes: { id: string; publics: { id: string }[] }[];
}

export async function fetchReference(): Promise<Reference> {
  return gql<Reference>(`{
    analysisDefinitions { analysis definition definitionEn }
    domains { id label }
    barriers { id label domains { id } }
    publics { id label }
    territories { id name level parents { id name level } }
    programmes { id publics { id } }
  }`);
}

const CONTACT = 'id name kind email phone website commune { name }';

export async function fetchCoverage(barrierId: string, territoryId: string | null, signal?: AbortSignal): Promise<CoverageResult> {
  const d = await gql<{ barrierCoverage: CoverageResult }>(
    `query Coverage($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) {
      barrier { id label } territory { id name level } explanation
      actors { scope explanation actor { ${CONTACT} } via { id name } }
    } }`,
    { b: barrierId, t: territoryId },
    signal,
  );
  return d.barrierCoverage;
}

export async function fetchOverlaps(minScore: number, signal?: AbortSignal): Promise<OverlapResult[]> {
  const d = await gql<{ programmeOverlaps: OverlapResult[] }>(
    `query Overlaps($m: Float) { programmeOverlaps(minScore: $m) {
      a { id name } b { id name } score explanation sharedBarriers { id label } sharedTerritories { id name } sharedPublics { id label }
    } }`,
    { m: minScore },
    signal,
  );
  return d.programmeOverlaps;
}

export async function fetchInfoGaps(signal?: AbortSignal): Promise<InfoGapResult[]> {
  const d = await gql<{ informationGaps: InfoGapResult[] }>(`{ informationGaps { a { id name } b { id name } strength reasons explanation } }`, {}, signal);
  return d.informationGaps;
}

export async function fetchCir(maxHops: number, signal?: AbortSignal): Promise<CirResult> {
  const d = await gql<{ cirArticulation: CirResult }>(
    `query Cir($h: Int) { cirArticulation(maxHops: $h) { cir { id name } explanation linked { distance path explanation actor { id name } } unlinked { id name } unlinkedDetails { distance explanation actor { id name } } } }`,
    { h: maxHops },
    signal,
  );
  return d.cirArticulation;
}

export async function fetchCoverageGaps(level: TerritoryLevel, signal?: AbortSignal): Promise<CoverageGapRow[]> {
  const d = await gql<{ coverageGaps: CoverageGapRow[] }>(
    `query Gaps($l: TerritoryLevel!) { coverageGaps(level: $l) { territory { id name level } barrier { id label } bpiCount explanation } }`,
    { l: level },
    signal,
  );
  return d.coverageGaps;
}

export interface LinkDetail {
  type: string;
  from: string;
  to: string;
  formal: boolean | null;
  note: string | null;
  sources: string[];
}
export interface ActorDetail {
  __typename: 'Actor';
  id: string;
  name: string;
  kind: string;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  commune: { id: string; name: string } | null;
  activeIn: { id: string; name: string; level: string }[];
  addresses: Labelled[];
  programmes: { id: string; name: string }[];
  links: LinkDetail[];
  sources: string[];
}
export interface ProgrammeDetail {
  __typename: 'Programme';
  id: string;
  name: string;
  kind: string;
  description: string | null;
  website: string | null;
  domains: Labelled[];
  addresses: Labelled[];
  publics: Labelled[];
  activeIn: { id: string; name: string; level: string }[];
  operators: { id: string; name: string }[];
  sources: string[];
}
export interface TerritoryDetail {
  __typename: 'Territory';
  id: string;
  name: string;
  level: string;
  parents: { id: string; name: string; level: string }[];
}
export type Detail = ActorDetail | ProgrammeDetail | TerritoryDetail;

export async function fetchDetail(type: string, id: string, signal?: AbortSignal): Promise<Detail | null> {
  if (type === 'Actor') {
    const d = await gql<{ actor: ActorDetail | null }>(
      `query A($id: ID!) { actor(id: $id) { __typename id name kind description website email phone address commune { id name }
        activeIn { id name level } addresses { id label } programmes { id name } links { type from to formal note sources } sources } }`,
      { id },
      signal,
    );
    return d.actor;
  }
  if (type === 'Programme') {
    const d = await gql<{ programme: ProgrammeDetail | null }>(
      `query P($id: ID!) { programme(id: $id) { __typename id name kind description website domains { id label } addresses { id label }
        publics { id label } activeIn { id name level } operators { id name } sources } }`,
      { id },
      signal,
    );
    return d.programme;
  }
  if (type === 'Territory') {
    const d = await gql<{ territory: TerritoryDetail | null }>(
      `query T($id: ID!) { territory(id: $id) { __typename id name level parents { id name level } } }`,
      { id },
      signal,
    );
    return d.territory;
  }
  return null;
}
