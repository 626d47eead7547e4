// Analysis results → what to emphasise on the graph (classes, overlay edges, nodes to show).
import type { Core, ElementDefinition } from 'cytoscape';
import type { CirResult, CoverageResult, InfoGapResult, OverlapResult } from './types';

export const MODES = ['none', 'coverage', 'overlaps', 'gaps', 'cir', 'matrix'] as const;
export type Mode = (typeof MODES)[number];

export interface Highlight {
  mode: Mode;
  /** element id → classes to add */
  classes: Map<string, string[]>;
  /** overlay edges (class hl-extra) */
  extraEdges: ElementDefinition[];
  /** node ids that must be on screen for the answer to be seen */
  required: string[];
  /** fade every element without a highlight class */
  fadeOthers: boolean;
  /** CIR distance per actor id (0 for the CIR itself), for the concentric layout */
  cirDistance?: Map<string, number>;
}

export const NO_HIGHLIGHT: Highlight = { mode: 'none', classes: new Map(), extraEdges: [], required: [], fadeOthers: false };

/** Every class a highlight may add (removed before applying the next one). */
export const HIGHLIGHT_CLASSES = [
  'faded',
  'cov-full',
  'cov-partial',
  'cov-via',
  'cov-target',
  'cov-path',
  'hl-pair',
  'cir-root',
  'cir-d1',
  'cir-d2',
  'cir-d3',
  'cir-d4',
  'cir-unlinked',
].join(' ');

const add = (m: Map<string, string[]>, id: string, cls: string) => {
  const l = m.get(id);
  if (l) {
    if (!l.includes(cls)) l.push(cls);
  } else m.set(id, [cls]);
};

/** Base look data of overlay edges (their class rules override it). */
const OVERLAY_LOOK = { color: '#000000', lw: 2, lstyle: 'solid', tarrow: 'none', sarrow: 'none' };

export const linkEdgeId = (type: string, source: string, target: string) => `${type}:${source}->${target}`;

export function coverageHighlight(r: CoverageResult): Highlight {
  const classes = new Map<string, string[]>();
  const required: string[] = [];
  for (const c of r.actors) {
    add(classes, c.actor.id, c.scope === 'FULL' ? 'cov-full' : 'cov-partial');
    required.push(c.actor.id);
    for (const p of c.via) {
      add(classes, p.id, 'cov-via');
      required.push(p.id);
      add(classes, linkEdgeId('OPERATES', c.actor.id, p.id), 'cov-path');
    }
  }
  add(classes, r.barrier.id, 'cov-target');
  if (r.territory) add(classes, r.territory.id, 'cov-target');
  return { mode: 'coverage', classes, extraEdges: [], required: [...new Set(required)], fadeOthers: true };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function overlapHighlight(list: readonly OverlapResult[]): Highlight {
  const classes = new Map<string, string[]>();
  const extraEdges: ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const o of list) {
    const key = pairKey(o.a.id, o.b.id);
    if (seen.has(key)) continue;
    seen.add(key);
    add(classes, o.a.id, 'hl-pair');
    add(classes, o.b.id, 'hl-pair');
    extraEdges.push({
      group: 'edges',
      data: { id: `overlap:${key}`, source: o.a.id, target: o.b.id, type: 'OVERLAP', score: o.score, label: o.score.toFixed(2), ...OVERLAY_LOOK },
      classes: 'hl-extra hl-overlap',
    });
  }
  return { mode: 'overlaps', classes, extraEdges, required: [...classes.keys()], fadeOthers: true };
}

export function gapHighlight(list: readonly InfoGapResult[]): Highlight {
  const classes = new Map<string, string[]>();
  const extraEdges: ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const g of list) {
    const key = pairKey(g.a.id, g.b.id);
    if (seen.has(key)) continue;
    seen.add(key);
    add(classes, g.a.id, 'hl-pair');
    add(classes, g.b.id, 'hl-pair');
    extraEdges.push({
      group: 'edges',
      data: { id: `gap:${key}`, source: g.a.id, target: g.b.id, type: 'INFO_GAP', strength: g.strength, label: String(g.strength), ...OVERLAY_LOOK },
      classes: 'hl-extra hl-gap',
    });
  }
  return { mode: 'gaps', classes, extraEdges, required: [...classes.keys()], fadeOthers: true };
}

export function cirHighlight(r: CirResult): Highlight {
  const classes = new Map<string, string[]>();
  const cirDistance = new Map<string, number>([[r.cir.id, 0]]);
  add(classes, r.cir.id, 'cir-root');
  for (const l of r.linked) {
    add(classes, l.actor.id, `cir-d${Math.min(Math.max(l.distance, 1), 4)}`);
    cirDistance.set(l.actor.id, l.distance);
  }
  for (const u of r.unlinked) add(classes, u.id, 'cir-unlinked');
  return { mode: 'cir', classes, extraEdges: [], required: [r.cir.id], fadeOthers: false, cirDistance };
}

/** Applies a highlight to a Cytoscape instance (headless or not): old overlays removed first. */
export function applyHighlight(cy: Core, h: Highlight): void {
  cy.batch(() => {
    cy.elements('.hl-extra').remove();
    cy.elements().removeClass(HIGHLIGHT_CLASSES);
    const present = h.extraEdges.filter((e) => {
      const d = e.data as { source: string; target: string };
      return cy.getElementById(d.source).nonempty() && cy.getElementById(d.target).nonempty();
    });
    if (present.length) cy.add(present);
    for (const [id, cls] of h.classes) {
      const el = cy.getElementById(id);
      if (el.nonempty()) el.addClass(cls.join(' '));
    }
    if (h.fadeOthers) {
      const marked = new Set(h.classes.keys());
      cy.nodes().forEach((n) => {
        if (!marked.has(n.id())) n.addClass('faded');
      });
      cy.edges().forEach((e) => {
        if (e.hasClass('hl-extra') || e.hasClass('cov-path')) return;
        const both = marked.has(e.source().id()) && marked.has(e.target().id());
        if (!both) e.addClass('faded');
      });
    }
  });
}
