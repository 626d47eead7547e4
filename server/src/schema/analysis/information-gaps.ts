// informationGaps: co-involved actors that do not share information (definitions v1).
import { explainInformationGap, reasonText } from '../../analysis/explain.js';
import { type GapReasonRow, type InformationGapRow, type InformationGapsRecord, informationGapRows } from '../../analysis/rows.js';
import { ActorRef } from '../actor.js';
import { assertTerritory } from '../arguments.js';
import { badInput, builder } from '../builder.js';
import { LinkTypeEnum } from '../enums.js';
import { ProgrammeRef } from '../programme.js';
import { assertActor, checkLimit, idOrNull, lazyActor, lazyProgramme } from './common.js';

interface ReasonShape extends GapReasonRow {
  text: string;
}
interface InformationGapShape extends Omit<InformationGapRow, 'reasons'> {
  reasons: ReasonShape[];
}

const GapReasonKindEnum = builder.enumType('InformationGapReasonKind', {
  values: {
    PROGRAMME: { description: 'they operate, fund or prescribe this common programme' },
    REFERRAL: { description: 'one refers beneficiaries to the other' },
    PARTNERSHIP: { description: 'they are partners' },
  } as const,
});
const DirectionEnum = builder.enumType('LinkDirection', {
  values: { A_TO_B: { description: 'from a to b' }, B_TO_A: { description: 'from b to a' } } as const,
});

const ReasonRef = builder.objectRef<ReasonShape>('InformationGapReason').implement({
  description: 'One reason why two actors are co-involved',
  fields: (t) => ({
    kind: t.field({ type: GapReasonKindEnum, resolve: (r) => r.kind }),
    text: t.exposeString('text', { description: 'the reason in French words' }),
    programme: t.field({
      type: ProgrammeRef,
      nullable: true,
      description: 'the common programme (PROGRAMME)',
      resolve: (r, _a, ctx, info) => (r.programme ? lazyProgramme(r.programme, ctx, info) : null),
    }),
    rolesA: t.field({ type: [LinkTypeEnum], description: 'how a is linked to the programme (PROGRAMME)', resolve: (r) => (r.rolesA ?? []) as never }),
    rolesB: t.field({ type: [LinkTypeEnum], description: 'how b is linked to the programme (PROGRAMME)', resolve: (r) => (r.rolesB ?? []) as never }),
    directions: t.field({ type: [DirectionEnum], description: 'directions of the links (REFERRAL, PARTNERSHIP)', resolve: (r) => r.directions ?? [] }),
    formal: t.boolean({ nullable: true, description: 'one of the links is formalised by a convention (REFERRAL, PARTNERSHIP)', resolve: (r) => r.formal }),
  }),
});

const InformationGapRef = builder.objectRef<InformationGapShape>('InformationGap').implement({
  description: 'Two co-involved actors (a before b by name) with no information sharing in either direction',
  fields: (t) => ({
    a: t.field({ type: ActorRef, resolve: (g, _x, ctx, info) => lazyActor(g.a, ctx, info) }),
    b: t.field({ type: ActorRef, resolve: (g, _x, ctx, info) => lazyActor(g.b, ctx, info) }),
    strength: t.exposeInt('strength', { description: 'number of reasons' }),
    reasons: t.stringList({ description: 'the reasons in French words', resolve: (g) => g.reasons.map((r) => r.text) }),
    reasonDetails: t.field({ type: [ReasonRef], resolve: (g) => g.reasons }),
    explanation: t.string({
      description: 'a French sentence explaining the entry, for the report',
      resolve: (g) =>
        explainInformationGap(
          g.a.name,
          g.b.name,
          g.reasons.map((r) => r.text),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  informationGaps: t.field({
    type: [InformationGapRef],
    description: 'Co-involved pairs of actors that do not share information, strongest first. See analysisDefinition(analysis: INFORMATION_GAPS).',
    args: {
      territoryId: t.arg.id({ description: 'only pairs whose two actors are active in a territory that contains this one or lies within it' }),
      actorId: t.arg.id({ description: 'only the gaps of this actor' }),
      minStrength: t.arg.int({ description: 'lowest strength listed (default 1)', defaultValue: 1 }),
      limit: t.arg.int({ description: 'at most this many pairs' }),
    },
    resolve: async (_r, args, ctx) => {
      const minStrength = args.minStrength ?? 1;
      if (minStrength < 1) throw badInput('minStrength', `must be 1 or more (got ${minStrength})`);
      const limit = checkLimit(args.limit);
      const territoryId = idOrNull(args.territoryId);
      const actorId = idOrNull(args.actorId);
      const [record] = await ctx.db.read<InformationGapsRecord>('analysis/information-gaps', { territoryId, actorId, minStrength, limit });
      // An unknown territory or actor gives nothing: check them only then (no extra round trip otherwise).
      if (!record?.gaps.length) await Promise.all([assertTerritory(ctx, 'territoryId', territoryId), assertActor(ctx, 'actorId', actorId)]);
      if (!record) return [];
      const rows: InformationGapRow[] = informationGapRows(record);
      return rows.map((r) => ({ ...r, reasons: r.reasons.map((x) => ({ ...x, text: reasonText(x, r.a.name, r.b.name) })) }));
    },
  }),
}));
