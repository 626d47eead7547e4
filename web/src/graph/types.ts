// Shapes of the data the explorer works on (as served by the GraphQL `graph` query and the analyses).

export type NodeType = 'Actor' | 'Programme' | 'Domain' | 'Barrier' | 'Public' | 'Territory' | 'Group';

export const ACTOR_KINDS = [
  'STATE_SERVICE',
  'LOCAL_AUTHORITY',
  'PUBLIC_EMPLOYMENT_SERVICE',
  'SOCIAL_PROTECTION',
  'ACCOMMODATION_OPERATOR',
  'HOUSING_PROVIDER',
  'ASSOCIATION',
  'ECONOMIC_ACTOR',
  'TRAINING_BODY',
  'HEALTH_ACTOR',
  'OTHER',
] as const;

export const PROGRAMME_KINDS = ['GLOBAL_SUPPORT', 'SPECIALISED', 'COMMON_LAW'] as const;

export const LINK_TYPES = ['OPERATES', 'FUNDS', 'PRESCRIBES', 'PARTNERS_WITH', 'REFERS_TO', 'SHARES_INFO_WITH'] as const;

export const TERRITORY_LEVELS = ['REGION', 'DEPARTMENT', 'EMPLOYMENT_AREA', 'EPCI', 'COMMUNE'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

export const INCLUDES = ['BARRIER', 'DOMAIN', 'PUBLIC', 'TERRITORY'] as const;
export type Include = (typeof INCLUDES)[number];

export interface GNode {
  id: string;
  label: string;
  type: NodeType;
  kind: string | null;
  lat: number | null;
  lon: number | null;
  /** a programme whose endDate is past: out of the analyses, drawn faint and dotted */
  ended?: boolean;
  /** level of detail (graph/lod.ts): the open group that holds this member */
  parent?: string;
  /** a group node: its side in pixels, and whether it is open */
  size?: number;
  open?: boolean;
}

export interface GEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  formal: boolean | null;
  /** a group edge: the number of links it stands for */
  links?: number;
}

export interface GraphData {
  nodes: GNode[];
  edges: GEdge[];
}

export interface Labelled {
  id: string;
  label: string;
}
