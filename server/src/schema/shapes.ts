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

/**
 * The stored properties of an actor and a programme: every field of their GraphQL types that is not a
 * relation reads the property of its own name (or none). A list query reads only the selected ones.
 */
export const ACTOR_PROPS = [
  'id',
  'name',
  'kind',
  'description',
  'website',
  'email',
  'phone',
  'address',
  'commune',
  'outreach',
  'sources',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof ActorShape)[];
export const PROGRAMME_PROPS = [
  'id',
  'name',
  'kind',
  'description',
  'website',
  'capacity',
  'startDate',
  'endDate',
  'outreach',
  'sources',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof ProgrammeShape)[];
export type ActorProp = (typeof ACTOR_PROPS)[number];
export type ProgrammeProp = (typeof PROGRAMME_PROPS)[number];
// Every property of the shapes is listed (a new one must be added above, or list queries would not read it).
type Missing<S, P> = Exclude<keyof S, P | 'relations'>;
const _everyProp: [Missing<ActorShape, ActorProp>, Missing<ProgrammeShape, ProgrammeProp>] extends [never, never] ? true : never = true;
void _everyProp;

/** A shape from the values a list query read for `props` (in that order). */
export function fromValues<S>(props: readonly string[], values: readonly unknown[]): S {
  const o: Record<string, unknown> = {};
  for (let i = 0; i < props.length; i++) o[props[i] as string] = values[i];
  return o as S;
}
