// The Cytoscape view (lazy-loaded): elements, layout, highlight, selection, viewport.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { setCy } from '../cyRegistry';
import { toElements } from '../graph/elements';
import { applyHighlight, type Highlight } from '../graph/highlights';
import { FCOSE_DRAFT_ABOVE, geoPositions, type LayoutName, layoutOptions } from '../graph/layouts';
import { hashString, withSeededRandom } from '../graph/random';
import { buildStylesheet } from '../graph/style';
import { syntheticGraph } from '../graph/synthetic';
import type { GraphData } from '../graph/types';
import type { Viewport } from '../graph/urlState';
import type { T } from '../i18n';
import { useCytoscape } from './useCytoscape';

export interface GraphViewProps {
  graph: GraphData;
  highlight: Highlight;
  highlightKey: string;
  layout: LayoutName;
  selected: string | null;
  expanded: readonly string[];
  /** data or an answer is still loading: the view is not final */
  busy: boolean;
  /** viewport to restore after the first layout (from a shared link) */
  initialViewport: Viewport | null;
  onSelect: (id: string | null) => void;
  onToggleExpand: (id: string) => void;
  onViewport: (v: Viewport) => void;
  t: T;
}

const STYLE = buildStylesheet();
/** Above this many elements the renderer draws a texture while panning (keeps panning fluid). */
const BIG_GRAPH = 3000;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Runs a layout with a seeded random source, so that the same elements always get the same picture. */
export function runLayout(cy: Core, name: LayoutName, graph: GraphData, cirDistance?: ReadonlyMap<string, number>): Promise<void> {
  const count = cy.elements().length;
  const roots = cy.getElementById('CIR').nonempty() ? ['CIR'] : undefined;
  const opts = layoutOptions(name, {
    count,
    nodeCount: cy.nodes().length,
    cirDistance,
    roots,
    positions: name === 'geo' ? geoPositions(graph.nodes, graph.edges) : undefined,
  });
  const big = count > BIG_GRAPH;
  const r = (cy as unknown as { renderer(): unknown }).renderer() as { textureOnViewport: boolean; hideEdgesOnViewport: boolean };
  r.textureOnViewport = big;
  return new Promise((resolve) => {
    const layout = cy.layout({ ...opts, stop: () => resolve() } as typeof opts);
    const seed = hashString(
      `${name}|${cy
        .nodes()
        .map((n) => n.id())
        .join(',')}`,
    );
    withSeededRandom(seed, () => layout.run());
  });
}

interface AgirHook {
  cy: () => Core | null;
  ready: () => boolean;
  loadSynthetic: (elements: number) => Promise<{ elements: number; addMs: number; layoutMs: number; drawMs: number; totalMs: number; quality: string }>;
  panFrames: (durationMs: number) => Promise<{ frames: number; ms: number; fps: number; meanFrameMs: number }>;
}
declare global {
  interface Window {
    __agir?: Partial<AgirHook> & Record<string, unknown>;
  }
}

