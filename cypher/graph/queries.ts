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
