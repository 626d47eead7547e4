// The report's diagrams (SPEC "The report"): the explorer's own drawing — its elements, stylesheet
// (shape and line style per kind, legible in black and white), seeded fcose layout, cytoscape-svg
// and the export frame (title, legend, date, source line) — rendered off screen into one SVG per
// diagram, sized for a landscape A4 page (report.css, `@page diagram`).
import cytoscape, { type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { byId, runLayout } from '../graph/cyView';
import { toElements } from '../graph/elements';
import { composeFrame, frameSvg, type Measure } from '../graph/exportFrame';
import type { LegendSection } from '../graph/legend';
import { buildStylesheet, FONT_STACK } from '../graph/style';
import type { GraphData } from '../graph/types';

cytoscape.use(fcose);
cytoscape.use(svg);

/**
 * Room for the graph in the frame: with the legend (250 px) and margins the frame is at most
 * 1100 px wide, so that on the landscape A4 page (273 × 177 mm inside the margins, 1032 × 669
 * CSS px) it is scaled by about 0.94 and the legend's 12 px text prints at 8.5 pt.
 */
const GRAPH_BOX = { w: 800, h: 560 };
/** Label size (px, before the page's scale) of a decluttered diagram: about 7 pt on paper for the whole cartography. */
const DECLUTTER_FONT = 24;
/** A small graph is not blown up beyond this (its labels would print huge). */
const MAX_SCALE = 1.25;

/**
 * Hides the labels that would overlap another one (the most linked nodes keep theirs): a dense
 * whole cartography then shows every node and the names that can be read, not a smudge.
 */
function declutter(cy: cytoscape.Core) {
  type Box = { x1: number; y1: number; x2: number; y2: number };
  const kept: Box[] = [];
  const hits = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const order = cy
    .nodes()
    .toArray()
    .sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1));
  for (const n of order) {
    const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (kept.some((k) => hits(k, box))) n.data('label', '');
    else kept.push(box);
  }
}

/** The explorer's stylesheet, with every label drawn whatever the scale (the page, not a zoom, sizes them). */
function reportStylesheet(): StylesheetJson {
  return [
    ...(buildStylesheet() as unknown as object[]),
    { selector: 'node', style: { 'min-zoomed-font-size': 0, 'text-wrap': 'none', 'text-background-opacity': 0.85 } },
  ] as unknown as StylesheetJson;
}

let sheet: StylesheetJson | null = null;

export interface DiagramText {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly LegendSection[];
  dateLine: string;
  sourceLine: string;
}

export interface Diagram {
  svg: string;
  /** the drawn node labels (as on the graph: short labels) */
  labels: string[];
}

function measure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, bold) => {
    if (!ctx) return text.length * size * 0.62;
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT_STACK}`;
    return ctx.measureText(text).width;
  };
}

/**
 * Draws `graph` off screen with the explorer's layout and style, and returns the framed SVG.
 * Same elements, same picture: the layout is seeded by the elements' ids (cyView.runLayout).
 */
export async function renderDiagram(graph: GraphData, text: DiagramText, opts: { declutter?: boolean } = {}): Promise<Diagram> {
  sheet ??= reportStylesheet();
  const sorted: GraphData = { nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
  const container = document.createElement('div');
  container.style.cssText = 'position:fixed;left:-20000px;top:0;width:800px;height:560px;visibility:hidden';
  document.body.appendChild(container);
  const cy = cytoscape({ container, style: sheet, elements: toElements(sorted), layout: { name: 'preset' }, pixelRatio: 1 });
  try {
    await runLayout(cy, 'fcose', sorted);
    if (opts.declutter) {
      // scaled down to the page, a 12 px label would print at ~4 pt: larger labels, fewer of them
      cy.nodes().style('font-size', DECLUTTER_FONT);
      declutter(cy);
    }
    const bb = cy.elements().boundingBox({});
    const scale = Math.min(GRAPH_BOX.w / bb.w, GRAPH_BOX.h / bb.h, MAX_SCALE);
    const frame = composeFrame({
      ...text,
      graphWidth: Math.max(Math.round(bb.w * scale), 200),
      graphHeight: Math.max(Math.round(bb.h * scale), 120),
      measure: measure(),
    });
    const graphSvg = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
    return {
      svg: frameSvg(frame, graphSvg),
      labels: cy
        .nodes()
        .map((n) => String(n.data('label')))
        .filter(Boolean),
    };
  } finally {
    cy.destroy();
    container.remove();
  }
}
