// The GraphQL side of information gaps: the contract's list, and pages with the summaries of the
// large programmes.
import { ActorRef, PageInfoRef } from '../../schema/actor.js';
import { badInput, builder, type Context } from '../../schema/builder.js';
import { LinkTypeEnum } from '../../schema/enums.js';
import { ProgrammeRef } from '../../schema/programme.js';
import { checkLimit, decodeCursor, type Key, MAX_LIMIT, PAGE_SIZE, type Page, pageOf } from '../common/paging.js';
import { assertActor, assertTerritory, idOrNull, lazyActor, lazyProgramme } from '../common/refs.js';
import { nationalLargeProgrammes, storedGapPage } from '../pairs/query.js';
import { PAIRS_VERSION } from '../pairs/store.js';
import { explainInformationGap, explainLargeProgramme, reasonText } from './explain.js';
import {
  type GapReasonRow,
  type InformationGapRow,
  type InformationGapsRecord,
  informationGapRow,
  informationGapsQuery,
  LARGE_PROGRAMME,
  type LargeProgrammeRow,
  largeProgrammeRow,
} from './query.js';

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

const LargeProgrammeGapRef = builder.objectRef<LargeProgrammeRow>('LargeProgrammeGap').implement({
  description: `A programme with more than ${LARGE_PROGRAMME} participants, summarised in one line rather than listed pair by pair`,
  fields: (t) => ({
    programme: t.field({ type: ProgrammeRef, resolve: (l, _x, ctx, info) => lazyProgramme(l.programme, ctx, info) }),
    participants: t.exposeInt('participants', { description: 'actors that operate, fund or prescribe it (among the actors considered)' }),
    actorsWithoutExchange: t.exposeInt('actorsWithoutExchange', { description: 'participants that share no information with at least one other' }),
    pairsWithoutExchange: t.exposeInt('pairsWithoutExchange', { description: 'pairs of participants that share no information' }),
    explanation: t.string({ description: 'a French sentence, « N acteurs co-impliqués sans échange »', resolve: (l) => explainLargeProgramme(l) }),
  }),
});

interface GapPage extends Page<InformationGapShape> {
  largeProgrammes: LargeProgrammeRow[];
}

const InformationGapPageRef = builder.objectRef<GapPage>('InformationGapPage').implement({
  description: 'A page of information gaps, in the order of informationGaps, and the summaries of the large programmes',
  fields: (t) => ({
    nodes: t.field({ type: [InformationGapRef], resolve: (p) => p.nodes }),
    totalCount: t.int({
      description: 'the number of gaps of the whole list',
      resolve: (p) => (typeof p.totalCount === 'function' ? p.totalCount() : p.totalCount),
    }),
    pageInfo: t.field({ type: PageInfoRef, resolve: (p) => ({ hasNextPage: p.hasNextPage, endCursor: p.endCursor }) }),
    largeProgrammes: t.field({
      type: [LargeProgrammeGapRef],
      description: `the programmes with more than ${LARGE_PROGRAMME} participants, by name (with actorId: those it takes part in)`,
      resolve: (p) => p.largeProgrammes,
    }),
  }),
});

interface Args {
  territoryId?: string | number | null;
  actorId?: string | number | null;
  minStrength?: number | null;
  limit?: number | null;
  after?: string | null;
}

/** The national list from the stored pairs (ADR 013); undefined when they are not built for these definitions. */
async function storedGaps(ctx: Context, minStrength: number, limit: number | null, after: Key | null): Promise<InformationGapsRecord[] | undefined> {
  const [[stored], [large]] = await Promise.all([
    ctx.db.read(storedGapPage, { minStrength, after, take: limit === null ? MAX_LIMIT + 1 : limit + 1 }),
    ctx.db.read(nationalLargeProgrammes, { largeProgramme: LARGE_PROGRAMME }),
  ]);
  if (stored?.version !== PAIRS_VERSION) return undefined;
  return [{ total: stored.total, page: stored.page, large: large?.large ?? [] }];
}

export async function informationGaps(args: Args, ctx: Context, pageSize: number | null): Promise<GapPage> {
  const minStrength = args.minStrength ?? 1;
  if (minStrength < 1) throw badInput('minStrength', `must be 1 or more (got ${minStrength})`);
  const limit = checkLimit(args.limit, pageSize);
  const after = decodeCursor('after', args.after);
  const territoryId = idOrNull(args.territoryId);
  const actorId = idOrNull(args.actorId);
  const [record] =
    (await (territoryId === null && actorId === null ? storedGaps(ctx, minStrength, limit, after) : undefined)) ??
    (await ctx.db.read(informationGapsQuery, { territoryId, actorId, minStrength, largeProgramme: LARGE_PROGRAMME, limit, after }));
  // An unknown territory or actor gives nothing: check them only then (no extra round trip otherwise).
  if (!record?.total && !record?.large.length) await Promise.all([assertTerritory(ctx, 'territoryId', territoryId), assertActor(ctx, 'actorId', actorId)]);
  const rows = (record?.page ?? [])
    .map(informationGapRow)
    .map((r) => ({ ...r, reasons: r.reasons.map((x) => ({ ...x, text: reasonText(x, r.a.name, r.b.name) })) }));
  return { ...pageOf(rows, (r) => r.key, limit, record?.total ?? 0), largeProgrammes: (record?.large ?? []).map(largeProgrammeRow) };
}

builder.queryFields((t) => {
  const common = {
    territoryId: t.arg.id({ description: 'only actors active in a territory that overlaps this one (a common commune)' }),
    actorId: t.arg.id({ description: 'only the gaps of this actor' }),
    minStrength: t.arg.int({ description: 'lowest strength listed (default 1)', defaultValue: 1 }),
    after: t.arg.string({ description: 'the endCursor of the previous page: the rows after it' }),
  };
  return {
    informationGaps: t.field({
      type: [InformationGapRef],
      description: `Co-involved pairs of actors that do not share information, strongest first (programmes with more than ${LARGE_PROGRAMME} participants are summarised in informationGapPage.largeProgrammes). See analysisDefinition(analysis: INFORMATION_GAPS).`,
      args: { ...common, limit: t.arg.int({ description: 'at most this many pairs (default: all)' }) },
      resolve: async (_r, a, ctx) => (await informationGaps(a, ctx, null)).nodes,
    }),
    informationGapPage: t.field({
      type: InformationGapPageRef,
      description: 'A page of informationGaps, with its total count, the cursor of the next page and the summaries of the large programmes.',
      args: { ...common, limit: t.arg.int({ description: `rows of the page (default ${PAGE_SIZE})` }) },
      resolve: (_r, a, ctx) => informationGaps(a, ctx, PAGE_SIZE),
    }),
  };
});
