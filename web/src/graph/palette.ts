// Visual encoding of node types, kinds and link types. Every category differs by
// shape or line style as well as by colour, so that the graph prints in black and white.
// Colours: Okabe–Ito and Tol palettes (colour-blind safe), distinct in grey levels too.
import type { NodeShape } from './shapes';

export interface NodeLook {
  shape: NodeShape;
  fill: string;
  border: string;
  borderWidth: number;
  borderStyle: 'solid' | 'dashed' | 'dotted' | 'double';
  width: number;
  height: number;
  /** a translucent halo around the shape (answers of a question) */
  halo?: string;
}

const actor = (shape: NodeShape, fill: string): NodeLook => ({ shape, fill, border: '#1a1a1a', borderWidth: 1.5, borderStyle: 'solid', width: 28, height: 28 });

export const ACTOR_LOOK: Record<string, NodeLook> = {
  STATE_SERVICE: actor('star', '#0072B2'),
  LOCAL_AUTHORITY: actor('octagon', '#56B4E9'),
  PUBLIC_EMPLOYMENT_SERVICE: actor('diamond', '#E69F00'),
  SOCIAL_PROTECTION: actor('pentagon', '#009E73'),
  ACCOMMODATION_OPERATOR: actor('triangle', '#D55E00'),
  HOUSING_PROVIDER: actor('concave-hexagon', '#F0E442'),
  ASSOCIATION: actor('ellipse', '#CC79A7'),
  ECONOMIC_ACTOR: actor('rhomboid', '#8C6D31'),
  TRAINING_BODY: actor('hexagon', '#999933'),
  HEALTH_ACTOR: actor('cut-rectangle', '#882255'),
  OTHER: actor('round-octagon', '#DDDDDD'),
};

const programme = (fill: string, borderStyle: NodeLook['borderStyle'], borderWidth: number): NodeLook => ({
  shape: 'round-rectangle',
  fill,
  border: '#1a1a1a',
  borderWidth,
  borderStyle,
  width: 46,
  height: 26,
});

export const PROGRAMME_LOOK: Record<string, NodeLook> = {
  GLOBAL_SUPPORT: programme('#3b3b3b', 'solid', 2),
  SPECIALISED: programme('#9a9a9a', 'double', 4),
  COMMON_LAW: programme('#ffffff', 'solid', 2),
};

export const CONTEXT_LOOK: Record<'Barrier' | 'Domain' | 'Public' | 'Territory', NodeLook> = {
  Barrier: { shape: 'vee', fill: '#ffffff', border: '#B2182B', borderWidth: 2, borderStyle: 'solid', width: 24, height: 22 },
  Domain: { shape: 'round-pentagon', fill: '#E7E1EF', border: '#54278F', borderWidth: 2, borderStyle: 'solid', width: 30, height: 30 },
  Public: { shape: 'tag', fill: '#FFF7BC', border: '#7A5C00', borderWidth: 1.5, borderStyle: 'solid', width: 26, height: 22 },
  Territory: { shape: 'rectangle', fill: '#E5F5E0', border: '#238B45', borderWidth: 1.5, borderStyle: 'dashed', width: 24, height: 18 },
};

export const DEFAULT_LOOK: NodeLook = actor('ellipse', '#DDDDDD');
/** A territory group of the overview (graph/lod.ts): sized by its members, drawn light so that its label reads. */
export const GROUP_LOOK: NodeLook = {
  shape: 'round-rectangle',
  fill: '#E6ECF3',
  border: '#44546A',
  borderWidth: 2,
  borderStyle: 'solid',
  width: 60,
  height: 60,
};

export function nodeLook(type: string, kind: string | null): NodeLook {
  if (type === 'Actor') return ACTOR_LOOK[kind ?? 'OTHER'] ?? DEFAULT_LOOK;
  if (type === 'Programme') return PROGRAMME_LOOK[kind ?? 'COMMON_LAW'] ?? DEFAULT_LOOK;
  if (type === 'Barrier' || type === 'Domain' || type === 'Public' || type === 'Territory') return CONTEXT_LOOK[type];
  if (type === 'Group') return GROUP_LOOK;
  return DEFAULT_LOOK;
}

export interface EdgeLook {
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted' | 'double';
  targetArrow: 'triangle' | 'diamond' | 'vee' | 'circle' | 'square' | 'none' | 'tee';
  sourceArrow: 'none' | 'circle';
}

export const LINK_LOOK: Record<string, EdgeLook> = {
  OPERATES: { color: '#222222', width: 2.6, lineStyle: 'solid', targetArrow: 'triangle', sourceArrow: 'none' },
  FUNDS: { color: '#0072B2', width: 1.8, lineStyle: 'solid', targetArrow: 'diamond', sourceArrow: 'none' },
  PRESCRIBES: { color: '#E69F00', width: 1.8, lineStyle: 'dashed', targetArrow: 'vee', sourceArrow: 'none' },
  PARTNERS_WITH: { color: '#009E73', width: 2, lineStyle: 'solid', targetArrow: 'none', sourceArrow: 'none' },
  REFERS_TO: { color: '#CC79A7', width: 1.8, lineStyle: 'dashed', targetArrow: 'triangle', sourceArrow: 'none' },
  SHARES_INFO_WITH: { color: '#56B4E9', width: 2, lineStyle: 'dotted', targetArrow: 'circle', sourceArrow: 'circle' },
};
export const CONTEXT_EDGE_LOOK: EdgeLook = { color: '#AAAAAA', width: 1, lineStyle: 'dotted', targetArrow: 'none', sourceArrow: 'none' };

export function edgeLook(type: string): EdgeLook {
  return LINK_LOOK[type] ?? CONTEXT_EDGE_LOOK;
}

/** Analysis overlays. */
export const HL = {
  coverFull: '#1B7837',
  coverPartial: '#E08214',
  coverAny: '#2166AC',
  via: '#000000',
  overlap: '#6A3D9A',
  gap: '#C51B7D',
  cirRoot: '#000000',
  cirDistance: ['#000000', '#1A9850', '#91CF60', '#D9EF8B', '#FFFFBF'] as readonly string[],
  cirUnlinked: '#D73027',
  select: '#FF00AA',
} as const;

export function cirDistanceColour(d: number): string {
  return HL.cirDistance[Math.min(d, HL.cirDistance.length - 1)] ?? '#FFFFBF';
}
