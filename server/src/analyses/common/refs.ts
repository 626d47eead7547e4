// What the analyses share on the GraphQL side: argument checks, loader priming, lazy nodes.
import { type GraphQLResolveInfo, Kind } from 'graphql';
import { badInput, type Context } from '../../schema/builder.js';
import type { ActorShape, ProgrammeShape, TerritoryShape } from '../../schema/shapes.js';

/** An actor or programme named by an analysis. */
export interface Ref {
  id: string;
  name: string;
}
export interface TerritoryRef extends Ref {
  level: string;
}

/** Compares strings as Cypher's ORDER BY does (by code unit, not by locale). */
export const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export async function assertTerritory(ctx: Context, argument: string, id: string | null) {
  if (id != null && !(await ctx.loaders.territory.load(id))) throw badInput(argument, `unknown territory "${id}"`);
}

export async function assertActor(ctx: Context, argument: string, id: string | null) {
  if (id != null && !(await ctx.loaders.actor.load(id))) throw badInput(argument, `unknown actor "${id}"`);
}

export async function assertProgramme(ctx: Context, argument: string, id: string | null) {
  if (id != null && !(await ctx.loaders.programme.load(id))) throw badInput(argument, `unknown programme "${id}"`);
}

/** Fills the per-request loaders with nodes an analysis already returned (no second query for them). */
export function prime(ctx: Context, nodes: { actors?: ActorShape[]; programmes?: ProgrammeShape[]; territories?: (TerritoryShape | null)[] }) {
  for (const a of nodes.actors ?? []) ctx.loaders.actor.prime(a.id, a);
  for (const p of nodes.programmes ?? []) ctx.loaders.programme.prime(p.id, p);
  for (const t of nodes.territories ?? []) if (t) ctx.loaders.territory.prime(t.id, t);
}

const ID_NAME: ReadonlySet<string> = new Set(['id', 'name', '__typename']);
const ID_NAME_LEVEL: ReadonlySet<string> = new Set(['id', 'name', 'level', '__typename']);

/** True when the field being resolved selects only these subfields (no fragment, nothing else). */
const answered = new WeakMap<GraphQLResolveInfo['fieldNodes'], boolean>();
function selectsOnly(info: GraphQLResolveInfo, cheap: ReadonlySet<string>): boolean {
  // Asked once per field of the query, not once per row (the field nodes are shared by all rows).
  const known = answered.get(info.fieldNodes);
  if (known !== undefined) return known;
  const only = info.fieldNodes.every((node) => (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && cheap.has(s.name.value)));
  answered.set(info.fieldNodes, only);
  return only;
}

/**
 * The large analyses return the actors, programmes and territories they name as ids and names.
 * When the client asks for nothing more, that partial node is enough; otherwise the whole nodes
 * are loaded, all in one batched query.
 */
export function lazyActors(refs: Ref[], ctx: Context, info: GraphQLResolveInfo): ActorShape[] | Promise<ActorShape[]> {
  if (selectsOnly(info, ID_NAME)) return refs as ActorShape[];
  return Promise.all(refs.map(async (r) => (await ctx.loaders.actor.load(r.id)) ?? (r as ActorShape)));
}
export function lazyProgrammes(refs: Ref[], ctx: Context, info: GraphQLResolveInfo): ProgrammeShape[] | Promise<ProgrammeShape[]> {
  if (selectsOnly(info, ID_NAME)) return refs as ProgrammeShape[];
  return Promise.all(refs.map(async (r) => (await ctx.loaders.programme.load(r.id)) ?? (r as ProgrammeShape)));
}
export function lazyTerritories(refs: TerritoryRef[], ctx: Context, info: GraphQLResolveInfo): TerritoryShape[] | Promise<TerritoryShape[]> {
  if (selectsOnly(info, ID_NAME_LEVEL)) return refs;
  return Promise.all(refs.map(async (r) => (await ctx.loaders.territory.load(r.id)) ?? r));
}
const first = <T>(list: T[]) => list[0] as T;
export const lazyActor = (ref: Ref, ctx: Context, info: GraphQLResolveInfo) => {
  const v = lazyActors([ref], ctx, info);
  return Array.isArray(v) ? first(v) : v.then(first);
};
export const lazyProgramme = (ref: Ref, ctx: Context, info: GraphQLResolveInfo) => {
  const v = lazyProgrammes([ref], ctx, info);
  return Array.isArray(v) ? first(v) : v.then(first);
};
export const lazyTerritory = (ref: TerritoryRef, ctx: Context, info: GraphQLResolveInfo) => {
  const v = lazyTerritories([ref], ctx, info);
  return Array.isArray(v) ? first(v) : v.then(first);
};

export const idOrNull = (v: string | number | null | undefined) => (v == null ? null : String(v));
export const nonEmpty = <T>(a: readonly T[] | null | undefined) => (a?.length ? [...a] : null);
