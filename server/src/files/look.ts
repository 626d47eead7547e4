// Colours and shapes per kind in the graph exports, the same as the explorer's legend
// (web/src/graph/palette.ts; tests/unit/files-look.test.ts keeps them equal), so that Gephi and
// Cytoscape desktop show the same legend.
const ACTOR: Record<string, [string, string]> = {
  STATE_SERVICE: ['#0072B2', 'star'],
  LOCAL_AUTHORITY: ['#56B4E9', 'octagon'],
  PUBLIC_EMPLOYMENT_SERVICE: ['#E69F00', 'diamond'],
  SOCIAL_PROTECTION: ['#009E73', 'pentagon'],
  ACCOMMODATION_OPERATOR: ['#D55E00', 'triangle'],
  HOUSING_PROVIDER: ['#F0E442', 'concave-hexagon'],
  ASSOCIATION: ['#CC79A7', 'ellipse'],
  ECONOMIC_ACTOR: ['#8C6D31', 'rhomboid'],
  TRAINING_BODY: ['#999933', 'hexagon'],
  HEALTH_ACTOR: ['#882255', 'cut-rectangle'],
  OTHER: ['#DDDDDD', 'round-octagon'],
};
const PROGRAMME: Record<string, [string, string]> = {
  GLOBAL_SUPPORT: ['#3b3b3b', 'round-rectangle'],
  SPECIALISED: ['#9a9a9a', 'round-rectangle'],
  COMMON_LAW: ['#ffffff', 'round-rectangle'],
};
const CONTEXT: Record<string, [string, string]> = {
  Barrier: ['#B2182B', 'vee'],
  Domain: ['#54278F', 'round-pentagon'],
  Public: ['#7A5C00', 'tag'],
  Territory: ['#238B45', 'rectangle'],
};
const EDGE: Record<string, string> = {
  OPERATES: '#222222',
  FUNDS: '#0072B2',
  PRESCRIBES: '#E69F00',
  PARTNERS_WITH: '#009E73',
  REFERS_TO: '#CC79A7',
  SHARES_INFO_WITH: '#56B4E9',
};
const DEFAULT: [string, string] = ['#DDDDDD', 'ellipse'];

function look(type: string, kind: string | null): [string, string] {
  if (type === 'Actor') return ACTOR[kind ?? 'OTHER'] ?? DEFAULT;
  if (type === 'Programme') return PROGRAMME[kind ?? 'COMMON_LAW'] ?? DEFAULT;
  return CONTEXT[type] ?? DEFAULT;
}

/** The explorer's fill colour (the border colour for vocabulary and territory nodes, whose fill is pale). */
export const nodeColour = (type: string, kind: string | null) => look(type, kind)[0];
/** The explorer's Cytoscape.js shape. */
export const nodeShape = (type: string, kind: string | null) => look(type, kind)[1];
export const edgeColour = (type: string) => EDGE[type] ?? '#AAAAAA';

/** GEXF knows four shapes: disc, square, triangle, diamond. */
export function gexfShape(type: string, kind: string | null): string {
  const shape = nodeShape(type, kind);
  if (shape === 'triangle' || shape === 'vee') return 'triangle';
  if (shape === 'diamond' || shape === 'rhomboid' || shape === 'star') return 'diamond';
  if (shape.includes('rectangle') || shape === 'tag') return 'square';
  return 'disc';
}
