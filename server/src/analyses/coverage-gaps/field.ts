// The GraphQL side of coverage gaps: the contract's list and pages of it. The territories are
// taken in the order of the answer (BPI count first) and their gaps computed in batches, so that a
// first page of a national list does not compute the whole country; a batch never splits a group
// of territories with the same BPI count (the next keys, reachedShare then name, interleave them).
import { ActorRef } from '../../schema/actor.js';
import { assertDomain, assertTerritory } from '../../schema/arguments.js';
import { badInput, builder, type Context } from '../../schema/builder.js';
import { TerritoryLevelEnum } from '../../schema/enums.js';
import type { ActorShape } from '../../schema/shapes.js';
import { TerritoryRef } from '../../schema/territory.js';
import { BarrierRef, barrierById } from '../../schema/vocabulary.js';
import { disclose } from '../../statistics/secrecy.js';
import { type BarrierEntry, barrierIds, vocabulary } from '../../vocabulary.js';
import { checkLimit, compareKeys, decodeCursor, type Key, PAGE_SIZE, type Page, pageOf, pageRef } from '../common/paging.js';
import { idOrNull, lazyTerritory, prime } from '../common/refs.js';
import { today } from '../common/today.js';
import { explainCoverageGap } from './explain.js';
import { type CoverageGapRow, coverageGapRow, gapsQuery, orderedTerritories, unlocatedQuery } from './query.js';

interface CoverageGapShape extends CoverageGapRow {
  barrier: BarrierEntry;
  maxKm: number;
}

const CoverageGapRef = builder.objectRef<CoverageGapShape>('CoverageGap').implement({
  description: 'A territory and a barrier where part of the people live further than maxKm from help (or with no actor covering it in full)',
  fields: (t) => ({
    territory: t.field({ type: TerritoryRef, resolve: (g, _x, ctx, info) => lazyTerritory(g.territory, ctx, info) }),
    barrier: t.field({ type: BarrierRef, resolve: (g) => g.barrier }),
    bpiCount: t.int({
      nullable: true,
      description: 'BPI count of the territory (latest BPI_COUNT statistic), null when unknown or under statistical secrecy (see bpiDisplay)',
      resolve: (g) => (g.bpiCount == null ? null : disclose(g.bpiCount, g.territory.level, 'BPI_COUNT').value),
    }),
    bpiDisplay: t.string({
      nullable: true,
      description: 'the BPI count as shown, in French: « < 5 » under statistical secrecy (docs/adr/011), null when unknown',
      resolve: (g) => (g.bpiCount == null ? null : disclose(g.bpiCount, g.territory.level, 'BPI_COUNT').display),
    }),
    actorCount: t.exposeInt('actorCount', { description: 'actors covering the territory in full' }),
    reachedShare: t.exposeFloat('reachedShare', {
      description: 'share of its communes (by population when known) within maxKm of a service point of a covering route',
    }),
    explanation: t.string({
      description: 'a French sentence explaining the entry, for the report',
      resolve: (g) => explainCoverageGap(g, g.barrier.label, g.maxKm),
    }),
  }),
});

const UnlocatedActorRef = builder.objectRef<{ actor: ActorShape; barriers: BarrierEntry[] }>('UnlocatedActor').implement({
  description: 'An actor that covers barriers in the territory at an unknown distance: its location is the data to complete first',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (u) => u.actor }),
    barriers: t.field({ type: [BarrierRef], description: 'the barriers of its routes without any known location', resolve: (u) => u.barriers }),
  }),
});

const CoverageGapPageRef = pageRef('CoverageGapPage', CoverageGapRef, 'A page of coverage gaps, in the order of coverageGaps');

interface Args {
  level: string;
  territoryId?: string | number | null;
  barrierIds?: (string | number)[] | null;
  domainId?: string | number | null;
  maxKm?: number | null;
  limit?: number | null;
  after?: string | null;
}

/** Territories in a first batch, for a page of `limit` rows (a territory usually has several gaps). */
const firstBatch = (limit: number | null) => (limit == null ? Number.POSITIVE_INFINITY : Math.max(8, Math.ceil((limit + 1) / 5)));
/** The next batch: enough territories for the rows still needed at the density seen so far. */
const nextBatch = (previous: number, needed: number, rows: number, territories: number) =>
  rows > 0 ? Math.max(8, Math.ceil((needed / (rows / territories)) * 1.25)) : previous * 2;
/** At most this many territories per query (memory of one transaction). */
const MAX_BATCH = 2000;

