// The Programme type ("dispositif") and the programme queries.
import { programmes as programmesQuery } from '../../../cypher/read/queries.js';
import { ActorRef } from './actor.js';
import { builder } from './builder.js';
import { ProgrammeKindEnum } from './enums.js';
import { PROGRAMME_RELATIONS, withRelations } from './loaders.js';
import { selectedAmong, selectedProps } from './selection.js';
import { ACTOR_PROPS, type ActorShape, fromValues, PROGRAMME_PROPS, type ProgrammeShape } from './shapes.js';
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
      resolve: (p, _x, ctx) =>
        p.relations?.domains
          ? lookup(domainById, p.relations.domains)
          : ctx.loaders.programmeRelation.domains.load(p.id).then((v) => lookup(domainById, v ?? [])),
    }),
    addresses: t.field({
      type: [BarrierRef],
      resolve: (p, _x, ctx) =>
        p.relations?.addresses
          ? lookup(barrierById, p.relations.addresses)
          : ctx.loaders.programmeRelation.addresses.load(p.id).then((v) => lookup(barrierById, v ?? [])),
    }),
    publics: t.field({
      type: [PublicRef],
      resolve: (p, _x, ctx) =>
        p.relations?.publics
          ? lookup(publicById, p.relations.publics)
          : ctx.loaders.programmeRelation.publics.load(p.id).then((v) => lookup(publicById, v ?? [])),
    }),
    activeIn: t.field({
      type: [TerritoryRef],
      resolve: (p, _x, ctx) => p.relations?.activeIn ?? ctx.loaders.programmeRelation.activeIn.load(p.id).then((v) => v ?? []),
    }),
    operators: t.field({
      type: [ActorRef],
      resolve: (p, _x, ctx) => p.relations?.operators ?? ctx.loaders.programmeRelation.operators.load(p.id).then((v) => v ?? []),
    }),
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
      // and only the properties it selects (of the programmes, and of their operators)
      const props = selectedProps(info, PROGRAMME_PROPS);
      const operatorProps = want.includes('operators') ? selectedProps(info, ACTOR_PROPS, ['operators']) : [];
      const rows = await ctx.db.read(programmesQuery, { want, props, operatorProps });
      // the relations ride on the programmes: their fields resolve without a promise per item
      const list = rows.map((r) =>
        withRelations(
          fromValues<ProgrammeShape>(props, r.p),
          { ...r, operators: r.operators.map((v) => fromValues<ActorShape>(operatorProps, v)) },
          want,
          ctx.loaders.count,
        ),
      );
      // a programme read whole is the one `programme(id)` would read: later loads in this request reuse it
      if (props.length === PROGRAMME_PROPS.length) for (const p of list) ctx.loaders.programme.prime(p.id, p);
      return list;
    },
  }),
}));
