// barrierCoverage: "who lifts barrier B, here?" (definitions v1), with contact details and sentences.
import { explainCoverage, explainCoveringActor } from '../../analysis/explain.js';
import type { CoverageRow } from '../../analysis/rows.js';
import type { BarrierEntry } from '../../vocabulary.js';
import { ActorRef } from '../actor.js';
import { assertBarrier } from '../arguments.js';
import { badInput, builder } from '../builder.js';
import { ActorKindEnum, CoverageScopeEnum } from '../enums.js';
import { ProgrammeRef } from '../programme.js';
import type { TerritoryShape } from '../shapes.js';
import { TerritoryRef } from '../territory.js';
import { BarrierRef, barrierById } from '../vocabulary.js';
import { definitionOf, idOrNull, nonEmpty, prime } from './common.js';

interface CoveringActorShape extends CoverageRow {
  explanation: string;
}
interface BarrierCoverageShape {
  barrier: BarrierEntry;
  territory: TerritoryShape | null;
  actors: CoveringActorShape[];
}

const CoveringActorRef = builder.objectRef<CoveringActorShape>('CoveringActor').implement({
  description: 'An actor that lifts the barrier, at its best scope. Its contact details are on `actor` (email, phone, address, website, commune).',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (c) => c.actor }),
    scope: t.field({ type: CoverageScopeEnum, resolve: (c) => c.scope }),
    via: t.field({
      type: [ProgrammeRef],
      description: 'the programmes it operates through which it reaches that scope; empty when only its own direct coverage does',
      resolve: (c) => c.via,
    }),
    direct: t.exposeBoolean('direct', { description: 'its own direct coverage (it addresses the barrier itself) reaches that scope' }),
    territories: t.field({
      type: [TerritoryRef],
      description: 'the territories of its scope that give it that coverage (containing the requested territory when FULL, within it when PARTIAL)',
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
    definition: t.string({ description: 'the definition of the analysis (French)', resolve: () => definitionOf('BARRIER_COVERAGE') }),
  }),
});

builder.queryFields((t) => ({
  barrierCoverage: t.field({
    type: BarrierCoverageRef,
    description: 'Who lifts barrier B (in territory T)? FULL first, then by actor name. See analysisDefinition(analysis: BARRIER_COVERAGE).',
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
      // One round trip: the query also tells whether the territory exists.
      const [row] = await ctx.db.read<{ territory: TerritoryShape | null; actors: CoverageRow[] }>('analysis/barrier-coverage', {
        barrierId,
        territoryId,
        actorKinds: nonEmpty(args.actorKinds),
      });
      const territory = row?.territory ?? null;
      if (territoryId != null && !territory) throw badInput('territoryId', `unknown territory "${territoryId}"`);
      const rows = row?.actors ?? [];
      prime(ctx, { actors: rows.map((r) => r.actor), programmes: rows.flatMap((r) => r.via), territories: [territory, ...rows.map((r) => r.commune)] });
      return {
        barrier,
        territory,
        actors: rows.map((r) => ({ ...r, explanation: explainCoveringActor(r, barrier.label, territory) })),
      };
    },
  }),
}));
