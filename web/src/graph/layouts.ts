// Layout options per layout name and graph size, and the geographic projection.
import type { LayoutOptions } from 'cytoscape';
import { ACTOR_KINDS, type GEdge, type GNode } from './types';

export const LAYOUTS = ['fcose', 'concentric', 'hierarchy', 'geo'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Above this many elements fcose runs at draft quality (default quality is not interactive there). */
export const FCOSE_DRAFT_ABOVE = 1200;

/** Below this many elements the force layout is tighter. */
export const SMALL_GRAPH = 150;

export interface Position {
  x: number;
  y: number;
}

export interface LayoutContext {
  /** number of elements (nodes + edges) */
  count: number;
  /** number of nodes (sizes the drawing area) */
  nodeCount?: number;
  /** CIR distance per node id: the concentric layout then draws rings around the CIR */
  cirDistance?: ReadonlyMap<string, number>;
  /** node id → position, for the geographic layout */
  positions?: ReadonlyMap<string, Position>;
  /** ids of the roots for the hierarchy */
  roots?: readonly string[];
}

/** Answers labelled with their full name (style.ts) whose links need room for the labels (the CIR's are many and short). */
const WIDE = ['hl-pair', 'cov-full', 'cov-partial', 'cov-any', 'cov-via'];
const wide = (n: { hasClass?(c: string): boolean }) => WIDE.some((c) => n.hasClass?.(c));

interface EdgeLike {
  source(): { hasClass?(c: string): boolean };
  target(): { hasClass?(c: string): boolean };
}

interface NodeLike {
  id(): string;
  data(key: string): unknown;
}

/** Ring of a node in the concentric layout by kind: programmes in the centre, then actors by kind, context outside. */
export function kindRing(type: string, kind: string): number {
  if (type === 'Programme') return 20; // all programmes on the inner ring
  if (type === 'Actor') {
    const i = ACTOR_KINDS.indexOf(kind as never);
    return 18 - (i < 0 ? ACTOR_KINDS.length : i);
  }
  return 1;
}

/** Ring by distance to the CIR (CIR in the centre, then by distance; other programmes, then unlinked actors outside). */
export function cirRing(distance: number | undefined, type = 'Actor'): number {
  if (distance !== undefined) return 10 - Math.min(distance, 9);
  return type === 'Programme' ? 0.5 : 0;
}

/**
 * A fixed drawing area, so that positions do not depend on the window size (a shared link must
 * give the same picture on another screen); the view is fitted afterwards.
 */
export function layoutBox(nodeCount: number): { x1: number; y1: number; w: number; h: number } {
  const side = Math.round(Math.max(nodeCount < 40 ? 500 : 800, Math.sqrt(Math.max(nodeCount, 1)) * 110));
  return { x1: 0, y1: 0, w: side, h: Math.round(side * 0.7) };
}

export function layoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const common = { animate: false, fit: false, padding: 30, boundingBox: layoutBox(ctx.nodeCount ?? Math.round(ctx.count / 2.5)) };
  switch (name) {
    case 'fcose': {
      const draft = ctx.count > FCOSE_DRAFT_ABOVE;
      // a small graph (an answer in focus) is drawn tighter, so that it fits with readable labels
      const small = ctx.count < SMALL_GRAPH;
      return {
        name: 'fcose',
        ...common,
        quality: draft ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: !draft,
        // in a small graph (an answer in focus), the answers' full names are wide: their edges longer
        idealEdgeLength: (e: EdgeLike) => (draft ? 50 : small ? (wide(e.source()) || wide(e.target()) ? 150 : 60) : 85),
        nodeRepulsion: () => (draft ? 4500 : small ? 8000 : 12000),
        nodeSeparation: 60,
        packComponents: !draft,
        tile: true,
        numIter: draft ? 1200 : 2500,
      } as unknown as LayoutOptions;
    }
    case 'concentric': {
      const dist = ctx.cirDistance;
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 18,
        avoidOverlap: true,
        startAngle: (3 / 2) * Math.PI,
        concentric: (n: NodeLike) => (dist ? cirRing(dist.get(n.id()), String(n.data('type'))) : kindRing(String(n.data('type')), String(n.data('kind')))),
        levelWidth: () => 1,
      } as unknown as LayoutOptions;
    }
    case 'hierarchy':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        grid: false,
        ...(ctx.roots?.length ? { roots: ctx.roots.map((r) => `#${cssId(r)}`).join(', ') } : {}),
      } as unknown as LayoutOptions;
    case 'geo': {
      const pos = ctx.positions;
      return {
        name: 'preset',
        ...common,
        positions: (n: NodeLike) => pos?.get(n.id()) ?? { x: 0, y: 0 },
      } as unknown as LayoutOptions;
    }
  }
}