export default function GraphView(p: GraphViewProps) {
  const { ref, cy } = useCytoscape({
    style: STYLE,
    layout: { name: 'preset' },
    elements: [],
    minZoom: 0.03,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  const wrapRef = useRef<HTMLDivElement>(null);
  const props = useRef(p);
  props.current = p;
  const pendingViewport = useRef<Viewport | null>(p.initialViewport);
  // A viewport restored from a shared link stays when the link's question is answered after the layout.
  const keepViewport = useRef(false);
  const laidOut = useRef('');
  const generation = useRef(0);
  const applied = useRef<Highlight | null>(null);
  const sizeRef = useRef({ w: 0, h: 0 });
  const highlightRef = useRef(p.highlight);
  highlightRef.current = p.highlight;

  // Readiness is derived in render: the view is ready when the last finished layout + highlight
  // is the one for the current props, so a stale "ready" is never visible.
  const [done, setDone] = useState({ layout: '', highlight: '' });
  const [synthetic, setSynthetic] = useState(false);

  // Events, registered once per instance.
  useEffect(() => {
    if (!cy) return;
    setCy(cy);
    warmLayoutEngine();
    const onTap = (e: EventObject) => {
      if (e.target === cy) props.current.onSelect(null);
      else if (e.target.isNode?.()) props.current.onSelect(e.target.id());
    };
    const onDbl = (e: EventObject) => {
      if (e.target !== cy && e.target.isNode?.()) props.current.onToggleExpand(e.target.id());
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (cy.destroyed()) return;
        const pan = cy.pan();
        props.current.onViewport({ zoom: cy.zoom(), x: pan.x, y: pan.y });
      }, 250);
    };
    cy.on('tap', onTap);
    cy.on('dbltap', onDbl);
    cy.on('viewport', onViewport);
    const hook: AgirHook = {
      cy: () => cy,
      ready: () => wrapRef.current?.dataset.ready === 'true',
      loadSynthetic: async (n) => {
        setSynthetic(true);
        const g = syntheticGraph(n, 42);
        const t0 = performance.now();
        cy.elements().remove();
        cy.add(toElements(g));
        const t1 = performance.now();
        await runLayout(cy, 'fcose', g);
        const t2 = performance.now();
        const drawn = new Promise<void>((r) => cy.one('render', () => r()));
        cy.fit(undefined, 20);
        await drawn;
        await nextFrame();
        const t3 = performance.now();
        laidOut.current = 'synthetic';
        generation.current++;
        const elements = cy.elements().length;
        return { elements, addMs: t1 - t0, layoutMs: t2 - t1, drawMs: t3 - t2, totalMs: t3 - t0, quality: elements > FCOSE_DRAFT_ABOVE ? 'draft' : 'default' };
      },
      panFrames: async (durationMs) => {
        // A mouse drag on the canvas, as a user pans (the renderer then draws a cached texture).
        const container = cy.container() as HTMLElement;
        const target = (container.querySelector('canvas:last-of-type') ?? container) as HTMLElement;
        const box = target.getBoundingClientRect();
        // from the top-left corner: empty after a fit with padding (a press on a node would drag it)
        let x = box.left + 4;
        let y = box.top + 4;
        const mouse = (type: string, el: EventTarget) =>
          el.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
        mouse('mousedown', target);
        await nextFrame();
        const start = performance.now();
        let frames = 0;
        let last = start;
        const deltas: number[] = [];
        let dir = 1;
        while (performance.now() - start < durationMs) {
          x += 5 * dir;
          y += 3 * dir;
          if (frames % 40 === 39) dir = -dir;
          mouse('mousemove', window);
          await nextFrame();
          const now = performance.now();
          deltas.push(now - last);
          last = now;
          frames++;
        }
        const ms = performance.now() - start;
        mouse('mouseup', window);
        return { frames, ms, fps: (frames * 1000) / ms, meanFrameMs: deltas.reduce((s, d) => s + d, 0) / Math.max(1, deltas.length) };
      },
    };
    window.__agir = { ...(window.__agir ?? {}), ...hook };
    // The container changes size when side panels open or close: keep the centre of the view in place.
    sizeRef.current = { w: wrapRef.current?.clientWidth ?? 0, h: wrapRef.current?.clientHeight ?? 0 };
    const ro = new ResizeObserver(() => {
      const el = wrapRef.current;
      if (!el || cy.destroyed()) return;
      const next = { w: el.clientWidth, h: el.clientHeight };
      const size = sizeRef.current;
      if (next.w === size.w && next.h === size.h) return;
      cy.resize();
      if (size.w > 0 && size.h > 0) cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
      sizeRef.current = next;
    });
    if (wrapRef.current) ro.observe(wrapRef.current);
    return () => {
      ro.disconnect();
      clearTimeout(timer);
      cy.removeListener('tap', onTap);
      cy.removeListener('dbltap', onDbl);
      cy.removeListener('viewport', onViewport);
      setCy(null);
    };
  }, [cy]);

  const cirKey = p.highlight.cirDistance && p.layout === 'concentric' ? [...p.highlight.cirDistance.entries()].join(';') : '';
  const elementsKey = useMemo(
    () =>
      `${p.graph.nodes
        .map((n) => n.id)
        .sort()
        .join(',')}|${p.graph.edges
        .map((e) => e.id)
        .sort()
        .join(',')}`,
    [p.graph],
  );

  const layoutKey = `${elementsKey}#${p.layout}#${cirKey}`;
  const ready = !synthetic && !p.busy && done.layout === layoutKey && done.highlight === p.highlightKey;
  useEffect(() => {
    // time of the first complete picture, for the benchmark (ms since navigation start)
    if (ready && window.__agir && window.__agir.firstReadyMs === undefined) window.__agir.firstReadyMs = performance.now();
  }, [ready]);

  // Elements and layout: rebuilt from scratch (sorted) whenever the set changes, so the same
  // elements always give the same positions.
  // biome-ignore lint/correctness/useExhaustiveDependencies: layoutKey stands for the graph, the layout and the CIR rings
  useEffect(() => {
    if (!cy) return;
    const key = layoutKey;
    if (laidOut.current === key) return;
    laidOut.current = key;
    const gen = ++generation.current;
    const cancelled = () => gen !== generation.current || cy.destroyed();
    const g = props.current.graph;
    const sorted: GraphData = {
      nodes: [...g.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      edges: [...g.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
    performance.mark('agir:elements-start');
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(sorted));
    });
    performance.measure('agir:elements', 'agir:elements-start');
    if (!sorted.nodes.length) {
      // nothing to lay out (the data is still on its way): keep a shared viewport for later
      setDone({ layout: key, highlight: props.current.highlightKey });
      return;
    }
    (async () => {
      performance.mark('agir:layout-start');
      await runLayout(cy, p.layout, sorted, p.layout === 'concentric' ? highlightRef.current.cirDistance : undefined);
      performance.measure('agir:layout', 'agir:layout-start');
      if (cancelled()) return;
      const vp = pendingViewport.current;
      pendingViewport.current = null;
      syncSize(cy, wrapRef.current, sizeRef); // the container may have changed size with this render (results panel)
      applyHighlight(cy, highlightRef.current);
      applied.current = highlightRef.current;
      if (vp) cy.viewport({ zoom: vp.zoom, pan: { x: vp.x, y: vp.y } });
      else if (!focusHighlight(cy, highlightRef.current)) cy.fit(undefined, 30);
      keepViewport.current = vp != null && props.current.busy;
      markExpanded(cy, props.current.expanded);
      select(cy, props.current.selected);
      const hk = props.current.highlightKey;
      performance.mark('agir:drawn-start');
      await nextFrame();
      await nextFrame();
      performance.measure('agir:frames', 'agir:drawn-start');
      if (!cancelled()) setDone({ layout: key, highlight: hk });
    })();
  }, [cy, layoutKey]);

  // Highlight changes that do not change the elements.
  useEffect(() => {
    if (!cy || done.layout !== layoutKey) return;
    if (applied.current !== p.highlight) {
      applyHighlight(cy, p.highlight);
      applied.current = p.highlight;
      syncSize(cy, wrapRef.current, sizeRef);
      if (keepViewport.current) keepViewport.current = false;
      else focusHighlight(cy, p.highlight);
    }
    setDone((d) => (d.highlight === p.highlightKey ? d : { ...d, highlight: p.highlightKey }));
  }, [cy, p.highlight, p.highlightKey, done.layout, layoutKey]);

  useEffect(() => {
    if (cy) select(cy, p.selected);
  }, [cy, p.selected]);

  useEffect(() => {
    if (cy) markExpanded(cy, p.expanded);
  }, [cy, p.expanded]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!cy) return;
    const step = 60;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const m = moves[e.key];
    if (m) {
      cy.panBy({ x: m[0], y: m[1] });
      e.preventDefault();
    } else if (e.key === '+' || e.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      e.preventDefault();
    } else if (e.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      e.preventDefault();
    }
  };

  return (
    <div
      ref={wrapRef}
      className="graph-wrap"
      data-testid="graph"
      data-ready={ready ? 'true' : 'false'}
      data-highlight={done.highlight}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the graph is keyboard-operable (arrows pan, +/- zoom, f fits)
      tabIndex={0}
      role="application"
      aria-roledescription="graphe"
      aria-label={p.t('app.title')}
      onKeyDown={onKeyDown}
    >
      <div ref={ref} className="graph-canvas" />
    </div>
  );
}

