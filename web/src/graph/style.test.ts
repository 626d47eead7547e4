import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { ACTOR_LOOK, LINK_LOOK, PROGRAMME_LOOK } from './palette';
import { buildStylesheet } from './style';
import { ACTOR_KINDS, type GraphData, LINK_TYPES, PROGRAMME_KINDS } from './types';

describe('stylesheet', () => {
  const sheet = buildStylesheet() as { selector: string; style: Record<string, unknown> }[];
  const selectors = sheet.map((b) => b.selector);

  it('draws each node and link from its data, with rules for every highlight', () => {
    expect(selectors).toContain('node');
    expect(selectors).toContain('edge');
    for (const c of ['cov-full', 'cov-partial', 'cov-via', 'hl-overlap', 'hl-gap', 'cir-root', 'cir-unlinked', 'faded']) {
      expect(selectors.some((s) => s.includes(`.${c}`))).toBe(true);
    }
    const node = sheet.find((b) => b.selector === 'node')?.style ?? {};
    expect(node.shape).toBe('data(shape)');
    expect(node['background-color']).toBe('data(fill)');
  });

  it('distinguishes categories without colour (black-and-white print)', () => {
    const shapes = ACTOR_KINDS.map((k) => ACTOR_LOOK[k]?.shape);
    expect(new Set(shapes).size).toBe(ACTOR_KINDS.length);
    const progs = PROGRAMME_KINDS.map((k) => `${PROGRAMME_LOOK[k]?.fill}|${PROGRAMME_LOOK[k]?.borderStyle}`);
    expect(new Set(progs).size).toBe(PROGRAMME_KINDS.length);
    const links = LINK_TYPES.map((l) => `${LINK_LOOK[l]?.lineStyle}|${LINK_LOOK[l]?.targetArrow}|${LINK_LOOK[l]?.sourceArrow}`);
    expect(new Set(links).size).toBe(LINK_TYPES.length);
  });

  it('is accepted by Cytoscape and resolves per element (headless)', () => {
    const g: GraphData = {
      nodes: [
        { id: 'a', label: 'DDETS', type: 'Actor', kind: 'STATE_SERVICE', lat: null, lon: null },
        { id: 'P', label: 'AGIR', type: 'Programme', kind: 'GLOBAL_SUPPORT', lat: null, lon: null },
      ],
      edges: [{ id: 'FUNDS:a->P', source: 'a', target: 'P', type: 'FUNDS', formal: true }],
    };
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements: toElements(g) });
    for (const k of ACTOR_KINDS) expect(ACTOR_LOOK[k]).toBeDefined();
    for (const k of PROGRAMME_KINDS) expect(PROGRAMME_LOOK[k]).toBeDefined();
    for (const l of LINK_TYPES) expect(LINK_LOOK[l]).toBeDefined();
    expect(cy.getElementById('a').style('shape')).toBe('star');
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(0,114,178)');
    expect(cy.getElementById('P').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('a').style('label')).toBe('DDETS');
    const e = cy.getElementById('FUNDS:a->P');
    expect(e.style('target-arrow-shape')).toBe('diamond');
    expect(e.style('width')).toBe('2.8px'); // formal links are thicker (1.8 + 1)
    expect(e.style('line-color')).toBe('rgb(0,114,178)');
    cy.getElementById('a').addClass('faded');
    expect(Number(cy.getElementById('a').style('opacity'))).toBeLessThan(0.5);
    cy.destroy();
  });
});
