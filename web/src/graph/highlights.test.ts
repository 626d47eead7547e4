import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { applyHighlight, cirHighlight, coverageHighlight, gapHighlight, NO_HIGHLIGHT, overlapHighlight } from './highlights';
import type { CoverageResult, GraphData } from './types';

const contact = (id: string) => ({ id, name: id.toUpperCase(), kind: 'ASSOCIATION', email: null, phone: null, website: null, commune: null });
const coverage: CoverageResult = {
  barrier: { id: 'CHILDCARE', label: 'Garde d’enfants' },
  territory: { id: '29151', name: 'Morlaix' },
  actors: [
    { actor: contact('caf'), scope: 'FULL', via: [] },
    { actor: contact('ccas'), scope: 'PARTIAL', via: [{ id: 'CRECHES', name: 'Crèches AVIP' }] },
  ],
};

const graph: GraphData = {
  nodes: ['caf', 'ccas', 'ml', 'CRECHES', 'P2'].map((id) => ({
    id,
    label: id,
    type: id === id.toUpperCase() ? 'Programme' : 'Actor',
    kind: id === id.toUpperCase() ? 'COMMON_LAW' : 'ASSOCIATION',
    lat: null,
    lon: null,
  })),
  edges: [
    { id: 'OPERATES:ccas->CRECHES', source: 'ccas', target: 'CRECHES', type: 'OPERATES', formal: null },
    { id: 'PARTNERS_WITH:ml->caf', source: 'ml', target: 'caf', type: 'PARTNERS_WITH', formal: null },
  ],
};

function headless() {
  return cytoscape({ headless: true, elements: toElements(graph) });
}

describe('coverage highlight', () => {
  it('marks FULL and PARTIAL actors, the programmes they go through, and requires them on screen', () => {
    const h = coverageHighlight(coverage);
    expect(h.classes.get('caf')).toEqual(['cov-full']);
    expect(h.classes.get('ccas')).toEqual(['cov-partial']);
    expect(h.classes.get('CRECHES')).toEqual(['cov-via']);
    expect(h.classes.get('OPERATES:ccas->CRECHES')).toEqual(['cov-path']);
    expect(h.required.sort()).toEqual(['CRECHES', 'caf', 'ccas']);
    expect(h.fadeOthers).toBe(true);
  });

  it('applies to a Cytoscape instance: highlighted exactly the answer, everything else faded', () => {
    const cy = headless();
    applyHighlight(cy, coverageHighlight(coverage));
    expect(cy.nodes('.cov-full').map((n) => n.id())).toEqual(['caf']);
    expect(cy.nodes('.cov-partial').map((n) => n.id())).toEqual(['ccas']);
    expect(
      cy
        .nodes('.faded')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['P2', 'ml']);
    expect(cy.getElementById('PARTNERS_WITH:ml->caf').hasClass('faded')).toBe(true);
    expect(cy.getElementById('OPERATES:ccas->CRECHES').hasClass('faded')).toBe(false);
    // switching off removes every trace
    applyHighlight(cy, NO_HIGHLIGHT);
    expect(cy.elements('.faded, .cov-full, .cov-partial, .cov-via, .cov-path')).toHaveLength(0);
    cy.destroy();
  });
});

describe('overlay edges', () => {
  it('draws one overlap edge per pair, weighted by score, only between nodes on screen', () => {
    const h = overlapHighlight([
      { a: { id: 'CRECHES', name: 'C' }, b: { id: 'P2', name: 'P2' }, score: 0.75, sharedBarriers: [], sharedTerritories: [], sharedPublics: [] },
      { a: { id: 'P2', name: 'P2' }, b: { id: 'CRECHES', name: 'C' }, score: 0.75, sharedBarriers: [], sharedTerritories: [], sharedPublics: [] },
      { a: { id: 'P2', name: 'P2' }, b: { id: 'ABSENT', name: 'X' }, score: 0.5, sharedBarriers: [], sharedTerritories: [], sharedPublics: [] },
    ]);
    expect(h.extraEdges).toHaveLength(2);
    const cy = headless();
    applyHighlight(cy, h);
    const overlay = cy.edges('.hl-overlap');
    expect(overlay).toHaveLength(1);
    expect(overlay[0]?.data('score')).toBe(0.75);
    expect(overlay[0]?.data('label')).toBe('0.75');
    // a new highlight replaces the overlay edges
    applyHighlight(cy, gapHighlight([{ a: { id: 'caf', name: 'CAF' }, b: { id: 'ml', name: 'ML' }, strength: 3, reasons: ['x', 'y', 'z'] }]));
    expect(cy.edges('.hl-overlap')).toHaveLength(0);
    const gaps = cy.edges('.hl-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.data('strength')).toBe(3);
    expect(
      cy
        .nodes('.hl-pair')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['caf', 'ml']);
    cy.destroy();
  });
});

describe('CIR highlight', () => {
  it('colours by distance, flags unlinked actors and gives distances for the rings', () => {
    const h = cirHighlight({
      cir: { id: 'CIR', name: 'CIR' },
      linked: [
        { actor: { id: 'ofii', name: 'OFII' }, distance: 1, path: ['ofii', 'CIR'] },
        { actor: { id: 'caf', name: 'CAF' }, distance: 2, path: ['caf', 'ofii', 'CIR'] },
      ],
      unlinked: [{ id: 'ml', name: 'ML' }],
    });
    expect(h.classes.get('CIR')).toEqual(['cir-root']);
    expect(h.classes.get('ofii')).toEqual(['cir-d1']);
    expect(h.classes.get('caf')).toEqual(['cir-d2']);
    expect(h.classes.get('ml')).toEqual(['cir-unlinked']);
    expect(h.cirDistance?.get('caf')).toBe(2);
    expect(h.cirDistance?.get('CIR')).toBe(0);
    expect(h.required).toEqual(['CIR']);
    expect(h.fadeOthers).toBe(false);
  });
});
