// Data → Cytoscape elements. Pure functions: stable ids, flat data, classes for styling.
import type { ElementDefinition } from 'cytoscape';
import { shortLabel } from './label';
import { edgeLook, nodeLook } from './palette';
import type { GEdge, GNode, GraphData } from './types';

export interface NodeData {
  id: string;
  label: string;
  name: string;
  type: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  /** look (palette.ts), read by the stylesheet */
  shape: string;
  fill: string;
  border: string;
  bw: number;
  bstyle: string;
  w: number;
  h: number;
  /** the open group that holds it (a compound node) */
  parent?: string;
}

export function nodeClasses(n: GNode): string {
  const cls = [`t-${n.type}`];
  if (n.kind) cls.push(`k-${n.kind}`);
  if (n.ended) cls.push('ended');
  if (n.open) cls.push('open');
  return cls.join(' ');
}

export function edgeClasses(e: GEdge): string {
  const cls = [`l-${e.type}`];
  if (e.formal === true) cls.push('formal');
  if (e.links !== undefined) cls.push('grp');
  return cls.join(' ');
}

/** Above this many elements edges are drawn straight (class `fast`): curves cost too much there. */
export const FAST_EDGES_ABOVE = 3000;

/** Cytoscape element definitions for a graph; edges whose ends are missing are dropped. */
export function toElements(data: GraphData): ElementDefinition[] {
  const fast = data.nodes.length + data.edges.length > FAST_EDGES_ABOVE;
  const ids = new Set(data.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = data.nodes.map((n) => {
    const l = nodeLook(n.type, n.kind);
    const side = n.size ?? l.width;
    return {
      group: 'nodes',
      data: {
        id: n.id,
        // a group's label is its name and count (graph/lod.ts), never cut
        label: n.type === 'Group' ? n.label : shortLabel(n.label),
        name: n.label,
        type: n.type,
        kind: n.kind ?? '',
        lat: n.lat,
        lon: n.lon,
        shape: l.shape,
        fill: l.fill,
        border: l.border,
        bw: l.borderWidth,
        bstyle: l.borderStyle,
        w: n.type === 'Group' ? side : l.width,
        h: n.type === 'Group' ? side : l.height,
        ...(n.parent && ids.has(n.parent) ? { parent: n.parent } : {}),
      } satisfies NodeData,
      classes: fast ? `${nodeClasses(n)} fast` : nodeClasses(n),
    };
  });
  const edges: ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const e of data.edges) {
    if (!ids.has(e.source) || !ids.has(e.target) || seen.has(e.id) || ids.has(e.id)) continue;
    seen.add(e.id);
    const classes = fast ? `${edgeClasses(e)} fast` : edgeClasses(e);
    const l = edgeLook(e.type);
    edges.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        formal: e.formal,
        color: l.color,
        // formal links are thicker; a group edge grows with the number of links it stands for
        lw: e.links !== undefined ? l.width + Math.log2(e.links) * 1.5 : e.formal === true ? l.width + 1 : l.width,
        ...(e.links !== undefined ? { links: e.links } : {}),
        lstyle: l.lineStyle,
        tarrow: l.targetArrow,
        sarrow: l.sourceArrow,
      },
      classes,
    });
  }
  return [...nodes, ...edges];
}

/** Union of two graphs (first wins on duplicates). */
export function mergeGraphs(a: GraphData, b: GraphData): GraphData {
  const nodeIds = new Set(a.nodes.map((n) => n.id));
  const edgeIds = new Set(a.edges.map((e) => e.id));
  return {
    nodes: [...a.nodes, ...b.nodes.filter((n) => !nodeIds.has(n.id))],
    edges: [...a.edges, ...b.edges.filter((e) => !edgeIds.has(e.id))],
  };
}

/** The nodes adjacent to `id` in `full`, with the edges between `id` and them. */
export function neighbourhood(full: GraphData, id: string): GraphData {
  const edges = full.edges.filter((e) => e.source === id || e.target === id);
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  ids.add(id);
  return { nodes: full.nodes.filter((n) => ids.has(n.id)), edges };
}

/** Adds to `base` the nodes of `full` with the given ids and every edge of `full` between shown nodes. */
export function withNodes(base: GraphData, full: GraphData, ids: Iterable<string>): GraphData {
  const want = new Set(ids);
  const have = new Set(base.nodes.map((n) => n.id));
  const extraNodes = full.nodes.filter((n) => want.has(n.id) && !have.has(n.id));
  if (!extraNodes.length) return base;
  for (const n of extraNodes) have.add(n.id);
  const edgeIds = new Set(base.edges.map((e) => e.id));
  const extraEdges = full.edges.filter((e) => !edgeIds.has(e.id) && have.has(e.source) && have.has(e.target));
  return { nodes: [...base.nodes, ...extraNodes], edges: [...base.edges, ...extraEdges] };
}

/**
 * The graph on screen: the filtered view plus the neighbourhoods of the expanded nodes,
 * plus any node the current question needs (`required`).
 */
export function visibleGraph(filtered: GraphData, full: GraphData | null, expanded: readonly string[], required: Iterable<string> = []): GraphData {
  if (!full) return filtered;
  let g = filtered;
  const extra = new Set<string>(required);
  for (const id of expanded) {
    for (const n of neighbourhood(full, id).nodes) extra.add(n.id);
  }
  g = withNodes(g, full, extra);
  return g;
}

/**
 * Client-side public filter (the server's GraphFilter has no public): keeps the programmes
 * targeting one of `publicIds` and the actors linked to them; vocabulary nodes stay.
 */
export function filterByPublics(g: GraphData, programmePublics: ReadonlyMap<string, readonly string[]>, publicIds: readonly string[]): GraphData {
  if (!publicIds.length) return g;
  const wanted = new Set(publicIds);
  const keepProg = new Set(g.nodes.filter((n) => n.type === 'Programme' && (programmePublics.get(n.id) ?? []).some((p) => wanted.has(p))).map((n) => n.id));
  const keepActors = new Set<string>();
  for (const e of g.edges) {
    if (keepProg.has(e.target)) keepActors.add(e.source);
  }
  const keep = (n: GNode) => (n.type === 'Programme' ? keepProg.has(n.id) : n.type === 'Actor' ? keepActors.has(n.id) : true);
  const nodes = g.nodes.filter(keep);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: g.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
