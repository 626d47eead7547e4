// The Programme type ("dispositif") and the programme queries.
import type DataLoader from 'dataloader';
import { programmes as programmesQuery } from '../../../cypher/read/queries.js';
import { ActorRef } from './actor.js';
import { builder } from './builder.js';
import { ProgrammeKindEnum } from './enums.js';
import { PROGRAMME_RELATIONS } from './loaders.js';
import { selectedAmong } from './selection.js';
import type { ProgrammeShape } from './shapes.js';
import { SiteRef } from './site.js';
import { TerritoryRef } from './territory.js';
import { BarrierRef, barrierById, DomainRef, domainById, lookup, PublicRef, publicById } from './vocabulary.js';

export const ProgrammeRef = builder.objectRef<ProgrammeShape>('Programme');

ProgrammeRef.implement({
  description: 'A programme ("dispositif"): CIR, AGIR, accommodation, training, common-law support…',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: ProgrammeKindEnum, resolve: (p) => p.kind }),
    description: t.string({ nullable: true, resolve: (p) => p.description ?? null }),
    website: t.string({ nullable: true, resolve: (p) => p.website ?? null }),
    capacity: t.int({ nullable: true, resolve: (p) => p.capacity ?? null }),
    startDate: t.string({ nullable: true, resolve: (p) => p.startDate ?? null }),
    endDate: t.string({ nullable: true, description: 'an ended programme (endDate before today) is out of the analyses', resolve: (p) => p.endDate ?? null }),
    sites: t.field({
      type: [SiteRef],
      description: 'its own sites; when it has none, people are received at its operators’ places',
      resolve: async (p, _x, ctx) => (await ctx.loaders.sites.load(p.id)) ?? [],
    }),
    outreach: t.boolean({ description: 'comes to people: mobile team, home visits, telephone, online', resolve: (p) => p.outreach ?? false }),
    domains: t.field({
      type: [DomainRef],
      resolve: async (p, _x, ctx) => lookup(domainById, (await ctx.loaders.programmeRelation.domains.load(p.id)) ?? []),
    }),
    addresses: t.field({
      type: [BarrierRef],
      resolve: async (p, _x, ctx) => lookup(barrierById, (await ctx.loaders.programmeRelation.addresses.load(p.id)) ?? []),
    }),
    publics: t.field({
      type: [PublicRef],
      resolve: async (p, _x, ctx) => lookup(publicById, (await ctx.loaders.programmeRelation.publics.load(p.id)) ?? []),
    }),
    activeIn: t.field({ type: [TerritoryRef], resolve: async (p, _x, ctx) => (await ctx.loaders.programmeRelation.activeIn.load(p.id)) ?? [] }),
    operators: t.field({ type: [ActorRef], resolve: async (p, _x, ctx) => (await ctx.loaders.programmeRelation.operators.load(p.id)) ?? [] }),
    sources: t.stringList({ resolve: (p) => p.sources ?? [] }),
    updatedAt: t.string({ nullable: true, resolve: (p) => p.updatedAt ?? null }),
  }),
});

builder.queryFields((t) => ({
  programme: t.field({
    type: ProgrammeRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.programme.load(String(id)),
  }),
  programmes: t.field({
    type: [ProgrammeRef],
    resolve: async (_r, _a, ctx, info) => {
      // one query: every programme with the relations the request selects
      const want = selectedAmong(info, PROGRAMME_RELATIONS);
      const rows = await ctx.db.read(programmesQuery, { want });
      for (const r of rows) {
        ctx.loaders.programme.prime(r.p.id, r.p);
        for (const k of want) (ctx.loaders.programmeRelation[k] as DataLoader<string, unknown>).prime(r.p.id, r[k]);
      }
      return rows.map((r) => r.p);
    },
  }),
}));
