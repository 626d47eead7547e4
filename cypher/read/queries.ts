// Parameters and rows of the read queries of this folder (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';
import type { ActorRelations, ProgrammeRelations, TerritoryRelations } from '../../server/src/schema/loaders.js';
import type { ActorShape, ProgrammeShape, SiteRow, TerritoryShape } from '../../server/src/schema/shapes.js';

type Ids = { ids: string[] };

export const actorsById = defineQuery<Ids, { a: ActorShape }>('read/actors-by-id');
export const programmesById = defineQuery<Ids, { p: ProgrammeShape }>('read/programmes-by-id');
export const territoriesById = defineQuery<Ids, { t: TerritoryShape }>('read/territories-by-id');
export const actorRelations = defineQuery<Ids, ActorRelations & { id: string }>('read/actor-relations');
export const programmeRelations = defineQuery<Ids, ProgrammeRelations & { id: string }>('read/programme-relations');
export const territoryRelations = defineQuery<Ids, TerritoryRelations & { id: string }>('read/territory-relations');
/** The sites of actors or programmes, by owner id, in their document order. */
export const sitesByOwner = defineQuery<Ids, { id: string; sites: SiteRow[] }>('read/sites');

export const actorsPage = defineQuery<
  {
    kinds: string[] | null;
    territoryId: string | null;
    barrierId: string | null;
    domainId: string | null;
    search: string | null;
    afterName: string | null;
    afterId: string | null;
    first: number;
  },
  { total: number; page: ActorShape[] }
>('read/actors-page');

export const programmes = defineQuery<NoParams, { p: ProgrammeShape }>('read/programmes');
export const territories = defineQuery<{ level: string | null; search: string | null; searchId: string | null }, { t: TerritoryShape }>('read/territories');
export const counts = defineQuery<NoParams, { territories: number; actors: number; programmes: number; links: number; statistics: number }>('read/counts');
