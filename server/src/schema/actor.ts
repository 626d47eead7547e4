// The Actor type, its paged list and the actor queries. Programmes: programme.ts; links: link.ts;
// argument checks: arguments.ts.

import { GraphQLError } from 'graphql';
import { actorsCount, actorsPage } from '../../../cypher/read/queries.js';
import { searchKey } from '../vocabulary.js';
import { assertBarrier, assertDomain, assertTerritory } from './arguments.js';
import { badInput, builder } from './builder.js';
import { ActorKindEnum } from './enums.js';
import { LinkRef } from './link.js';
import { ACTOR_RELATIONS, withRelations } from './loaders.js';
import { ProgrammeRef } from './programme.js';
import { selectedAmong, selectedFields, selectedProps } from './selection.js';
import { ACTOR_PROPS, type ActorShape, fromValues, PROGRAMME_PROPS, type ProgrammeShape } from './shapes.js';
import { SiteRef } from './site.js';
import { TerritoryRef } from './territory.js';
import { BarrierRef, barrierById, lookup } from './vocabulary.js';

export const ActorRef = builder.objectRef<ActorShape>('Actor');

ActorRef.implement({
  description: 'An organisation on the refugees\u2019 pathway',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind }),
    description: t.string({ nullable: true, resolve: (a) => a.description ?? null }),
    website: t.string({ nullable: true, resolve: (a) => a.website ?? null }),
    email: t.string({ nullable: true, resolve: (a) => a.email ?? null }),
    phone: t.string({ nullable: true, resolve: (a) => a.phone ?? null }),
    address: t.string({ nullable: true, resolve: (a) => a.address ?? null }),
    commune: t.field({
      type: TerritoryRef,
      nullable: true,
      description: 'the commune where it is located',
      resolve: (a, _x, ctx) => (a.commune ? ctx.loaders.territory.load(a.commune) : null),
    }),
    sites: t.field({
      type: [SiteRef],
      description: 'where it receives people besides its commune: reception points, branches, permanences',
      resolve: async (a, _x, ctx) => (await ctx.loaders.sites.load(a.id)) ?? [],
    }),
    outreach: t.boolean({ description: 'comes to people: mobile team, home visits, telephone, online', resolve: (a) => a.outreach ?? false }),
    activeIn: t.field({
      type: [TerritoryRef],
      resolve: (a, _x, ctx) => a.relations?.activeIn ?? ctx.loaders.actorRelation.activeIn.load(a.id).then((v) => v ?? []),
    }),
    addresses: t.field({
      type: [BarrierRef],
      resolve: (a, _x, ctx) =>
        a.relations?.addresses
          ? lookup(barrierById, a.relations.addresses)
          : ctx.loaders.actorRelation.addresses.load(a.id).then((v) => lookup(barrierById, v ?? [])),
    }),
    programmes: t.field({
      type: [ProgrammeRef],
      description: 'programmes it operates',
      resolve: (a, _x, ctx) => a.relations?.programmes ?? ctx.loaders.actorRelation.programmes.load(a.id).then((v) => v ?? []),
    }),
    links: t.field({
      type: [LinkRef],
      description: 'its actor-actor and actor-programme links, both directions',
      resolve: (a, _x, ctx) => a.relations?.links ?? ctx.loaders.actorRelation.links.load(a.id).then((v) => v ?? []),
    }),
    sources: t.stringList({ resolve: (a) => a.sources ?? [] }),
    updatedAt: t.string({ nullable: true, resolve: (a) => a.updatedAt ?? null }),
  }),
});

export const PageInfoRef = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.string({ nullable: true, resolve: (p) => p.endCursor }),
  }),
});
const ActorEdgeRef = builder.objectRef<{ cursor: string; node: ActorShape }>('ActorEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: ActorRef, resolve: (e) => e.node }) }),
});
const ActorConnectionRef = builder
  .objectRef<{
    edges: { cursor: string; node: ActorShape }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    /** counted only when the request asks for totalCount */
    totalCount: () => Promise<number>;
  }>('ActorConnection')
  .implement({
    fields: (t) => ({
      edges: t.field({ type: [ActorEdgeRef], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
      totalCount: t.int({ resolve: (c) => c.totalCount() }),
    }),
  });

export const ActorFilterInput = builder.inputType('ActorFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum] }),
    territoryId: t.id({ description: 'actors active in a territory that contains this one or lies within it' }),
    barrierId: t.id({ description: 'actors that lift this barrier, directly or through a programme they operate' }),
    domainId: t.id(),
    search: t.string({ description: 'case- and accent-insensitive match on the name' }),
  }),
});

const encodeCursor = (a: ActorShape) => Buffer.from(JSON.stringify([a.name, a.id])).toString('base64url');
function decodeCursor(c: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw badInput('after', 'not a cursor returned by this API');
}

export const MAX_PAGE = 500;

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.actor.load(String(id)),
  }),
  actors: t.field({
    type: ActorConnectionRef,
    args: {
      filter: t.arg({ type: ActorFilterInput }),
      first: t.arg.int({ description: `page size, 1–${MAX_PAGE} (default 50)` }),
      after: t.arg.string(),
    },
    resolve: async (_r, { filter, first, after }, ctx, info) => {
      const size = first ?? 50;
      if (size < 1 || size > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE} (got ${size})`);
      const [afterName, afterId] = after ? decodeCursor(after) : [null, null];
      const territoryId = filter?.territoryId != null ? String(filter.territoryId) : null;
      await assertTerritory(ctx, 'filter.territoryId', territoryId);
      const barrierId = filter?.barrierId != null ? String(filter.barrierId) : null;
      assertBarrier('filter.barrierId', barrierId);
      const domainId = filter?.domainId != null ? String(filter.domainId) : null;
      assertDomain('filter.domainId', domainId);
      const search = filter?.search?.trim() ? searchKey(filter.search) : null;
      const filters = { kinds: filter?.kinds?.length ? filter.kinds : null, territoryId, barrierId, domainId, search };
      // one query: the page (ORDER BY … LIMIT $first + 1) with the relations the request selects
      const want = selectedAmong(info, ACTOR_RELATIONS, ['edges', 'node']);
      // and only the properties it selects (of the actors, and of their programmes)
      const props = selectedProps(info, ACTOR_PROPS, ['edges', 'node']);
      const programmeProps = want.includes('programmes') ? selectedProps(info, PROGRAMME_PROPS, ['edges', 'node', 'programmes']) : [];
      let total: Promise<number> | undefined;
      const count = () => {
        total ??= ctx.db.read(actorsCount, filters).then(([r]) => {
          if (!r) throw new GraphQLError('actors count returned nothing');
          return r.total;
        });
        return total;
      };
      // a selected total is counted at the same time as the page is read (not after it)
      if (selectedFields(info).has('totalCount')) count().catch(() => {}); // its error is the field's
      const rows = await ctx.db.read(actorsPage, { ...filters, afterName, afterId, first: size, want, props, programmeProps });
      // the relations ride on the actors: their fields resolve without a promise per item
      const nodes = rows
        .slice(0, size)
        .map((r) =>
          withRelations(
            fromValues<ActorShape>(props, r.a),
            { ...r, programmes: r.programmes.map((v) => fromValues<ProgrammeShape>(programmeProps, v)) },
            want,
            ctx.loaders.count,
          ),
        );
      // an actor read whole is the one `actor(id)` would read: later loads in this request reuse it
      if (props.length === ACTOR_PROPS.length) for (const a of nodes) ctx.loaders.actor.prime(a.id, a);
      return {
        edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
        pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1] as ActorShape) : null },
        totalCount: count,
      };
    },
  }),
}));
