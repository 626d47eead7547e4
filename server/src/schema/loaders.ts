// Per-request batch loaders: every relation of a list is fetched in one query. Every
// loaded object, and every item of the relation lists it brings, counts against the
// request's budget, which bounds the size of an answer however the query nests
// (territory → children → parents → children …).
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
export type ActorRelation = keyof ActorRelations;
export type ProgrammeRelation = keyof ProgrammeRelations;
export const ACTOR_RELATIONS: readonly ActorRelation[] = ['activeIn', 'addresses', 'programmes', 'links'];
export const PROGRAMME_RELATIONS: readonly ProgrammeRelation[] = ['activeIn', 'addresses', 'domains', 'publics', 'operators'];
export interface TerritoryRelations {
  parents: TerritoryShape[];
  children: TerritoryShape[];
}

/**
 * A node with the relations `want` taken from its row (read by a list query), counted in the
 * request's load budget as the relation loaders would count them (one per relation and its items).
 */
export function withRelations<S extends object, Rel extends object>(
  node: S,
  row: Rel,
  want: readonly (keyof Rel)[],
  count: (n: number) => void,
): S & { relations: Partial<Rel> } {
  const relations: Partial<Rel> = {};
  let n = 0;
  for (const k of want) {
    const v = row[k];
    relations[k] = v;
    n += 1 + (Array.isArray(v) ? v.length : 0);
  }
  if (n) count(n);
  return { ...node, relations };
}

/** The request asked for more nested objects than one answer may hold. */
export class LoadBudgetError extends Error {
  constructor(readonly max: number) {
    super(`La réponse dépasserait ${max} objets imbriqués : demandez moins de niveaux ou un territoire plus petit.`);
    this.name = 'LoadBudgetError';
  }
}

class Counter {
  count = 0;
  constructor(readonly max: number) {}
  add(n: number) {
    this.count += n;
    if (this.count > this.max) throw new LoadBudgetError(this.max);
  }
}

class CountedLoader<V> extends DataLoader<string, V | null> {
  constructor(
    batch: DataLoader.BatchLoadFn<string, V | null>,
    private readonly counter: Counter,
  ) {
    super(batch);
  }
  /** Counts the object and every item of the relation lists it brings. */
  override load(key: string): Promise<V | null> {
    this.counter.add(1);
    return super.load(key).then((v) => {
      if (Array.isArray(v)) this.counter.add(v.length);
      else if (v && typeof v === 'object') {
        let items = 0;
        for (const x of Object.values(v)) if (Array.isArray(x)) items += x.length;
        if (items) this.counter.add(items);
      }
      return v;
    });
  }
}

function byKey<R, V, X extends object = Record<never, never>>(
  db: Executor,
  counter: Counter,
  query: Query<{ ids: string[] } & X, R>,
  pick: (row: R) => [string, V],
  extra?: X,
) {
  return new CountedLoader<V>(async (ids) => {
    const rows = await db.read(query, { ...(extra as X), ids: [...ids] });
    const map = new Map(rows.map((r) => pick(r)));
    return ids.map((id) => map.get(id) ?? null);
  }, counter);
}

/** One loader per relation: each reads only its own relation (the query's `want`). */
function relationLoaders<Rel extends object>(
  db: Executor,
  counter: Counter,
  query: Query<{ ids: string[]; want: (keyof Rel & string)[] }, Rel & { id: string }>,
  names: readonly (keyof Rel & string)[],
): { [K in keyof Rel]: CountedLoader<Rel[K]> } {
  return Object.fromEntries(names.map((n) => [n, byKey(db, counter, query, (r): [string, Rel[typeof n]] => [r.id, r[n]], { want: [n] })])) as unknown as {
    [K in keyof Rel]: CountedLoader<Rel[K]>;
  };
}

export function createLoaders(db: Executor, maxLoads = Number.POSITIVE_INFINITY) {
  const counter = new Counter(maxLoads);
  return {
    territory: byKey(db, counter, territoriesById, (r) => [r.t.id, r.t]),
    actor: byKey(db, counter, actorsById, (r) => [r.a.id, r.a]),
    programme: byKey(db, counter, programmesById, (r) => [r.p.id, r.p]),
    territoryRelations: byKey(db, counter, territoryRelations, (r) => [r.id, r]),
    /** One loader per relation: only the relations a request asks for are read. */
    actorRelation: relationLoaders<ActorRelations>(db, counter, actorRelations, ACTOR_RELATIONS),
    programmeRelation: relationLoaders<ProgrammeRelations>(db, counter, programmeRelations, PROGRAMME_RELATIONS),
    /** Sites of actors and programmes (their ids never collide). */
    /** Counts objects an answer holds without a loader (relations read by a list query). */
    count: (n: number) => counter.add(n),
    sites: byKey<{ id: string; sites: SiteRow[] }, SiteRow[]>(db, counter, sitesByOwner, (r) => [r.id, r.sites]),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
