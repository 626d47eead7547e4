// The GraphQL side of barrier coverage: "who lifts barrier B, here?", with contact details,
// shares, distances and sentences.
import { ActorRef } from '../../schema/actor.js';
import { assertBarrier } from '../../schema/arguments.js';
import { badInput, builder } from '../../schema/builder.js';
import { ActorKindEnum, CoverageScopeEnum } from '../../schema/enums.js';
import { ProgrammeRef } from '../../schema/programme.js';
import type { TerritoryShape } from '../../schema/shapes.js';
import { TerritoryRef } from '../../schema/territory.js';
import { BarrierRef, barrierById } from '../../schema/vocabulary.js';
import type { BarrierEntry } from '../../vocabulary.js';
import { idOrNull, nonEmpty, prime } from '../common/refs.js';
import { today } from '../common/today.js';
import { definition } from './definition.js';
import { explainCoverage, explainCoveringActor } from './explain.js';
import { type CoveringActorRow, coverageEverywhere, coverageInTerritory, coveringActorRows } from './query.js';

interface CoveringActorShape extends CoveringActorRow {
  explanation: string;
}
interface BarrierCoverageShape {
  barrier: BarrierEntry;
  territory: TerritoryShape | null;
  actors: CoveringActorShape[];
}

const CoveringActorRef = builder.objectRef<CoveringActorShape>('CoveringActor').implement({
  description: 'An actor that lifts the barrier. Its contact details are on `actor` (email, phone, address, website, commune, sites).',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (c) => c.actor }),
    scope: t.field({ type: CoverageScopeEnum, description: 'FULL when its share is 1, PARTIAL otherwise', resolve: (c) => c.scope }),
    share: t.exposeFloat('share', { description: 'share of the territory’s communes its routes cover, 0–1 (1 without a territory)' }),
    populationShare: t.float({
      nullable: true,
      description: 'the same weighted by population; null when a commune of the territory has no population',
      resolve: (c) => c.populationShare,
    }),
    via: t.field({ type: [ProgrammeRef], description: 'the programmes it operates whose route reaches the territory', resolve: (c) => c.via }),
    direct: t.exposeBoolean('direct', { description: 'its own direct route (it addresses the barrier itself) reaches the territory' }),
    distanceKm: t.float({
      nullable: true,
      description: 'territory a commune: distance to its nearest service point among the routes that cover it (0: outreach); null when unknown',
      resolve: (c) => c.distanceKm,
    }),
    territories: t.field({
      type: [TerritoryRef],
      description: 'the scope territories of its routes that overlap the territory (all of them without a territory)',
      resolve: (c) => c.territories,
    }),
    explanation: t.exposeString('explanation', { description: 'a French sentence explaining the entry, for the report' }),
  }),
});

const BarrierCoverageRef = builder.objectRef<BarrierCoverageShape>('BarrierCoverage').implement({
  fields: (t) => ({
    barrier: t.field({ type: BarrierRef, resolve: (c) => c.barrier }),
    territory: t.field({ type: TerritoryRef, nullable: true, resolve: (c) => c.territory }),
    actors: t.field({ type: [CoveringActorRef], resolve: (c) => c.actors }),
    explanation: t.string({
      description: 'a French sentence summing up the answer',
      resolve: (c) => explainCoverage(c.actors, c.barrier.label, c.territory),
    }),
    definition: t.string({ description: 'the definition of the analysis (French)', resolve: () => definition.definition }),
  }),
});

builder.queryFields((t) => ({
  barrierCoverage: t.field({
    type: BarrierCoverageRef,
    description: 'Who lifts barrier B (in territory T)? FULL first, then share, then actor name. See analysisDefinition(analysis: BARRIER_COVERAGE).',
    args: {
      barrierId: t.arg.id({ required: true }),
      territoryId: t.arg.id(),
      actorKinds: t.arg({ type: [ActorKindEnum], description: 'only actors of these kinds' }),
    },
    resolve: async (_r, args, ctx) => {
      const barrierId = String(args.barrierId);
      assertBarrier('barrierId', barrierId);
      const territoryId = idOrNull(args.territoryId);
      const barrier = barrierById.get(barrierId) as BarrierEntry;
      const params = { barrierId, actorKinds: nonEmpty(args.actorKinds), today: today() };
      // One round trip: the query also tells whether the territory exists.
      const [record] = territoryId == null ? await ctx.db.read(coverageEverywhere, params) : await ctx.db.read(coverageInTerritory, { ...params, territoryId });
      const territory = record?.territory ?? null;
      if (territoryId != null && !territory) throw badInput('territoryId', `unknown territory "${territoryId}"`);
      const rows = record ? coveringActorRows(record, territory != null) : [];
      prime(ctx, { actors: rows.map((r) => r.actor), programmes: rows.flatMap((r) => r.via), territories: [territory, ...rows.map((r) => r.commune)] });
      return { barrier, territory, actors: rows.map((r) => ({ ...r, explanation: explainCoveringActor(r, barrier.label, territory) })) };
    },
  }),
}));
