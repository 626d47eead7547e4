// The explorer at national scale (issue 14, level of detail): `graphOverview` groups a scope's
// actors and programmes by territory (departments of a region or of the country, EPCI of a
// department, communes of an EPCI or employment area), with the links between groups; and
// `graphGroupMembers` gives one group's members as a graph view, to open it in place.
import {
  type GraphEdgeRow,
  graphMembers,
  graphOverview,
  type OverviewEdgeRow,
  type OverviewGroupRow,
  type OverviewKindCount,
} from '../../../cypher/graph/queries.js';
import type { TERRITORY_LEVELS } from '../vocabulary.js';
import { assertTerritory } from './arguments.js';
import { badInput, builder } from './builder.js';
import { TerritoryLevelEnum } from './enums.js';
import { GraphViewRef } from './graph.js';

type Level = (typeof TERRITORY_LEVELS)[number];

/** The level of the groups of a scope: the next level down that holds the territories people name. */
function groupLevelOf(scopeLevel: Level | null): Level | null {
  if (scopeLevel === null || scopeLevel === 'REGION') return 'DEPARTMENT';
  if (scopeLevel === 'DEPARTMENT') return 'EPCI';
  if (scopeLevel === 'EPCI' || scopeLevel === 'EMPLOYMENT_AREA') return 'COMMUNE';
  return null;
}

const KindCountRef = builder.objectRef<OverviewKindCount>('OverviewKindCount').implement({
  fields: (t) => ({
    kind: t.string({ nullable: true, resolve: (k) => k.kind }),
    count: t.exposeInt('count'),
  }),
});

const OverviewGroupRef = builder.objectRef<OverviewGroupRow>('OverviewGroup').implement({
  description:
    'A territory of the overview with its members counted: actors by their commune (else where they are active), programmes where they are active (else where their operators are)',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'the territory id' }),
    name: t.exposeString('name'),
    level: t.field({ type: TerritoryLevelEnum, resolve: (g) => g.level as Level }),
    lat: t.float({ nullable: true, resolve: (g) => g.lat }),
    lon: t.float({ nullable: true, resolve: (g) => g.lon }),
    actorCount: t.exposeInt('actorCount'),
    programmeCount: t.exposeInt('programmeCount'),
    actorKinds: t.field({ type: [KindCountRef], resolve: (g) => g.actorKinds }),
    programmeKinds: t.field({ type: [KindCountRef], resolve: (g) => g.programmeKinds }),
  }),
});

const OverviewEdgeRef = builder.objectRef<OverviewEdgeRow>('OverviewEdge').implement({
  description: 'Links from members of one group to members of another (not of the first), by link type',
  fields: (t) => ({
    id: t.id({ resolve: (e) => `${e.type}:${e.source}->${e.target}` }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.exposeString('type'),
    links: t.exposeInt('links', { description: 'number of links' }),
  }),
});

const GraphOverviewRef = builder.objectRef<{ level: Level | null; groups: OverviewGroupRow[]; edges: OverviewEdgeRow[] }>('GraphOverview').implement({
  fields: (t) => ({
    level: t.field({
      type: TerritoryLevelEnum,
      nullable: true,
      description: 'the level of the groups (null: the scope has none below it)',
      resolve: (o) => o.level,
    }),
    groups: t.field({ type: [OverviewGroupRef], resolve: (o) => o.groups }),
    edges: t.field({ type: [OverviewEdgeRef], resolve: (o) => o.edges }),
  }),
});

const LEVEL_RANK: Record<Level, number> = { REGION: 0, DEPARTMENT: 1, EMPLOYMENT_AREA: 2, EPCI: 2, COMMUNE: 3 };

builder.queryFields((t) => ({
  graphOverview: t.field({
    type: GraphOverviewRef,
    description: 'The cartography of a territory (or of the whole country) grouped by the territories within it, for drawing at national scale',
    args: {
      territoryId: t.arg.id({ description: 'the scope; none for the whole cartography' }),
      level: t.arg({ type: TerritoryLevelEnum, description: 'the level of the groups; by default the next one down (department, EPCI, commune)' }),
    },
    resolve: async (_r, args, ctx) => {
      const scopeId = args.territoryId != null ? String(args.territoryId) : null;
      await assertTerritory(ctx, 'territoryId', scopeId);
      const scope = scopeId ? ((await ctx.loaders.territory.load(scopeId)) as { level: Level } | null) : null;
      const scopeLevel = scope?.level ?? null;
      const level = (args.level as Level | null | undefined) ?? groupLevelOf(scopeLevel);
      if (args.level && scopeLevel && LEVEL_RANK[args.level as Level] <= LEVEL_RANK[scopeLevel]) {
        throw badInput('level', `groups of level ${args.level} do not lie within a territory of level ${scopeLevel}`);
      }
      if (!level) return { level: null, groups: [], edges: [] };
      const [row] = await ctx.db.read(graphOverview, { scopeId, level });
      const groups = [...(row?.groups ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { level, groups, edges: row?.edges ?? [] };
    },
  }),
  graphGroupMembers: t.field({
    type: GraphViewRef,
    description: 'The members of one group of graphOverview (same rule), with every link touching them',
    args: { territoryId: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const groupId = String(args.territoryId);
      await assertTerritory(ctx, 'territoryId', groupId);
      const [row] = await ctx.db.read(graphMembers, { groupId });
      if (!row) return { nodes: [], edges: [] };
      return {
        nodes: row.nodes,
        edges: row.edges.map((e: GraphEdgeRow) => ({ ...e, formal: e.formal ?? null, id: `${e.type}:${e.source}->${e.target}` })),
      };
    },
  }),
}));
