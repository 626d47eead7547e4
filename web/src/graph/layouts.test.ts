import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { cirRing, FCOSE_DRAFT_ABOVE, geoPositions, kindRing, layoutOptions } from './layouts';
import { withSeededRandom } from './random';
import { syntheticGraph } from './synthetic';
import type { GNode } from './types';

cytoscape.use(fcose);

const node = (id: string, lat: number | null, lon: number | null, type: GNode['type'] = 'Actor'): GNode => ({
  id,
  label: id,
  type,
  kind: 'ASSOCIATION',
  lat,
  lon,
});

describe('geographic layout', () => {
  it('projects east to the right and north up, spreading actors of the same commune', () => {
    const nodes = [node('brest', 48.39, -4.49), node('morlaix', 48.58, -3.83), node('quimper', 47.99, -4.1), node('quimper2', 47.99, -4.1)];
    const p = geoPositions(nodes, []);
    const brest = p.get('brest');
    const morlaix = p.get('morlaix');
    const quimper = p.get('quimper');
    const quimper2 = p.get('quimper2');
    if (!brest || !morlaix || !quimper || !quimper2) throw new Error('missing positions');
    expect(morlaix.x).toBeGreaterThan(brest.x);
    expect(morlaix.y).toBeLessThan(brest.y);
    expect(quimper.y).toBeGreaterThan(brest.y);
    const d = Math.hypot(quimper.x - quimper2.x, quimper.y - quimper2.y);
    expect(d).toBeGreaterThan(20);
    expect(d).toBeLessThan(60);
    expect(cirRing(undefined, 'Programme')).toBeGreaterThan(cirRing(undefined, 'Actor'));
  });

  it('places programmes near their located neighbours and the rest under the map', () => {
    const nodes = [node('a', 48, -4), node('b', 48.2, -4.2), node('P', null, null, 'Programme'), node('X', null, null, 'Barrier')];
    const edges = [
      { id: 'e1', source: 'a', target: 'P', type: 'OPERATES', formal: null },
      { id: 'e2', source: 'b', target: 'P', type: 'OPERATES', formal: null },
    ];
    const p = geoPositions(nodes, edges);
    const a = p.get('a');
    const b = p.get('b');
    const P = p.get('P');
    const X = p.get('X');
    if (!a || !b || !P || !X) throw new Error('missing positions');
    expect(Math.hypot(P.x - (a.x + b.x) / 2, P.y - (a.y + b.y) / 2)).toBeLessThanOrEqual(41);
    expect(X.y).toBeGreaterThan(Math.max(a.y, b.y));
  });
});

describe('layout options', () => {
  it('uses fcose draft quality above the threshold', () => {
    expect((layoutOptions('fcose', { count: 200 }) as unknown as { quality: string }).quality).toBe('default');
    expect((layoutOptions('fcose', { count: FCOSE_DRAFT_ABOVE + 1 }) as unknown as { quality: string }).quality).toBe('draft');
  });
  it('rings programmes inside actors and, with CIR distances, the CIR in the centre and unlinked outside', () => {
    expect(kindRing('Programme', 'SPECIALISED')).toBeGreaterThan(kindRing('Actor', 'STATE_SERVICE'));
    expect(kindRing('Actor', 'STATE_SERVICE')).toBeGreaterThan(kindRing('Actor', 'OTHER'));
    expect(kindRing('Actor', 'OTHER')).toBeGreaterThan(kindRing('Barrier', ''));
    expect(cirRing(0)).toBeGreaterThan(cirRing(1));
    expect(cirRing(1)).toBeGreaterThan(cirRing(2));
    expect(cirRing(undefined)).toBeLessThan(cirRing(9));
  });
  it('roots the hierarchy at the CIR when given', () => {
    expect((layoutOptions('hierarchy', { count: 10, roots: ['CIR'] }) as { roots?: string }).roots).toBe('#CIR');
  });

  it('is reproducible with a seeded random source (a shared link shows the same picture)', () => {
    const run = () => {
      const cy = cytoscape({ headless: true, elements: toElements(syntheticGraph(300, 3)) });
      withSeededRandom(42, () => cy.layout(layoutOptions('fcose', { count: cy.elements().length })).run());
      const pos = cy.nodes().map((n) => [n.position('x'), n.position('y')]);
      cy.destroy();
      return pos;
    };
    const a = run();
    const b = run();
    expect(a).toEqual(b);
    expect(new Set(a.map((p) => p.join(','))).size).toBeGreaterThan(10);
  });
});