/** Escapes an id for a Cytoscape selector. */
export function cssId(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}

/** Pixels per degree of latitude in the geographic layout. */
export const GEO_SCALE = 2000;

const isLocated = (n: GNode) =>
  n.lat != null && n.lon != null && (n.type === 'Actor' || n.type === 'Territory' || n.type === 'Programme' || n.type === 'Group');

/** The centre of the geographic layout: the mean of the located nodes (null when none is). */
export interface GeoFrame {
  lat0: number;
  lon0: number;
}
export function geoFrame(nodes: readonly GNode[]): GeoFrame | null {
  const located = nodes.filter(isLocated);
  if (!located.length) return null;
  return {
    lat0: located.reduce((s, n) => s + (n.lat as number), 0) / located.length,
    lon0: located.reduce((s, n) => s + (n.lon as number), 0) / located.length,
  };
}

/** The geographic layout's projection (equirectangular around the frame's centre): model coordinates of a place. */
export function geoProjection({ lat0, lon0 }: GeoFrame): (lat: number, lon: number) => Position {
  const k = Math.cos((lat0 * Math.PI) / 180);
  return (lat, lon) => ({ x: (lon - lon0) * k * GEO_SCALE, y: -(lat - lat0) * GEO_SCALE });
}

/**
 * Geographic positions: an equirectangular projection centred on the located nodes (x east,
 * y south), nodes at the same place spread on a small sunflower spiral; programmes without
 * coordinates at the centroid of their located neighbours; the rest on a row under the map.
 */
export function geoPositions(nodes: readonly GNode[], edges: readonly GEdge[]): Map<string, Position> {
  const located = nodes.filter(
    (n) => n.lat != null && n.lon != null && (n.type === 'Actor' || n.type === 'Territory' || n.type === 'Programme' || n.type === 'Group'),
  );
  const out = new Map<string, Position>();
  if (!located.length) {
    nodes.forEach((n, i) => {
      out.set(n.id, { x: (i % 20) * 80, y: Math.floor(i / 20) * 80 });
    });
    return out;
  }
  const project = geoProjection(geoFrame(nodes) as GeoFrame);

  // Actors first, at their commune; programmes only when they have no located neighbour.
  const byPlace = new Map<string, GNode[]>();
  const place = (n: GNode) => `${(n.lat as number).toFixed(4)},${(n.lon as number).toFixed(4)}`;
  for (const n of located.filter((x) => x.type !== 'Programme')) {
    const key = place(n);
    const list = byPlace.get(key) ?? [];
    list.push(n);
    byPlace.set(key, list);
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const list of byPlace.values()) {
    list.sort((a, b) => a.id.localeCompare(b.id));
    list.forEach((n, i) => {
      const c = project(n.lat as number, n.lon as number);
      const r = i === 0 ? 0 : 28 * Math.sqrt(i);
      out.set(n.id, { x: c.x + r * Math.cos(i * golden), y: c.y + r * Math.sin(i * golden) });
    });
  }
  // Programmes and other unlocated nodes: centroid of placed neighbours, offset so they don't sit on them.
  const rest = nodes.filter((n) => !out.has(n.id));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const unplaced: GNode[] = [];
  rest.forEach((n) => {
    const ps = (neighbours.get(n.id) ?? []).map((id) => out.get(id)).filter((p): p is Position => !!p);
    if (n.type === 'Programme' && ps.length) {
      const x = ps.reduce((s, p) => s + p.x, 0) / ps.length;
      const y = ps.reduce((s, p) => s + p.y, 0) / ps.length;
      const a = (hashAngle(n.id) * Math.PI) / 180;
      out.set(n.id, { x: x + 40 * Math.cos(a), y: y + 40 * Math.sin(a) });
    } else if (n.lat != null && n.lon != null) {
      out.set(n.id, project(n.lat, n.lon));
    } else unplaced.push(n);
  });
  if (unplaced.length) {
    let maxY = -Infinity;
    let minX = Infinity;
    for (const p of out.values()) {
      maxY = Math.max(maxY, p.y);
      minX = Math.min(minX, p.x);
    }
    unplaced.forEach((n, i) => {
      out.set(n.id, { x: minX + (i % 12) * 90, y: maxY + 120 + Math.floor(i / 12) * 70 });
    });
  }
  return out;
}

function hashAngle(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) % 360;
  return h;
}
