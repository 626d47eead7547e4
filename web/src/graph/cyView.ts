// The imperative side of the graph view, on a Cytoscape instance: seeded layouts, framing,
// selection marks and the layout engine's warm-up (used by components/GraphView.tsx).

import type { StylesheetJson } from 'cytoscape';
import cytoscape, { type Core } from 'cytoscape';
import { toElements } from './elements';
import { ANSWER_SELECTOR, type Highlight } from './highlights';
import { geoPositions, type LayoutName, layoutOptions } from './layouts';
import { hashString, withSeededRandom } from './random';
import { ANSWER_FONT, MIN_LABEL_PX } from './style';
import { syntheticGraph } from './synthetic';
import type { GraphData } from './types';

/** Above this many elements the renderer draws a texture while panning (keeps panning fluid). */
const BIG_GRAPH = 3000;
/** A fitted view is never zoomed in further than this (a single pair would fill the screen). */
const MAX_FIT_ZOOM = 1.4;

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Runs a layout with a seeded random source on the elements sorted by id, so that the same
 * elements always get the same picture, whatever order they were added in.
 */
export function runLayout(cy: Core, name: LayoutName, graph: GraphData, cirDistance?: ReadonlyMap<string, number>): Promise<void> {
  const eles = cy.elements().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
  const count = eles.length;
  const roots = cy.getElementById('CIR').nonempty() ? ['CIR'] : undefined;
  const opts = layoutOptions(name, {
    count,
    nodeCount: eles.nodes().length,
    cirDistance,
    roots,
    positions: name === 'geo' ? geoPositions(graph.nodes, graph.edges) : undefined,
  });
  const r = (cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer();
  r.textureOnViewport = count > BIG_GRAPH;
  return new Promise((resolve) => {
    const layout = eles.layout({ ...opts, stop: () => resolve() } as typeof opts);
    const seed = hashString(
      `${name}|${eles
        .nodes()
        .map((n) => n.id())
        .join(',')}`,
    );
    withSeededRandom(seed, () => layout.run());
  });
}

/** The zoom at which the answers' labels reach the minimum readable size. */
const READABLE_ZOOM = MIN_LABEL_PX / ANSWER_FONT;

/**
 * Frames the answer (or everything): fitted, never zoomed in beyond MAX_FIT_ZOOM. When the answer
 * is too large for its labels to be read, the best answer (`primary`) is shown readable, centred.
 */
export function frame(cy: Core, h: Highlight, primary: readonly string[]) {
  const answer = h.fadeOthers ? cy.elements(ANSWER_SELECTOR) : cy.collection();
  const eles = answer.nonempty() ? answer : cy.elements();
  if (eles.empty()) return;
  cy.fit(eles, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(eles);
  }
  const best = primary.reduce((c, id) => c.union(cy.getElementById(id)), cy.collection());
  if (cy.zoom() < READABLE_ZOOM && best.nonempty()) {
    cy.zoom(READABLE_ZOOM);
    cy.center(best);
  }
}

let warmed = false;
/**
 * Runs fcose once on a small headless graph while the data is on its way: the browser compiles
 * the layout code then, not during the first real layout (about half of its time on first use).
 */
export function warmLayoutEngine(style: StylesheetJson) {
  if (warmed) return;
  warmed = true;
  const g = syntheticGraph(150, 7);
  const headless = cytoscape({ headless: true, styleEnabled: true, style, elements: toElements(g) });
  withSeededRandom(1, () => headless.layout(layoutOptions('fcose', { count: headless.elements().length, nodeCount: headless.nodes().length })).run());
  headless.destroy();
}

export function select(cy: Core, id: string | null) {
  cy.nodes(':selected').unselect();
  if (id) cy.getElementById(id).select();
}

export function markExpanded(cy: Core, ids: readonly string[]) {
  cy.nodes('.expanded').removeClass('expanded');
  for (const id of ids) cy.getElementById(id).addClass('expanded');
}
