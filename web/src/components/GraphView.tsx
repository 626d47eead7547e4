// The Cytoscape view (lazy-loaded), through react-cytoscapejs: stable `stylesheet`, `layout` and
// `elements` props; the `cy` callback hands over the instance for the imperative parts (seeded
// layouts, highlights, framing, readiness). See docs/adr/004-react-cytoscapejs.md.
import cytoscape, { type Core, type ElementDefinition, type EventObject, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { setCy } from '../cyRegistry';
import { byId, frame, markExpanded, nextFrame, runLayout, select, warmLayoutEngine } from '../graph/cyView';
import { toElements } from '../graph/elements';
import { applyHighlight, type Highlight } from '../graph/highlights';
import { geoFrame, type LayoutName } from '../graph/layouts';
import { buildStylesheet } from '../graph/style';
import type { GraphData } from '../graph/types';
import type { Viewport } from '../graph/urlState';
import type { T } from '../i18n';

// The outlines under the geographic layout: d3-geo and the Finistère's shapes, only when asked for.
const GeoOutlines = lazy(() => import('./GeoOutlines'));

cytoscape.use(fcose);
cytoscape.use(svg);

export interface GraphViewProps {
  graph: GraphData;
  /** overlay edges of the answer (pairs), drawn and laid out with the graph */
  overlays: readonly ElementDefinition[];
  highlight: Highlight;
  highlightKey: string;
  /** changes when the view must be framed again (focus) */
  viewKey: string;
  /** the best answer's nodes: kept readable when the whole answer cannot be */
  primary: readonly string[];
  layout: LayoutName;
  selected: string | null;
  expanded: readonly string[];
  /** data or an answer is still loading: the view is not final */
  busy: boolean;
  /** viewport to restore once the view is final (from a shared link) */
  initialViewport: Viewport | null;
  onSelect: (id: string | null) => void;
  onToggleExpand: (id: string) => void;
  onViewport: (v: Viewport) => void;
  t: T;
}

// Stable props: react-cytoscapejs re-applies the stylesheet or re-runs the layout when these change.
const STYLESHEET = buildStylesheet();
/** Layouts are run here, seeded, on a sorted collection (see runLayout): the component's own layout does nothing. */
const PRESET: LayoutOptions = { name: 'preset', fit: false };
const STYLE = { width: '100%', height: '100%' };
/** Two clicks within this time are a double click (the details panel opens only after a single click). */
const DOUBLE_CLICK_MS = 350;

export default function GraphView(p: GraphViewProps) {
  const [cy, setCyState] = useState<Core | null>(null);
  const onCy = useCallback((instance: Core) => setCyState((c) => (c === instance ? c : instance)), []);
  const wrapRef = useRef<HTMLDivElement>(null);
  const props = useRef(p);
  props.current = p;
  const pendingViewport = useRef<Viewport | null>(p.initialViewport);
  const laidOut = useRef('');
  const generation = useRef(0);
  const applied = useRef<Highlight | null>(null);
  const sizeRef = useRef({ w: 0, h: 0 });

  // Readiness is derived in render: the view is ready when the last finished layout, highlight
  // and framing are those of the current props, so a stale "ready" is never visible.
  const [done, setDone] = useState({ layout: '', highlight: '' });
  const [framed, setFramed] = useState('');

  const sorted = useMemo<GraphData>(() => ({ nodes: [...p.graph.nodes].sort(byId), edges: [...p.graph.edges].sort(byId) }), [p.graph]);
  const elements = useMemo(() => [...toElements(sorted), ...p.overlays], [sorted, p.overlays]);
  const elementsKey = useMemo(
    () =>
      `${sorted.nodes.map((n) => n.id).join(',')}|${sorted.edges.map((e) => e.id).join(',')}|${p.overlays.map((e) => (e.data as { id: string }).id).join(',')}`,
    [sorted, p.overlays],
  );
  const frameOfGeo = useMemo(() => (p.layout === 'geo' ? geoFrame(sorted.nodes) : null), [p.layout, sorted]);
  const cirKey = p.highlight.cirDistance && p.layout === 'concentric' ? [...p.highlight.cirDistance.entries()].join(';') : '';
  const layoutKey = `${elementsKey}#${p.layout}#${cirKey}`;
  const frameKey = `${layoutKey}#${p.highlightKey}#${p.viewKey}`;
  const complete = !p.busy && done.layout === layoutKey && done.highlight === p.highlightKey;
  const ready = complete && framed === frameKey;

  // Events, registered once per instance.
  useEffect(() => {
    if (!cy) return;
    setCy(cy);
    cy.multiClickDebounceTime(DOUBLE_CLICK_MS);
    warmLayoutEngine(STYLESHEET);
    // A single click selects (after the double-click window: the details panel then narrows the
    // graph, which must not happen between the two clicks of a double click).
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
    cy.on('onetap', onTap);
    cy.on('dbltap', onDbl);
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      cy.removeListener('onetap', onTap);
      cy.removeListener('dbltap', onDbl);
      cy.removeListener('viewport', onViewport);
      setCy(null);
    };
  }, [cy]);

  // The container changes size when side panels open or close: keep the centre of a final view in place.
  const framedRef = useRef(false);
  framedRef.current = ready;
  useEffect(() => {
    if (!cy) return;
    sizeRef.current = { w: wrapRef.current?.clientWidth ?? 0, h: wrapRef.current?.clientHeight ?? 0 };
    const ro = new ResizeObserver(() => {
      const el = wrapRef.current;
      if (!el || cy.destroyed()) return;
      const next = { w: el.clientWidth, h: el.clientHeight };
      const size = sizeRef.current;
      if (next.w === size.w && next.h === size.h) return;
      cy.resize();
      // before the view is final, the framing to come places it (a restored viewport is absolute)
      if (framedRef.current && size.w > 0 && size.h > 0) cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
      sizeRef.current = next;
    });
    if (wrapRef.current) ro.observe(wrapRef.current);
    return () => ro.disconnect();
  }, [cy]);

  // Layout, once react-cytoscapejs has patched the elements (its update runs before this effect),
  // and before the browser paints (new elements would be drawn piled up at the origin).
  // biome-ignore lint/correctness/useExhaustiveDependencies: layoutKey stands for the elements, the layout and the CIR rings
  useLayoutEffect(() => {
    if (!cy) return;
    const key = layoutKey;
    if (laidOut.current === key) return;
    laidOut.current = key;
    const gen = ++generation.current;
    const cancelled = () => gen !== generation.current || cy.destroyed();
    if (cy.nodes().empty()) {
      setDone({ layout: key, highlight: props.current.highlightKey });
      return;
    }
    // the answers' classes first: their labels (full names) are larger, and the layout makes room for them
    applyHighlight(cy, props.current.highlight);
    applied.current = props.current.highlight;
    (async () => {
      performance.mark('agir:layout-start');
      await runLayout(cy, p.layout, sorted, p.layout === 'concentric' ? props.current.highlight.cirDistance : undefined);
      performance.measure('agir:layout', 'agir:layout-start');
      if (cancelled()) return;
      markExpanded(cy, props.current.expanded);
      select(cy, props.current.selected);
      setDone({ layout: key, highlight: props.current.highlightKey });
    })();
  }, [cy, layoutKey]);

  // Highlight changes that do not change the elements.
  useEffect(() => {
    if (!cy || done.layout !== layoutKey) return;
    if (applied.current !== p.highlight) {
      applyHighlight(cy, p.highlight);
      applied.current = p.highlight;
    }
    setDone((d) => (d.highlight === p.highlightKey ? d : { ...d, highlight: p.highlightKey }));
  }, [cy, p.highlight, p.highlightKey, done.layout, layoutKey]);

  // Framing, once per final view: a shared link's viewport the first time, else the answer fitted.
  // Only here, so that no late answer can refit over a restored viewport.
  useEffect(() => {
    if (!cy || !complete || framed === frameKey) return;
    const key = frameKey;
    const vp = pendingViewport.current;
    pendingViewport.current = null;
    performance.mark('agir:drawn-start');
    cy.resize();
    sizeRef.current = { w: wrapRef.current?.clientWidth ?? 0, h: wrapRef.current?.clientHeight ?? 0 };
    if (vp) cy.viewport({ zoom: vp.zoom, pan: { x: vp.x, y: vp.y } });
    else frame(cy, props.current.highlight, props.current.primary);
    let live = true;
    (async () => {
      await nextFrame();
      await nextFrame();
      performance.measure('agir:frames', 'agir:drawn-start');
      if (live && !cy.destroyed()) setFramed(key);
    })();
    return () => {
      live = false;
    };
  }, [cy, complete, frameKey, framed]);

  useEffect(() => {
    // time of the first complete picture, for the benchmark (ms since navigation start)
    if (ready && window.__agir && window.__agir.firstReadyMs === undefined) window.__agir.firstReadyMs = performance.now();
  }, [ready]);

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
    } else if (e.key === 'Enter' && props.current.selected) {
      // opens (or closes) the selected group of the overview, or shows the selected node's neighbours
      props.current.onToggleExpand(props.current.selected);
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
      data-view={p.viewKey}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the graph is keyboard-operable (arrows pan, +/- zoom, f fits)
      tabIndex={0}
      role="application"
      aria-roledescription="graphe"
      aria-label={p.t('app.title')}
      onKeyDown={onKeyDown}
    >
      {cy && p.layout === 'geo' && frameOfGeo && (
        <Suspense fallback={null}>
          <GeoOutlines cy={cy} frame={frameOfGeo} />
        </Suspense>
      )}
      <CytoscapeComponent
        className="graph-canvas"
        elements={elements}
        stylesheet={STYLESHEET}
        layout={PRESET}
        style={STYLE}
        cy={onCy}
        minZoom={0.03}
        maxZoom={5}
        boxSelectionEnabled={false}
      />
    </div>
  );
}
