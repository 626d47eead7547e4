// Level of detail (issue 14): at regional or national scale the explorer draws one node per
// territory group (department, or EPCI inside a department) with the links between groups,
// and opens a group on demand in place: its members drawn inside it (a compound node), the
// other groups staying grouped. Pure functions; the data comes from graphOverview and
// graphGroupMembers (web/src/lodApi.ts).
import type { GEdge, GNode, GraphData } from './types';

/**
 * Above this many elements (nodes + edges) to draw, the explorer shows the groups instead.
 * The Finistère (about 500 elements) stays drawn whole; ten departments (about 4,300) are
 * grouped. Cytoscape stays fluid up to a few thousand elements on a modest laptop (bench:web),
 * and a picture of more than 2,500 elements cannot be read anyway.
 */
export const LOD_THRESHOLD = 2500;

export interface KindCount {
  kind: string | null;
  count: number;
}
export interface OverviewGroup {
  id: string;
  name: string;
  level: string;
  lat: number | null;
  lon: number | null;
  actorCount: number;
  programmeCount: number;
  actorKinds: readonly KindCount[];
  programmeKinds: readonly KindCount[];
}
export interface OverviewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  links: number;
}
export interface Overview {
  level: string | null;
  groups: readonly OverviewGroup[];
  edges: readonly OverviewEdge[];
}

/** Does a graph of this size get the overview? */
export function needsOverview(g: GraphData | null): boolean {
  return !!g && g.nodes.length + g.edges.length > LOD_THRESHOLD;
}

/** Side of a group node: grows with the square root of its members (its area with their number). */
export function groupSize(g: OverviewGroup): number {
  return Math.round(36 + 7 * Math.sqrt(g.actorCount + g.programmeCount));
}

/**
 * The picture of the overview: closed groups as nodes, open groups as compound nodes holding
 * their members (those the filtered view also holds), the group edges, and the links between
 * drawn members. A node that is a member of several open groups (a national programme) is
 * drawn once, outside them.
 */
export function overviewGraph(
  o: Overview,
  open: readonly string[],
  members: ReadonlyMap<string, GraphData>,
  filtered: GraphData | null,
  label: (g: OverviewGroup) => string,
): GraphData {
  const keep = filtered ? new Set(filtered.nodes.map((n) => n.id)) : null;
  const groupIds = new Set(o.groups.map((g) => g.id));
  const openSet = new Set(open.filter((id) => groupIds.has(id) && members.has(id)));
  const nodes: GNode[] = o.groups.map((g) => ({
    id: g.id,
    label: label(g),
    type: 'Group',
    kind: g.level,
    lat: g.lat,
    lon: g.lon,
    size: groupSize(g),
    ...(openSet.has(g.id) ? { open: true } : {}),
  }));
  // members of the open groups, and how many open groups hold each
  const holders = new Map<string, string[]>();
  const memberNodes = new Map<string, GNode>();
  const memberEdges = new Map<string, GEdge>();
  for (const id of openSet) {
    const m = members.get(id) as GraphData;
    for (const n of m.nodes) {
      if (keep && !keep.has(n.id)) continue;
      holders.set(n.id, [...(holders.get(n.id) ?? []), id]);
      memberNodes.set(n.id, n);
    }
    for (const e of m.edges) memberEdges.set(e.id, e);
  }
  for (const [id, n] of memberNodes) {
    const h = holders.get(id) ?? [];
    nodes.push(h.length === 1 ? { ...n, parent: h[0] } : n);
  }
  const edges: GEdge[] = o.edges.map((e) => ({ id: `grp:${e.id}`, source: e.source, target: e.target, type: e.type, formal: null, links: e.links }));
  for (const e of memberEdges.values()) if (memberNodes.has(e.source) && memberNodes.has(e.target)) edges.push(e);
  return { nodes, edges };
}
