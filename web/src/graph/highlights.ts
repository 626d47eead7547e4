// Analysis results → what to emphasise on the graph (classes, overlay edges, nodes to show).
import type { Core, ElementDefinition } from 'cytoscape';
import type { AnalysisId } from '../graphql';

export interface Highlight {
  analysis: AnalysisId | 'none';
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

export const NO_HIGHLIGHT: Highlight = { analysis: 'none', classes: new Map(), extraEdges: [], required: [], fadeOthers: false };

/** Every class a highlight may add (removed before applying the next one). */
export const HIGHLIGHT_CLASSES = [
  'faded',
  'cov-full',
  'cov-any',
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

/** The elements that answer a question (framed when the rest is faded). */
export const ANSWER_SELECTOR = '.cov-full, .cov-partial, .cov-any, .cov-via, .cov-target, .hl-pair, .hl-extra';

const HIGHLIGHTED = HIGHLIGHT_CLASSES.split(' ')
  .map((c) => `.${c}`)
  .join(', ');

export const add = (m: Map<string, string[]>, id: string, cls: string) => {
  const l = m.get(id);
  if (l) {
    if (!l.includes(cls)) l.push(cls);
  } else m.set(id, [cls]);
};

/** Base look data of overlay edges (their class rules override it). */
export const OVERLAY_LOOK = { color: '#000000', lw: 2, lstyle: 'solid', tarrow: 'none', sarrow: 'none' };

export const linkEdgeId = (type: string, source: string, target: string) => `${type}:${source}->${target}`;

/** The id of an unordered pair (a|b with a < b). */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Pairs (overlaps, information gaps) drawn as overlay edges between their two ends. */
export function pairHighlight(
  analysis: AnalysisId,
  pairs: readonly { a: { id: string }; b: { id: string }; value: number; label: string }[],
  overlay: { prefix: string; type: string; cls: string; dataKey: string },
): Highlight {
  const classes = new Map<string, string[]>();
  const extraEdges: ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const o of pairs) {
    const key = pairKey(o.a.id, o.b.id);
    if (seen.has(key)) continue;
    seen.add(key);
    add(classes, o.a.id, 'hl-pair');
    add(classes, o.b.id, 'hl-pair');
    extraEdges.push({
      group: 'edges',
      data: {
        id: `${overlay.prefix}:${key}`,
        item: key,
        source: o.a.id,
        target: o.b.id,
        type: overlay.type,
        [overlay.dataKey]: o.value,
        label: o.label,
        ...OVERLAY_LOOK,
      },
      classes: `hl-extra ${overlay.cls}`,
    });
  }
  return { analysis, classes, extraEdges, required: [...classes.keys()], fadeOthers: true };
}

/** Applies a highlight's classes to a Cytoscape instance (headless or not); its overlay edges are elements of the view. */
export function applyHighlight(cy: Core, h: Highlight): void {
  cy.batch(() => {
    // only the elements that carry a highlight (on a large new graph, none: no pass over all of them)
    cy.elements(HIGHLIGHTED).removeClass(HIGHLIGHT_CLASSES);
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

/** The overlay edges whose two ends are in the graph (in focus: only those of the items in focus). */
export function presentOverlays(h: Highlight, nodeIds: ReadonlySet<string>, items?: ReadonlySet<string> | null): ElementDefinition[] {
  return h.extraEdges.filter((e) => {
    const d = e.data as { source: string; target: string; item?: string };
    return nodeIds.has(d.source) && nodeIds.has(d.target) && (!items || (d.item !== undefined && items.has(d.item)));
  });
}
