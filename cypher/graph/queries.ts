// Parameters and rows of the graph view (one declaration per .cypher file).
import { defineQuery } from '../../server/src/neo4j/query.js';

export interface GraphNodeRow {
  id: string;
  label: string;
  type: string;
  kind: string | null;
  lat: number | null;
  lon: number | null;
}
export interface GraphEdgeRow {
  source: string;
  target: string;
  type: string;
  formal: boolean | null;
}

export const graphView = defineQuery<
  {
    territoryId: string | null;
    barrierIds: string[] | null;
    domainIds: string[] | null;
    actorKinds: string[] | null;
    linkTypes: string[] | null;
    formalOnly: boolean;
    include: string[];
  },
  { nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }
>('graph/view');

/** Members of one territory group of the overview (level of detail): nodes as the graph view's, and the links touching them. */
export const graphMembers = defineQuery<{ groupId: string }, { nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }>('graph/members');

export interface OverviewKindCount {
  kind: string | null;
  count: number;
}
export interface OverviewGroupRow {
  id: string;
  name: string;
  level: string;
  lat: number | null;
  lon: number | null;
  actorCount: number;
  programmeCount: number;
  actorKinds: OverviewKindCount[];
  programmeKinds: OverviewKindCount[];
}
export interface OverviewEdgeRow {
  source: string;
  target: string;
  type: string;
  links: number;
}

/** The overview of a scope: one group per territory of `level` within it, and the links between groups. */
export const graphOverview = defineQuery<{ scopeId: string | null; level: string }, { groups: OverviewGroupRow[]; edges: OverviewEdgeRow[] }>('graph/overview');
