// Synthetic clustered graphs for the benchmark (about 1.5 edges per node).
import { mulberry32 } from './random';
import { ACTOR_KINDS, type GraphData, LINK_TYPES, PROGRAMME_KINDS } from './types';

/** A graph with about `elements` elements (nodes + edges), deterministic for a given seed. */
export function syntheticGraph(elements: number, seed = 1): GraphData {
  const rnd = mulberry32(seed);
  const nodeCount = Math.max(2, Math.round(elements / 2.5));
  const edgeCount = elements - nodeCount;
  const clusters = Math.max(1, Math.round(nodeCount / 40));
  const nodes: GraphData['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const isProg = i % 7 === 0;
    nodes.push({
      id: `s${i}`,
      label: `${isProg ? 'Dispositif' : 'Acteur'} ${i}`,
      type: isProg ? 'Programme' : 'Actor',
      kind: isProg ? (PROGRAMME_KINDS[i % 3] as string) : (ACTOR_KINDS[i % ACTOR_KINDS.length] as string),
      lat: 47.9 + rnd() * 0.8,
      lon: -4.7 + rnd() * 1.5,
    });
  }
  const edges: GraphData['edges'] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 10) {
    const a = Math.floor(rnd() * nodeCount);
    const cluster = a % clusters;
    const sameCluster = rnd() < 0.9;
    let b = sameCluster ? cluster + clusters * Math.floor(rnd() * Math.ceil(nodeCount / clusters)) : Math.floor(rnd() * nodeCount);
    if (b >= nodeCount) b = Math.floor(rnd() * nodeCount);
    if (a === b) continue;
    const type = LINK_TYPES[Math.floor(rnd() * LINK_TYPES.length)] as string;
    const id = `${type}:s${a}->s${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: `s${a}`, target: `s${b}`, type, formal: rnd() < 0.3 });
  }
  return { nodes, edges };
}
