import { territories as territoriesQuery } from '../../../cypher/read/queries.js';
import { searchKey, type TERRITORY_LEVELS } from '../vocabulary.js';
import { builder } from './builder.js';
import { TerritoryLevelEnum } from './enums.js';
import type { TerritoryShape } from './shapes.js';

export const TerritoryRef = builder.objectRef<TerritoryShape>('Territory');

TerritoryRef.implement({
  description: 'A territory: region, department, employment area, EPCI or commune. Territories form a DAG through PART_OF.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'INSEE code for communes and departments, SIREN for EPCI' }),
    name: t.exposeString('name'),
    level: t.field({ type: TerritoryLevelEnum, resolve: (x) => x.level as (typeof TERRITORY_LEVELS)[number] }),
    population: t.int({ nullable: true, resolve: (x) => x.population ?? null }),
    lat: t.float({ nullable: true, resolve: (x) => x.lat ?? null }),
    lon: t.float({ nullable: true, resolve: (x) => x.lon ?? null }),
    parents: t.field({
      type: [TerritoryRef],
      resolve: async (x, _a, ctx) => (await ctx.loaders.territoryRelations.load(x.id))?.parents ?? [],
    }),
    children: t.field({
      type: [TerritoryRef],
      resolve: async (x, _a, ctx) => (await ctx.loaders.territoryRelations.load(x.id))?.children ?? [],
    }),
  }),
});

builder.queryFields((t) => ({
  territory: t.field({
    type: TerritoryRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.territory.load(String(id)),
  }),
  territories: t.field({
    type: [TerritoryRef],
    args: {
      level: t.arg({ type: TerritoryLevelEnum }),
      search: t.arg.string({ description: 'case- and accent-insensitive match on the name, or the exact code (INSEE, SIREN)' }),
    },
    resolve: async (_r, { level, search }, ctx) => {
      const q = search?.trim() ? search.trim() : null;
      const rows = await ctx.db.read(territoriesQuery, { level: level ?? null, search: q ? searchKey(q) : null, searchId: q });
      return rows.map((r) => r.t);
    },
  }),
}));
