// The `graph` query: a Cytoscape-ready, filtered view of the cartography.
import { type GraphEdgeRow, type GraphNodeRow, graphView } from '../../../cypher/graph/queries.js';
import { barrierIds, domainIds } from '../vocabulary.js';
import { assertTerritory } from './arguments.js';
import { badInput, builder } from './builder.js';
import { ActorKindEnum, LinkTypeEnum } from './enums.js';

type GraphNodeShape = GraphNodeRow;
interface GraphEdgeShape extends GraphEdgeRow {
  id: string;
}

const GraphNodeRef = builder.objectRef<GraphNodeShape>('GraphNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    type: t.exposeString('type', { description: 'Actor, Programme, Domain, Barrier, Public or Territory' }),
    kind: t.string({ nullable: true, description: 'the actor or programme kind, the territory level', resolve: (n) => n.kind }),
    lat: t.float({ nullable: true, description: 'latitude of its commune (actors) or territory', resolve: (n) => n.lat }),
    lon: t.float({ nullable: true, resolve: (n) => n.lon }),
  }),
});
const GraphEdgeRef = builder.objectRef<GraphEdgeShape>('GraphEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.exposeString('type', { description: 'the relationship type' }),
    formal: t.boolean({ nullable: true, resolve: (e) => e.formal }),
  }),
});
export const GraphViewRef = builder.objectRef<{ nodes: GraphNodeShape[]; edges: GraphEdgeShape[] }>('GraphView').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (v) => v.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (v) => v.edges }),
  }),
});

export const GraphIncludeEnum = builder.enumType('GraphInclude', {
  description: 'Vocabulary and territory nodes to add to the actors and programmes',
  values: ['BARRIER', 'DOMAIN', 'PUBLIC', 'TERRITORY'] as const,
});

const GraphFilterInput = builder.inputType('GraphFilter', {
  fields: (t) => ({
    domainIds: t.idList(),
    barrierIds: t.idList(),
    territoryId: t.id(),
    actorKinds: t.field({ type: [ActorKindEnum] }),
    linkTypes: t.field({ type: [LinkTypeEnum] }),
    formalOnly: t.boolean({ description: 'only links formalised by a convention' }),
    include: t.field({ type: [GraphIncludeEnum], description: 'add barrier, domain, public or territory nodes and their edges' }),
  }),
});

const nonEmpty = <T>(a: readonly T[] | null | undefined) => (a?.length ? [...a] : null);

builder.queryFields((t) => ({
  graph: t.field({
    type: GraphViewRef,
    args: { filter: t.arg({ type: GraphFilterInput }) },
    resolve: async (_r, { filter }, ctx) => {
      const bIds = nonEmpty(filter?.barrierIds?.map(String));
      bIds?.forEach((b, i) => {
        if (!barrierIds.has(b)) throw badInput(`filter.barrierIds[${i}]`, `unknown barrier "${b}"`);
      });
      const dIds = nonEmpty(filter?.domainIds?.map(String));
      dIds?.forEach((d, i) => {
        if (!domainIds.has(d)) throw badInput(`filter.domainIds[${i}]`, `unknown domain "${d}"`);
      });
      const territoryId = filter?.territoryId != null ? String(filter.territoryId) : null;
      await assertTerritory(ctx, 'filter.territoryId', territoryId);
      const [row] = await ctx.db.read(graphView, {
        territoryId,
        barrierIds: bIds,
        domainIds: dIds,
        actorKinds: nonEmpty(filter?.actorKinds),
        linkTypes: nonEmpty(filter?.linkTypes),
        formalOnly: filter?.formalOnly ?? false,
        include: filter?.include ?? [],
      });
      if (!row) return { nodes: [], edges: [] };
      return {
        nodes: row.nodes,
        edges: row.edges.map((e) => ({ ...e, formal: e.formal ?? null, id: `${e.type}:${e.source}->${e.target}` })),
      };
    },
  }),
}));
