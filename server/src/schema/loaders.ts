// Per-request batch loaders: every relation of a list is fetched in one query.
import DataLoader from 'dataloader';
import {
  actorRelations,
  actorsById,
  programmeRelations,
  programmesById,
  sitesByOwner,
  territoriesById,
  territoryRelations,
} from '../../../cypher/read/queries.js';
import type { Executor } from '../neo4j/executor.js';
import type { Query } from '../neo4j/query.js';
import type { ActorShape, LinkShape, ProgrammeShape, SiteRow, TerritoryShape } from './shapes.js';

export interface ActorRelations {
  activeIn: TerritoryShape[];
  addresses: string[];
  programmes: ProgrammeShape[];
  links: LinkShape[];
}
export interface ProgrammeRelations {
  activeIn: TerritoryShape[];
  addresses: string[];
  domains: string[];
  publics: string[];
  operators: ActorShape[];
}
export interface TerritoryRelations {
  parents: TerritoryShape[];
  children: TerritoryShape[];
}

function byKey<R, V>(db: Executor, query: Query<{ ids: string[] }, R>, pick: (row: R) => [string, V]) {
  return new DataLoader<string, V | null>(async (ids) => {
    const rows = await db.read(query, { ids: [...ids] });
    const map = new Map(rows.map((r) => pick(r)));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(db: Executor) {
  return {
    territory: byKey(db, territoriesById, (r) => [r.t.id, r.t]),
    actor: byKey(db, actorsById, (r) => [r.a.id, r.a]),
    programme: byKey(db, programmesById, (r) => [r.p.id, r.p]),
    territoryRelations: byKey(db, territoryRelations, (r) => [r.id, r]),
    actorRelations: byKey(db, actorRelations, (r) => [r.id, r]),
    programmeRelations: byKey(db, programmeRelations, (r) => [r.id, r]),
    /** Sites of actors and programmes (their ids never collide). */
    sites: byKey<{ id: string; sites: SiteRow[] }, SiteRow[]>(db, sitesByOwner, (r) => [r.id, r.sites]),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
