// Parameters and rows of the read queries of this folder (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';
import type { ActorRelation, ActorRelations, ProgrammeRelation, ProgrammeRelations, TerritoryRelations } from '../../server/src/schema/loaders.js';
import type { ActorProp, ActorShape, ProgrammeProp, ProgrammeShape, SiteRow, TerritoryShape } from '../../server/src/schema/shapes.js';

type Ids = { ids: string[] };

export const actorsById = defineQuery<Ids, { a: ActorShape }>('read/actors-by-id');
export const programmesById = defineQuery<Ids, { p: ProgrammeShape }>('read/programmes-by-id');
export const territoriesById = defineQuery<Ids, { t: TerritoryShape }>('read/territories-by-id');
/** The relations `want` of a batch of actors (the others come back empty). */
export const actorRelations = defineQuery<Ids & { want: ActorRelation[] }, ActorRelations & { id: string }>('read/actor-relations');
/** The relations `want` of a batch of programmes (the others come back empty). */
export const programmeRelations = defineQuery<Ids & { want: ProgrammeRelation[] }, ProgrammeRelations & { id: string }>('read/programme-relations');
export const territoryRelations = defineQuery<Ids, TerritoryRelations & { id: string }>('read/territory-relations');
/** The sites of actors or programmes, by owner id, in their document order. */
export const sitesByOwner = defineQuery<Ids, { id: string; sites: SiteRow[] }>('read/sites');

export type ActorFilterParams = {
  kinds: string[] | null;
  territoryId: string | null;
  barrierId: string | null;
  domainId: string | null;
  search: string | null;
};
/**
 * A page of actors ($first + 1 rows: the last one tells that another page follows) with the relations
 * `want`; each actor (and each of its programmes) is the list of its values of `props` (`programmeProps`).
 */
export const actorsPage = defineQuery<
  ActorFilterParams & {
    afterName: string | null;
    afterId: string | null;
    first: number;
    want: ActorRelation[];
    props: ActorProp[];
    programmeProps: ProgrammeProp[];
  },
  Omit<ActorRelations, 'programmes'> & { a: unknown[]; programmes: unknown[][] }
>('read/actors-page');
/** The number of actors matching the filters (only when a request asks for totalCount). */
export const actorsCount = defineQuery<ActorFilterParams, { total: number }>('read/actors-count');

/** Every programme by name with the relations `want`, as lists of values of `props` (operators: `operatorProps`). */
export const programmes = defineQuery<
  { want: ProgrammeRelation[]; props: ProgrammeProp[]; operatorProps: ActorProp[] },
  Omit<ProgrammeRelations, 'operators'> & { p: unknown[]; operators: unknown[][] }
>('read/programmes');
export const territories = defineQuery<{ level: string | null; search: string | null; searchId: string | null }, { t: TerritoryShape }>('read/territories');
export const counts = defineQuery<NoParams, { territories: number; actors: number; programmes: number; links: number; statistics: number }>('read/counts');
