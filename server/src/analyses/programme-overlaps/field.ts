// The GraphQL side of programme overlaps: the contract's list and a page of it.

import { badInput, builder, type Context } from '../../schema/builder.js';
import { ProgrammeRef } from '../../schema/programme.js';
import { TerritoryRef } from '../../schema/territory.js';
import { BarrierRef, barrierById, lookup, PublicRef, publicById } from '../../schema/vocabulary.js';
import { checkLimit, decodeCursor, MAX_LIMIT, PAGE_SIZE, type Page, pageOf, pageRef } from '../common/paging.js';
import { assertProgramme, assertTerritory, idOrNull, lazyProgramme, lazyTerritories } from '../common/refs.js';
import { today } from '../common/today.js';
import { storedOverlapPage } from '../pairs/query.js';
import { PAIRS_VERSION, STORED_MIN_SCORE } from '../pairs/store.js';
import { explainOverlap } from './explain.js';
import { type OverlapRow, overlapRow, overlapsQuery } from './query.js';

const label = (map: Map<string, { label: string }>) => (id: string) => map.get(id)?.label ?? id;

const ProgrammeOverlapRef = builder.objectRef<OverlapRow>('ProgrammeOverlap').implement({
  description: 'Two programmes that overlap (a before b by name), with what they share',
  fields: (t) => ({
    a: t.field({ type: ProgrammeRef, resolve: (o, _x, ctx, info) => lazyProgramme(o.a, ctx, info) }),
    b: t.field({ type: ProgrammeRef, resolve: (o, _x, ctx, info) => lazyProgramme(o.b, ctx, info) }),
    score: t.exposeFloat('score', { description: 'J(barriers) × territory × public, in ]0, 1]' }),
    jaccard: t.exposeFloat('jaccard', { description: 'Jaccard index of their barrier sets' }),
    publicFactor: t.exposeFloat('publicFactor', { description: '1 (a shared public) or 0.5 (only one targets GENERAL_PUBLIC)' }),
    sharedBarriers: t.field({ type: [BarrierRef], resolve: (o) => lookup(barrierById, o.sharedBarriers) }),
    sharedTerritories: t.field({
      type: [TerritoryRef],
      description:
        'where they overlap: for each pair of overlapping scope territories, the one within the other, or their common communes when neither holds the other',
      resolve: (o, _x, ctx, info) => lazyTerritories(o.sharedTerritories, ctx, info),
    }),
    sharedPublics: t.field({
      type: [PublicRef],
      description: 'the publics that make them share a public (BPI with BPI_IN_DNA or BPI_OUTSIDE_DNA included); empty when the public factor is 0.5',
      resolve: (o) => lookup(publicById, o.sharedPublics),
    }),
    explanation: t.string({
      description: 'a French sentence explaining the entry, for the report',
      resolve: (o) => explainOverlap(o, label(barrierById), label(publicById)),
    }),
  }),
});

const ProgrammeOverlapPageRef = pageRef('ProgrammeOverlapPage', ProgrammeOverlapRef, 'A page of programme overlaps, in the order of programmeOverlaps');

interface Args {
  minScore?: number | null;
  territoryId?: string | number | null;
  programmeId?: string | number | null;
  limit?: number | null;
  after?: string | null;
}

export async function overlaps(args: Args, ctx: Context, pageSize: number | null): Promise<Page<OverlapRow>> {
  const minScore = args.minScore ?? 0.3;
  if (!(minScore >= 0 && minScore <= 1)) throw badInput('minScore', `must be between 0 and 1 (got ${minScore})`);
  const limit = checkLimit(args.limit, pageSize);
  const after = decodeCursor('after', args.after);
  const territoryId = idOrNull(args.territoryId);
  const programmeId = idOrNull(args.programmeId);
  // The national list from the stored pairs (ADR 013) when they are built for these definitions.
  if (territoryId === null && programmeId === null && minScore >= STORED_MIN_SCORE) {
    const [stored] = await ctx.db.read(storedOverlapPage, { minScore, today: today(), after, take: limit === null ? MAX_LIMIT + 1 : limit + 1 });
    if (stored && stored.version === PAIRS_VERSION) return pageOf(stored.page.map(overlapRow), (r) => r.key, limit, stored.total);
  }
  const [record] = await ctx.db.read(overlapsQuery, { minScore, territoryId, programmeId, today: today(), limit, after });
  // An unknown territory or programme gives nothing: check them only then (no extra round trip otherwise).
  if (!record?.total) await Promise.all([assertTerritory(ctx, 'territoryId', territoryId), assertProgramme(ctx, 'programmeId', programmeId)]);
  const rows = (record?.page ?? []).map(overlapRow);
  return pageOf(rows, (r) => r.key, limit, record?.total ?? 0);
}

builder.queryFields((t) => {
  const common = {
    minScore: t.arg.float({ description: 'lowest score listed, 0–1 (default 0.3)', defaultValue: 0.3 }),
    territoryId: t.arg.id({ description: 'only overlaps that concern this territory (where the two overlap lies, at least in part, in it)' }),
    programmeId: t.arg.id({ description: 'only the overlaps of this programme' }),
    after: t.arg.string({ description: 'the endCursor of the previous page: the rows after it' }),
  };
  return {
    programmeOverlaps: t.field({
      type: [ProgrammeOverlapRef],
      description: 'Pairs of programmes that overlap, highest score first. See analysisDefinition(analysis: PROGRAMME_OVERLAPS).',
      args: { ...common, limit: t.arg.int({ description: 'at most this many pairs (default: all)' }) },
      resolve: async (_r, a, ctx) => (await overlaps(a, ctx, null)).nodes,
    }),
    programmeOverlapPage: t.field({
      type: ProgrammeOverlapPageRef,
      description: 'A page of programmeOverlaps, with its total count and the cursor of the next page.',
      args: { ...common, limit: t.arg.int({ description: `rows of the page (default ${PAGE_SIZE})` }) },
      resolve: (_r, a, ctx) => overlaps(a, ctx, PAGE_SIZE),
    }),
  };
});