/** The gaps of a page, in batches (also used by the benchmark, as the "direct Cypher" of this analysis). */
export async function coverageGaps(args: Args, ctx: Context, pageSize: number | null): Promise<Page<CoverageGapShape>> {
  const limit = checkLimit(args.limit, pageSize);
  const after = decodeCursor('after', args.after);
  const territoryId = idOrNull(args.territoryId);
  const domainId = idOrNull(args.domainId);
  assertDomain('domainId', domainId);
  const maxKm = args.maxKm ?? 20;
  if (!(maxKm >= 0 && maxKm <= 1000)) throw badInput('maxKm', `must be between 0 and 1000 (got ${maxKm})`);
  const wanted = args.barrierIds?.map(String) ?? null;
  wanted?.forEach((b, i) => {
    if (!barrierIds.has(b)) throw badInput(`barrierIds[${i}]`, `unknown barrier "${b}"`);
  });
  // The vocabulary's order, filtered by the arguments.
  const barriers = vocabulary.barriers.filter((b) => (!wanted || wanted.includes(b.id)) && (!domainId || b.domains.includes(domainId))).map((b) => b.id);
  const day = today();
  const scoped = territoryId != null;
  const list = async (unknown: boolean) =>
    (await ctx.db.read(orderedTerritories, { level: args.level, territoryId, unknown: unknown || scoped }))[0]?.territories ?? [];
  let order = await list(false);
  let complete = scoped;
  if (scoped && !order.length) await assertTerritory(ctx, 'territoryId', territoryId);
  const shape = (r: CoverageGapRow): CoverageGapShape => ({ ...r, barrier: barrierById.get(r.barrierId) as BarrierEntry, maxKm });
  const gapsOf = async (ids: string[]) =>
    ids.length && barriers.length
      ? (await ctx.db.read(gapsQuery, { territoryIds: ids, barrierIds: barriers, maxKm, today: day })).map((r) => coverageGapRow(r.gap))
      : [];
  // The group of a territory in the order: [BPI unknown, -BPI], the first two elements of a key.
  const group = (bpi: number | null): Key => [bpi == null ? 1 : 0, -(bpi ?? 0)];

  // Start at the cursor's group; then batches of whole groups until the page is full.
  let i = after ? order.findIndex(([, bpi]) => compareKeys(group(bpi), after.slice(0, 2)) >= 0) : 0;
  if (i < 0) i = order.length;
  const rows: CoverageGapRow[] = [];
  let size = firstBatch(limit);
  let seen = 0;
  let found = 0;
  for (;;) {
    if (i >= order.length && !complete) {
      order = await list(true);
      complete = true;
    }
    if (i >= order.length || (limit != null && rows.length > limit)) break;
    let end = Math.min(order.length, i + Math.min(size, MAX_BATCH));
    const last = order[end - 1]?.[1] ?? null;
    while (end < order.length && (order[end]?.[1] ?? null) === last) end++;
    const batch = await gapsOf(order.slice(i, end).map(([id]) => id));
    const kept = after ? batch.filter((r) => compareKeys(r.key, after) > 0) : batch;
    rows.push(...kept);
    seen += end - i;
    found += kept.length;
    i = end;
    size = limit == null ? size : nextBatch(size, limit + 1 - rows.length, found, seen);
  }
  const fromStart = after == null;
  const counted = i >= order.length && complete && fromStart ? rows.length : null;
  const totalCount =
    counted ??
    (async () => {
      const all = complete ? order : await list(true);
      let n = 0;
      for (let k = 0; k < all.length; k += MAX_BATCH) n += (await gapsOf(all.slice(k, k + MAX_BATCH).map(([id]) => id))).length;
      return n;
    });
  return pageOf(rows.map(shape), (r) => r.key, limit, totalCount);
}

builder.queryFields((t) => {
  const common = {
    level: t.arg({ type: TerritoryLevelEnum, required: true }),
    territoryId: t.arg.id({ description: 'only the territories of the level within this one' }),
    barrierIds: t.arg.idList({ description: 'only these barriers (default: all)' }),
    domainId: t.arg.id({ description: 'only the barriers of this domain' }),
    maxKm: t.arg.float({ description: 'largest distance to a service point counted as reached, in km (default 20)', defaultValue: 20 }),
    after: t.arg.string({ description: 'the endCursor of the previous page: the rows after it' }),
  };
  return {
    coverageGaps: t.field({
      type: [CoverageGapRef],
      description:
        'Territories of a level × barriers where part of the people live further than maxKm from help: by BPI count (highest first, unknown last), then reachedShare, territory name and barrier. See analysisDefinition(analysis: COVERAGE_GAPS).',
      args: { ...common, limit: t.arg.int({ description: 'at most this many rows (default: all)' }) },
      resolve: async (_r, a, ctx) => (await coverageGaps(a, ctx, null)).nodes,
    }),
    unlocatedActors: t.field({
      type: [UnlocatedActorRef],
      description:
        'Actors with a route of these barriers that reaches the territory but no known location (not outreach, no located commune or site): their distance is unknown, so they never reach anyone in coverageGaps. By name.',
      args: {
        territoryId: t.arg.id({ description: 'routes whose scope overlaps this territory (default: everywhere)' }),
        barrierIds: t.arg.idList({ description: 'only these barriers (default: all)' }),
      },
      resolve: async (_r, a, ctx) => {
        const territoryId = idOrNull(a.territoryId);
        const wanted = a.barrierIds?.map(String) ?? null;
        wanted?.forEach((b, i) => {
          if (!barrierIds.has(b)) throw badInput(`barrierIds[${i}]`, `unknown barrier "${b}"`);
        });
        const ids = vocabulary.barriers.filter((b) => !wanted || wanted.includes(b.id)).map((b) => b.id);
        const [record] = await ctx.db.read(unlocatedQuery, { territoryId, barrierIds: ids, today: today() });
        const actors = record?.actors ?? [];
        if (!actors.length) await assertTerritory(ctx, 'territoryId', territoryId);
        prime(ctx, { actors: actors.map((x) => x.actor) });
        return actors.map((x) => ({ actor: x.actor, barriers: x.barriers.map((b) => barrierById.get(b) as BarrierEntry) }));
      },
    }),
    coverageGapPage: t.field({
      type: CoverageGapPageRef,
      description: 'A page of coverageGaps, with the cursor of the next page; totalCount computes the whole list, ask for it only when needed.',
      args: { ...common, limit: t.arg.int({ description: `rows of the page (default ${PAGE_SIZE})` }) },
      resolve: (_r, a, ctx) => coverageGaps(a, ctx, PAGE_SIZE),
    }),
  };
});
