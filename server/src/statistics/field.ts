// The GraphQL side of the BPI public: the Statistic type (secrecy applied: docs/adr/011), the
// `statistics` and `statisticIndicators` queries, and `Territory.statistics` / `Territory.bpiCount`
// (one batched query per request for a whole list of territories).
import DataLoader from 'dataloader';
import { listStatistics, type StatisticRow, statisticIndicators } from '../../../cypher/statistics/queries.js';
import { assertTerritory } from '../schema/arguments.js';
import { badInput, builder, type Context } from '../schema/builder.js';
import { TerritoryLevelEnum } from '../schema/enums.js';
import { TerritoryRef } from '../schema/territory.js';
import { indicatorLabel } from './indicators.js';
import { disclose } from './secrecy.js';

const StatisticRef = builder.objectRef<StatisticRow>('Statistic').implement({
  description:
    'An aggregated figure about the BPI public of a territory (never data on a person). Statistical secrecy: a count of 1 to 4 below the department has value null, display « < 5 » and secret true; the stored value is kept (docs/adr/011).',
  fields: (t) => ({
    territory: t.field({
      type: TerritoryRef,
      resolve: async (s, _a, ctx) => (await ctx.loaders.territory.load(s.territoryId)) ?? { id: s.territoryId, name: s.territoryId, level: s.level },
    }),
    territoryId: t.exposeID('territoryId'),
    indicator: t.exposeString('indicator', { description: 'e.g. BPI_COUNT, BPI_COUNTRY:AFG, DNA_PLACES:CADA; other codes are kept as they are' }),
    label: t.string({ description: 'French label of the indicator (its code when it is not one of the SPEC)', resolve: (s) => indicatorLabel(s.indicator) }),
    year: t.int({ nullable: true, resolve: (s) => s.year ?? null }),
    value: t.float({
      nullable: true,
      description: 'the figure; null when it is under statistical secrecy',
      resolve: (s) => disclose(s.value, s.level, s.indicator).value,
    }),
    display: t.string({ description: 'the figure as shown, in French: « < 5 » when secret', resolve: (s) => disclose(s.value, s.level, s.indicator).display }),
    secret: t.boolean({
      description: 'under statistical secrecy (1 to 4, below the department)',
      resolve: (s) => disclose(s.value, s.level, s.indicator).secret,
    }),
    source: t.string({ nullable: true, resolve: (s) => s.source ?? null }),
  }),
});

const IndicatorRef = builder
  .objectRef<{ indicator: string; figures: number; territories: number; latestYear: number | null; levels: string[] }>('StatisticIndicator')
  .implement({
    description: 'An indicator present in the cartography',
    fields: (t) => ({
      indicator: t.exposeString('indicator'),
      label: t.string({ resolve: (i) => indicatorLabel(i.indicator) }),
      figures: t.exposeInt('figures', { description: 'number of figures (territories × years)' }),
      territories: t.exposeInt('territories'),
      latestYear: t.int({ nullable: true, resolve: (i) => i.latestYear ?? null }),
      levels: t.field({ type: [TerritoryLevelEnum], resolve: (i) => i.levels as never[] }),
    }),
  });

/** Keeps the latest year of each (territory, indicator); a figure without a year counts as the oldest. */
export function latestOnly(rows: readonly StatisticRow[]): StatisticRow[] {
  const best = new Map<string, StatisticRow>();
  for (const r of rows) {
    const k = `${r.territoryId}|${r.indicator}`;
    const prev = best.get(k);
    if (!prev || (r.year ?? -1) > (prev.year ?? -1)) best.set(k, r);
  }
  return rows.filter((r) => best.get(`${r.territoryId}|${r.indicator}`) === r);
}

