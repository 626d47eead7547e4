import { describe, expect, it } from 'vitest';
import { filterByPublics, mergeGraphs, neighbourhood, toElements, visibleGraph, withNodes } from './elements';
import { shortLabel } from './label';
import type { GraphData } from './types';

const g: GraphData = {
  nodes: [
    { id: 'ofii', label: 'OFII – direction territoriale', type: 'Actor', kind: 'STATE_SERVICE', lat: 48.4, lon: -4.5 },
    { id: 'CIR', label: 'CIR – Contrat d’intégration républicaine', type: 'Programme', kind: 'SPECIALISED', lat: null, lon: null },
    { id: 'caf', label: 'CAF du Finistère', type: 'Actor', kind: 'SOCIAL_PROTECTION', lat: 48, lon: -4.1 },
  ],
  edges: [
    { id: 'OPERATES:ofii->CIR', source: 'ofii', target: 'CIR', type: 'OPERATES', formal: true },
    { id: 'PARTNERS_WITH:caf->ofii', source: 'caf', target: 'ofii', type: 'PARTNERS_WITH', formal: null },
    { id: 'FUNDS:ghost->CIR', source: 'ghost', target: 'CIR', type: 'FUNDS', formal: false },
  ],
};

describe('toElements', () => {
  it('gives flat data, type and kind classes, and drops edges with a missing end', () => {
    const els = toElements(g);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(3);
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['OPERATES:ofii->CIR', 'PARTNERS_WITH:caf->ofii']);
    const ofii = els.find((e) => e.data.id === 'ofii');
    expect(ofii?.classes).toBe('t-Actor k-STATE_SERVICE');
    expect(ofii?.data).toMatchObject({
      label: 'OFII – direction territoriale',
      name: 'OFII – direction territoriale',
      type: 'Actor',
      kind: 'STATE_SERVICE',
      lat: 48.4,
    });
    expect(els.find((e) => e.data.id === 'OPERATES:ofii->CIR')?.classes).toBe('l-OPERATES formal');
    expect(els.find((e) => e.data.id === 'PARTNERS_WITH:caf->ofii')?.classes).toBe('l-PARTNERS_WITH');
  });
});

describe('shortLabel', () => {
  it('keeps short names and uses the acronym before a dash for long ones', () => {
    expect(shortLabel('CAF du Finistère')).toBe('CAF du Finistère');
    expect(shortLabel('CIR – Contrat d’intégration républicaine')).toBe('CIR');
  });
  it('cuts long names at a word boundary with an ellipsis', () => {
    const s = shortLabel('Association brestoise pour l’alphabétisation et l’apprentissage du français');
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(32);
    expect(s.startsWith('Association brestoise')).toBe(true);
  });
});

describe('graph composition', () => {
  const full: GraphData = {
    nodes: [...g.nodes, { id: 'ml', label: 'Mission locale', type: 'Actor', kind: 'PUBLIC_EMPLOYMENT_SERVICE', lat: null, lon: null }],
    edges: [...g.edges.slice(0, 2), { id: 'REFERS_TO:ml->caf', source: 'ml', target: 'caf', type: 'REFERS_TO', formal: null }],
  };
  const filtered: GraphData = { nodes: [g.nodes[2] as GraphData['nodes'][0]], edges: [] };

  it('finds the neighbourhood of a node', () => {
    const n = neighbourhood(full, 'caf');
    expect(n.nodes.map((x) => x.id).sort()).toEqual(['caf', 'ml', 'ofii']);
    expect(n.edges).toHaveLength(2);
  });

  it('adds expanded neighbourhoods and required nodes with the edges between shown nodes', () => {
    const v = visibleGraph(filtered, full, ['caf']);
    expect(v.nodes.map((x) => x.id).sort()).toEqual(['caf', 'ml', 'ofii']);
    expect(v.edges.map((e) => e.id).sort()).toEqual(['PARTNERS_WITH:caf->ofii', 'REFERS_TO:ml->caf']);
    const r = visibleGraph(filtered, full, [], ['CIR']);
    expect(r.nodes.map((x) => x.id).sort()).toEqual(['CIR', 'caf']);
    expect(visibleGraph(filtered, null, ['caf'])).toBe(filtered);
  });

  it('withNodes leaves the graph unchanged when nothing is missing', () => {
    expect(withNodes(full, full, ['caf'])).toBe(full);
  });

  it('merges graphs without duplicates', () => {
    const m = mergeGraphs(g, full);
    expect(m.nodes).toHaveLength(4);
    expect(new Set(m.edges.map((e) => e.id)).size).toBe(m.edges.length);
  });
});

describe('filterByPublics', () => {
  const graph: GraphData = {
    nodes: [
      { id: 'a', label: 'A', type: 'Actor', kind: 'ASSOCIATION', lat: null, lon: null },
      { id: 'b', label: 'B', type: 'Actor', kind: 'ASSOCIATION', lat: null, lon: null },
      { id: 'P1', label: 'P1', type: 'Programme', kind: 'COMMON_LAW', lat: null, lon: null },
      { id: 'P2', label: 'P2', type: 'Programme', kind: 'COMMON_LAW', lat: null, lon: null },
      { id: 'HOUSING_ACCESS', label: 'Logement', type: 'Barrier', kind: null, lat: null, lon: null },
    ],
    edges: [
      { id: 'OPERATES:a->P1', source: 'a', target: 'P1', type: 'OPERATES', formal: null },
      { id: 'OPERATES:b->P2', source: 'b', target: 'P2', type: 'OPERATES', formal: null },
      { id: 'PARTNERS_WITH:a->b', source: 'a', target: 'b', type: 'PARTNERS_WITH', formal: null },
    ],
  };
  const publics = new Map([
    ['P1', ['BPI']],
    ['P2', ['YOUNG_UNDER_26']],
  ]);
  it('keeps the programmes for the public and the actors linked to them', () => {
    const f = filterByPublics(graph, publics, ['BPI']);
    expect(f.nodes.map((n) => n.id).sort()).toEqual(['HOUSING_ACCESS', 'P1', 'a']);
    expect(f.edges.map((e) => e.id)).toEqual(['OPERATES:a->P1']);
  });
  it('does nothing without a public', () => {
    expect(filterByPublics(graph, publics, [])).toBe(graph);
  });
});
