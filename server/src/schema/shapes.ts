// TypeScript shapes that back the GraphQL object types.
import type { ActorRelations, ProgrammeRelations } from './loaders.js';

export interface TerritoryShape {
  id: string;
  name: string;
  level: string;
  population?: number | null;
  lat?: number | null;
  lon?: number | null;
}
export interface ActorShape {
  id: string;
  name: string;
  kind: string;
  description?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  commune?: string | null;
  outreach?: boolean | null;
  sources?: string[] | null;
  updatedAt?: string | null;
  version?: number | null;
  /** relations already read with it (a list query reads the selected ones in its own query) */
  relations?: Partial<ActorRelations>;
}
export interface ProgrammeShape {
  id: string;
  name: string;
  kind: string;
  description?: string | null;
  website?: string | null;
  capacity?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  outreach?: boolean | null;
  sources?: string[] | null;
  updatedAt?: string | null;
  version?: number | null;
  /** relations already read with it (a list query reads the selected ones in its own query) */
  relations?: Partial<ProgrammeRelations>;
}
export interface LinkShape {
  type: string;
  from: string;
  to: string;
  formal?: boolean | null;
  note?: string | null;
  sources?: string[] | null;
  updatedAt?: string | null;
}
/** A site (reception point, branch, permanence) of an actor or a programme. */
export interface SiteRow {
  commune: TerritoryShape;
  address: string | null;
  label: string | null;
  phone: string | null;
  hours: string | null;
}
