// coverageGaps: (territory, barrier) pairs that no actor covers in full (definitions v1).
import { explainCoverageGap } from '../../analysis/explain.js';
import type { CoverageGapsRecord, TerritoryRef as TerritoryRefRow } from '../../analysis/rows.js';
import { type BarrierEntry, barrierIds, vocabulary } from '../../vocabulary.js';
import { assertDomain, assertTerritory } from '../arguments.js';
import { badInput, builder } from '../builder.js';
import { TerritoryLevelEnum } from '../enums.js';
import { TerritoryRef } from '../territory.js';
import { BarrierRef, barrierById } from '../vocabulary.js';
import { checkLimit, idOrNull, lazyTerritory } from './common.js';

interface CoverageGapShape {
  territory: TerritoryRefRow;
  barrier: BarrierEntry;
  bpiCount: number | null;
}

const CoverageGapRef = builder.objectRef<CoverageGapShape>('CoverageGap').implement({
  description: 'A territory and a barrier that no actor covers in full there',
  fields: (t) => ({
    territory: t.field({ type: TerritoryRef, resolve: (g, _x, ctx, info) => lazyTerritory(g.territory, ctx, info) }),
    barrier: t.field({ type: BarrierRef, resolve: (g) => g.barrier }),
    bpiCount: t.int({ nullable: true, description: 'BPI count of the territory (latest BPI_COUNT statistic), null when unknown', resolve: (g) => g.bpiCount }),
    explanation: t.string({
      description: 'a French sentence explaining the entry, for the report',
      resolve: (g) => explainCoverageGap(g.territory, g.barrier.label, g.bpiCount),
    }),
  }),
});

builder.queryFields((t) => ({
  coverageGaps: t.field({
    type: [CoverageGapRef],
    description:
      'Territories of a level × barriers with no actor covering them in full, by BPI count (highest first) when known, then by territory name. See analysisDefinition(analysis: COVERAGE_GAPS).',
    args: {
      level: t.arg({ type: TerritoryLevelEnum, required: true }),
      territoryId: t.arg.id({ description: 'only the territories of the level within this one' }),
      barrierIds: t.arg.idList({ description: 'only these barriers (default: all)' }),
      domainId: t.arg.id({ description: 'only the barriers of this domain' }),
      limit: t.arg.int({ description: 'at most this many rows' }),
    },
    resolve: async (_r, args, ctx) => {
      const limit = checkLimit(args.limit);
      const territoryId = idOrNull(args.territoryId);
      const domainId = idOrNull(args.domainId);
      assertDomain('domainId', domainId);
      const wanted = args.barrierIds?.map(String) ?? null;
      wanted?.forEach((b, i) => {
        if (!barrierIds.has(b)) throw badInput(`barrierIds[${i}]`, `unknown barrier "${b}"`);
      });
      // The vocabulary's order, filtered by the arguments.
      const barriers = vocabulary.barriers.filter((b) => (!wanted || wanted.includes(b.id)) && (!domainId || b.domains.includes(domainId))).map((b) => b.id);
      if (!barriers.length) {
        await assertTerritory(ctx, 'territoryId', territoryId);
        return [];
      }
      const records = await ctx.db.read<CoverageGapsRecord>('analysis/coverage-gaps', { level: args.level, territoryId, barrierIds: barriers });
      // An unknown territory gives nothing: check it only then (no extra round trip otherwise).
      if (!records.length) await assertTerritory(ctx, 'territoryId', territoryId);
      const out: CoverageGapShape[] = [];
      for (const r of records) {
        const territory = { id: r.id, name: r.name, level: r.level };
        const bpiCount = r.bpiCount == null ? null : Math.round(r.bpiCount);
        for (const id of r.gaps) {
          if (out.length >= limit) return out;
          out.push({ territory, barrier: barrierById.get(id) as BarrierEntry, bpiCount });
        }
      }
      return out;
    },
  }),
}));
