// programmeOverlaps: "concurrence des dispositifs" (definitions v1).
import { explainOverlap } from '../../analysis/explain.js';
import { type OverlapRecord, type OverlapRow, overlapRow } from '../../analysis/rows.js';
import { assertTerritory } from '../arguments.js';
import { badInput, builder } from '../builder.js';
import { ProgrammeRef } from '../programme.js';
import { TerritoryRef } from '../territory.js';
import { BarrierRef, barrierById, lookup, PublicRef, publicById } from '../vocabulary.js';
import { assertProgramme, checkLimit, idOrNull, lazyProgramme, lazyTerritories } from './common.js';

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
      description: 'where they overlap: each scope territory of one that lies within a scope territory of the other',
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

builder.queryFields((t) => ({
  programmeOverlaps: t.field({
    type: [ProgrammeOverlapRef],
    description: 'Pairs of programmes that overlap, highest score first. See analysisDefinition(analysis: PROGRAMME_OVERLAPS).',
    args: {
      minScore: t.arg.float({ description: 'lowest score listed, 0–1 (default 0.3)', defaultValue: 0.3 }),
      territoryId: t.arg.id({ description: 'only overlaps that concern this territory (a shared territory contains it or lies within it)' }),
      programmeId: t.arg.id({ description: 'only the overlaps of this programme' }),
      limit: t.arg.int({ description: 'at most this many pairs' }),
    },
    resolve: async (_r, args, ctx) => {
      const minScore = args.minScore ?? 0.3;
      if (!(minScore >= 0 && minScore <= 1)) throw badInput('minScore', `must be between 0 and 1 (got ${minScore})`);
      const limit = checkLimit(args.limit);
      const territoryId = idOrNull(args.territoryId);
      const programmeId = idOrNull(args.programmeId);
      const records = await ctx.db.read<OverlapRecord>('analysis/programme-overlaps', { minScore, territoryId, programmeId, limit });
      // An unknown territory or programme gives nothing: check them only then (no extra round trip otherwise).
      if (!records.length) await Promise.all([assertTerritory(ctx, 'territoryId', territoryId), assertProgramme(ctx, 'programmeId', programmeId)]);
      return records.map(overlapRow);
    },
  }),
}));