/** One loader per request: every statistic of a batch of territories in one query. */
const loaders = new WeakMap<object, DataLoader<string, StatisticRow[]>>();
function statisticsOf(ctx: Context): DataLoader<string, StatisticRow[]> {
  let l = loaders.get(ctx.loaders);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await ctx.db.read(listStatistics, { territoryIds: [...ids], level: null, indicator: null, prefix: null, year: null });
      const by = new Map<string, StatisticRow[]>();
      for (const r of rows) by.set(r.territoryId, [...(by.get(r.territoryId) ?? []), r]);
      return ids.map((id) => by.get(id) ?? []);
    });
    loaders.set(ctx.loaders, l);
  }
  return l;
}

/** An indicator argument: a code, or a family ending with « : » or « :* » (e.g. BPI_COUNTRY:). */
function indicatorFilter(indicator: string | null | undefined): { indicator: string | null; prefix: string | null } {
  const v = indicator?.trim();
  if (!v) return { indicator: null, prefix: null };
  if (v.length > 200) throw badInput('indicator', 'at most 200 characters');
  if (v.endsWith(':*')) return { indicator: null, prefix: v.slice(0, -1) };
  if (v.endsWith(':')) return { indicator: null, prefix: v };
  return { indicator: v, prefix: null };
}

const matches = (r: StatisticRow, f: { indicator: string | null; prefix: string | null }, year: number | null | undefined) =>
  (!f.indicator || r.indicator === f.indicator) && (!f.prefix || r.indicator.startsWith(f.prefix)) && (year == null || r.year === year);

builder.objectFields(TerritoryRef, (t) => ({
  statistics: t.field({
    type: [StatisticRef],
    description: 'Its statistics (secrecy applied), by indicator then year',
    args: {
      indicator: t.arg.string({ description: 'an indicator code, or a family such as BPI_COUNTRY: (all countries)' }),
      year: t.arg.int(),
      latest: t.arg.boolean({ description: 'only the latest year of each indicator', defaultValue: false }),
    },
    resolve: async (x, a, ctx) => {
      const f = indicatorFilter(a.indicator);
      const rows = (await statisticsOf(ctx).load(x.id)).filter((r) => matches(r, f, a.year));
      return a.latest ? latestOnly(rows) : rows;
    },
  }),
  bpiCount: t.field({
    type: StatisticRef,
    nullable: true,
    description: 'Its latest BPI_COUNT (stock of BPI), secrecy applied; null when unknown',
    resolve: async (x, _a, ctx) => latestOnly((await statisticsOf(ctx).load(x.id)).filter((r) => r.indicator === 'BPI_COUNT'))[0] ?? null,
  }),
}));

builder.queryFields((t) => ({
  statistics: t.field({
    type: [StatisticRef],
    description:
      'Statistics of the BPI public (secrecy applied: docs/adr/011), by territory, indicator and year. Without arguments: all of them. A missing figure is absent, never 0.',
    args: {
      territoryId: t.arg.id({ description: 'this territory only' }),
      level: t.arg({ type: TerritoryLevelEnum, description: 'territories of this level only (e.g. COMMUNE for a map)' }),
      indicator: t.arg.string({ description: 'an indicator code, or a family such as BPI_COUNTRY: (all countries)' }),
      year: t.arg.int(),
      latest: t.arg.boolean({ description: 'only the latest year of each territory and indicator', defaultValue: false }),
    },
    resolve: async (_r, a, ctx) => {
      const territoryId = a.territoryId == null ? null : String(a.territoryId);
      const f = indicatorFilter(a.indicator);
      const rows = await ctx.db.read(listStatistics, { territoryIds: territoryId ? [territoryId] : null, level: a.level ?? null, ...f, year: a.year ?? null });
      if (!rows.length) await assertTerritory(ctx, 'territoryId', territoryId);
      return a.latest ? latestOnly(rows) : rows;
    },
  }),
  statisticIndicators: t.field({
    type: [IndicatorRef],
    description: 'The indicators present, with their French labels, counts and latest year',
    resolve: (_r, _a, ctx) => ctx.db.read(statisticIndicators, {}),
  }),
}));
