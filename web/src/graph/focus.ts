// Focus mode: the graph of an answer — only the nodes that answer and explain it, with the
// links of the cartography between them and the links that explain it.
import type { FocusSpec } from '../analyses/types';
import type { GraphData } from './types';

export function focusGraph(full: GraphData, spec: FocusSpec): GraphData {
  const byId = new Map(full.nodes.map((n) => [n.id, n]));
  const ids = new Set<string>();
  const nodes: GraphData['nodes'] = [];
  for (const id of spec.nodes) {
    const n = byId.get(id);
    if (n && !ids.has(id)) {
      ids.add(id);
      nodes.push(n);
    }
  }
  for (const n of spec.extraNodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    nodes.push(byId.get(n.id) ?? n);
  }
  const edges = full.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const edgeIds = new Set(edges.map((e) => e.id));
  for (const e of spec.extraEdges) {
    if (edgeIds.has(e.id) || !ids.has(e.source) || !ids.has(e.target)) continue;
    edgeIds.add(e.id);
    edges.push(e);
  }
  return { nodes, edges };
}
