// Per-request batch loaders: every relation of a list is fetched in one query.
import DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor.js';
import type { ActorShape, LinkShape, ProgrammeShape, TerritoryShape } from './shapes.js';

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

function byKey<V>(db: Executor, query: string, pick: (row: Record<string, unknown>) => [string, V]) {
  return new DataLoader<string, V | null>(async (ids) => {
    const rows = await db.read(query, { ids: [...ids] });
    const map = new Map(rows.map((r) => pick(r)));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(db: Executor) {
  return {
    territory: byKey<TerritoryShape>(db, 'read/territories-by-id', (r) => {
      const t = r.t as TerritoryShape;
      return [t.id, t];
    }),
    actor: byKey<ActorShape>(db, 'read/actors-by-id', (r) => {
      const a = r.a as ActorShape;
      return [a.id, a];
    }),
    programme: byKey<ProgrammeShape>(db, 'read/programmes-by-id', (r) => {
      const p = r.p as ProgrammeShape;
      return [p.id, p];
    }),
    territoryRelations: byKey<TerritoryRelations>(db, 'read/territory-relations', (r) => [r.id as string, r as unknown as TerritoryRelations]),
    actorRelations: byKey<ActorRelations>(db, 'read/actor-relations', (r) => [r.id as string, r as unknown as ActorRelations]),
    programmeRelations: byKey<ProgrammeRelations>(db, 'read/programme-relations', (r) => [r.id as string, r as unknown as ProgrammeRelations]),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
