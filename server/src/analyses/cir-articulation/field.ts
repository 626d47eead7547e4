// The GraphQL side of the CIR articulation: how far each actor is from the CIR.
import { GraphQLError } from 'graphql';
import { ActorRef } from '../../schema/actor.js';
import { badInput, builder, type Context } from '../../schema/builder.js';
import { ActorKindEnum, LinkTypeEnum } from '../../schema/enums.js';
import { ProgrammeRef } from '../../schema/programme.js';
import type { ProgrammeShape } from '../../schema/shapes.js';
import { assertTerritory, idOrNull, lazyActor, lazyActors, nonEmpty, prime } from '../common/refs.js';
import { definition } from './definition.js';
import { explainCir, explainCirPath, explainCirUnlinked } from './explain.js';
import { type CirLinkedRow, type CirUnlinkedRow, cirLinkedRow, cirQuery, cirUnlinkedRow, MAX_HOPS, type PathLinkRow } from './query.js';

interface CirArticulationShape {
  cir: ProgrammeShape;
  maxHops: number;
  linked: CirLinkedRow[];
  unlinked: CirUnlinkedRow[];
}

const PathLinkRef = builder.objectRef<PathLinkRow>('PathLink').implement({
  description: 'A relationship of a path, in its stored direction',
  fields: (t) => ({
    type: t.field({ type: LinkTypeEnum, resolve: (l) => l.type as never }),
    from: t.exposeID('from'),
    to: t.exposeID('to'),
  }),
});

const CirLinkedActorRef = builder.objectRef<CirLinkedRow>('CirLinkedActor').implement({
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (l, _x, ctx, info) => lazyActor(l.actor, ctx, info) }),
    distance: t.exposeInt('distance'),
    path: t.exposeIDList('path', { description: 'ids from the actor to CIR, both ends included' }),
    pathLinks: t.field({ type: [PathLinkRef], description: 'the links of the path, from the actor to CIR', resolve: (l) => l.links }),
    explanation: t.string({ description: 'a French sentence explaining the entry, for the report', resolve: (l) => explainCirPath(l) }),
  }),
});

const CirUnlinkedActorRef = builder.objectRef<CirUnlinkedRow & { maxHops: number }>('CirUnlinkedActor').implement({
  description: 'An actor further than maxHops from the CIR, or with no path to it',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (u, _x, ctx, info) => lazyActor(u.actor, ctx, info) }),
    distance: t.int({
      nullable: true,
      description: 'always null since the definitions v2: the breadth-first search stops at maxHops, so a further distance is not computed',
      resolve: () => null,
    }),
    explanation: t.string({ description: 'a French sentence explaining the entry, for the report', resolve: (u) => explainCirUnlinked(u, u.maxHops) }),
  }),
});

const CirArticulationRef = builder.objectRef<CirArticulationShape>('CirArticulation').implement({
  fields: (t) => ({
    cir: t.field({ type: ProgrammeRef, resolve: (c) => c.cir }),
    maxHops: t.exposeInt('maxHops'),
    linked: t.field({ type: [CirLinkedActorRef], description: 'actors within maxHops, by distance then name', resolve: (c) => c.linked }),
    unlinked: t.field({
      type: [ActorRef],
      description: 'all other actors, by name',
      resolve: (c, _x, ctx, info) =>
        lazyActors(
          c.unlinked.map((u) => u.actor),
          ctx,
          info,
        ),
    }),
    unlinkedDetails: t.field({
      type: [CirUnlinkedActorRef],
      description: 'the unlinked actors with an explanation',
      resolve: (c) => c.unlinked.map((u) => ({ ...u, maxHops: c.maxHops })),
    }),
    explanation: t.string({ description: 'a French sentence summing up the answer', resolve: (c) => explainCir(c.linked, c.unlinked, c.maxHops) }),
    definition: t.string({ description: 'the definition of the analysis (French)', resolve: () => definition.definition }),
  }),
});

/** The CIR articulation (also used by the recommendations); throws NOT_FOUND without a CIR programme. */
export async function cirArticulation(
  args: { maxHops?: number | null; territoryId?: string | number | null; actorKinds?: string[] | null },
  ctx: Context,
): Promise<CirArticulationShape> {
  const maxHops = args.maxHops ?? 2;
  if (!(maxHops >= 0 && maxHops <= MAX_HOPS)) throw badInput('maxHops', `must be between 0 and ${MAX_HOPS} (got ${maxHops})`);
  const territoryId = idOrNull(args.territoryId);
  const [row] = await ctx.db.read(cirQuery, { maxHops, territoryId, actorKinds: nonEmpty(args.actorKinds) });
  // An unknown territory gives no actor: check it only then (no extra round trip otherwise).
  if (!row?.linked.length && !row?.unlinked.length) await assertTerritory(ctx, 'territoryId', territoryId);
  if (!row)
    throw new GraphQLError('The cartography has no programme with id "CIR": import it to analyse the articulation with the CIR.', {
      extensions: { code: 'NOT_FOUND' },
    });
  prime(ctx, { programmes: [row.cir] });
  return { cir: row.cir, maxHops, linked: row.linked.map(cirLinkedRow), unlinked: row.unlinked.map(cirUnlinkedRow) };
}

builder.queryFields((t) => ({
  cirArticulation: t.field({
    type: CirArticulationRef,
    description: 'Distance of every actor to the CIR. See analysisDefinition(analysis: CIR_ARTICULATION).',
    args: {
      maxHops: t.arg.int({ description: `largest distance counted as linked, 0 to ${MAX_HOPS} (default 2)`, defaultValue: 2 }),
      territoryId: t.arg.id({ description: 'only actors active in a territory that overlaps this one (paths may go through any actor)' }),
      actorKinds: t.arg({ type: [ActorKindEnum], description: 'only actors of these kinds (paths may go through any actor)' }),
    },
    resolve: (_r, args, ctx) => cirArticulation(args, ctx),
  }),
}));