let warmed = false;
/**
 * Runs fcose once on a small headless graph while the data is on its way: the browser compiles
 * the layout code then, not during the first real layout (about half of its time on first use).
 */
function warmLayoutEngine() {
  if (warmed) return;
  warmed = true;
  const g = syntheticGraph(150, 7);
  const headless = cytoscape({ headless: true, styleEnabled: true, style: STYLE, elements: toElements(g) });
  withSeededRandom(1, () => headless.layout(layoutOptions('fcose', { count: headless.elements().length, nodeCount: headless.nodes().length })).run());
  headless.destroy();
}

/** Tells Cytoscape the container's current size (before a fit), and remembers it. */
function syncSize(cy: Core, el: HTMLElement | null, sizeRef: { current: { w: number; h: number } }) {
  cy.resize();
  sizeRef.current = { w: el?.clientWidth ?? 0, h: el?.clientHeight ?? 0 };
}

/** Frames the answer of a question (the highlighted elements); false when there is none. */
export function focusHighlight(cy: Core, h: Highlight): boolean {
  if (!h.fadeOthers) return false;
  const answer = cy.elements('.cov-full, .cov-partial, .cov-via, .cov-target, .hl-pair, .hl-extra');
  if (answer.empty()) return false;
  cy.fit(answer, 60);
  if (cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center(answer);
  }
  return true;
}

function select(cy: Core, id: string | null) {
  cy.nodes(':selected').unselect();
  if (id) cy.getElementById(id).select();
}

function markExpanded(cy: Core, ids: readonly string[]) {
  cy.nodes('.expanded').removeClass('expanded');
  for (const id of ids) cy.getElementById(id).addClass('expanded');
}
