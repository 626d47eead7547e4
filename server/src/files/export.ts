// Exports of the cartography or of a view of it (the filters of `graph(filter:)`):
// interchange JSON, XLSX and CSV (the spreadsheet layout), GraphML, GEXF and CYJS (Gephi,
// yEd, networkx, Cytoscape desktop) with typed attributes, positions, colours and shapes per kind.
import { XMLBuilder } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { missingTerritories } from '../../../cypher/files/queries.js';
import { type GraphEdgeRow, type GraphNodeRow, graphView } from '../../../cypher/graph/queries.js';
import type { InterchangeDocument } from '../import/document.js';
import { exportDocument } from '../import/export.js';
import type { Executor } from '../neo4j/executor.js';
import { ACTOR_KINDS, barrierIds, domainIds, LINK_TYPES } from '../vocabulary.js';
import { edgeColour, gexfShape, nodeColour, nodeShape } from './look.js';
import { writeSheets } from './spreadsheet.js';
import { writeCsvZip } from './tables.js';
import { writeWorkbook } from './workbook.js';

export const EXPORT_FORMATS = ['json', 'xlsx', 'csv', 'graphml', 'gexf', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const INCLUDES = ['BARRIER', 'DOMAIN', 'PUBLIC', 'TERRITORY'] as const;

export interface ViewFilter {
  domains: string[];
  barriers: string[];
  territories: string[];
  kinds: string[];
  linkTypes: string[];
  include: string[];
  formalOnly: boolean;
}

/** On-screen positions sent by the explorer (y down), by node id. */
export type Positions = Record<string, { x: number; y: number }>;

const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).filter(Boolean);

/** The view filters of the query string (`domain`, `barrier`, `territory`, `kind`, `linkType`, `include`, each repeatable). */
export function parseViewFilter(query: Record<string, string | string[] | undefined>): { filter: ViewFilter } | { problem: string } {
  const filter: ViewFilter = {
    domains: many(query.domain),
    barriers: many(query.barrier),
    territories: many(query.territory),
    kinds: many(query.kind),
    linkTypes: many(query.linkType),
    include: many(query.include).map((x) => x.toUpperCase()),
    formalOnly: query.formalOnly === 'true',
  };
  const check = (name: string, values: string[], allowed: ReadonlySet<string> | readonly string[]) => {
    const set = allowed instanceof Set ? allowed : new Set(allowed as readonly string[]);
    const bad = values.find((v) => !set.has(v));
    return bad === undefined ? undefined : `${name} : valeur inconnue ${JSON.stringify(bad)} (valeurs : ${[...set].join(', ')})`;
  };
  const problem =
    check('domain', filter.domains, domainIds) ??
    check('barrier', filter.barriers, barrierIds) ??
    check('kind', filter.kinds, ACTOR_KINDS) ??
    check('linkType', filter.linkTypes, LINK_TYPES) ??
    check('include', filter.include, INCLUDES);
  return problem ? { problem } : { filter };
}

const orNull = (a: string[]) => (a.length ? a : null);
const edgeId = (e: { type: string; source: string; target: string }) => `${e.type}:${e.source}->${e.target}`;

export class UnknownTerritory extends Error {}

/** The nodes and edges of the view (union over the territories when there are several). */
async function view(db: Executor, f: ViewFilter): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }> {
  const nodes = new Map<string, GraphNodeRow>();
  const edges = new Map<string, GraphEdgeRow>();
  if (f.territories.length) {
    const [row] = await db.read(missingTerritories, { ids: f.territories });
    if (row?.missing.length) throw new UnknownTerritory(`territory : territoire inconnu ${row.missing.map((m) => JSON.stringify(m)).join(', ')}`);
  }
  for (const territoryId of f.territories.length ? f.territories : [null]) {
    const [row] = await db.read(graphView, {
      territoryId,
      barrierIds: orNull(f.barriers),
      domainIds: orNull(f.domains),
      actorKinds: orNull(f.kinds),
      linkTypes: orNull(f.linkTypes),
      formalOnly: f.formalOnly,
      include: f.include,
    });
    for (const n of row?.nodes ?? []) nodes.set(n.id, n);
    for (const e of row?.edges ?? []) edges.set(edgeId(e), e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const isFiltered = (f: ViewFilter) => Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v));

/** The interchange document restricted to the view: its actors, programmes and links; every territory and statistic (references stay valid). */
function restrict(doc: InterchangeDocument, nodes: GraphNodeRow[], edges: GraphEdgeRow[]): InterchangeDocument {
  const ids = new Set(nodes.map((n) => n.id));
  const shown = new Set(edges.map(edgeId));
  return {
    ...doc,
    actors: (doc.actors ?? []).filter((a) => ids.has(a.id)),
    programmes: (doc.programmes ?? []).filter((p) => ids.has(p.id)),
    links: (doc.links ?? []).filter((l) => shown.has(edgeId({ type: l.type, source: l.from, target: l.to }))),
  };
}

/** `#rrggbb` as r, g, b: every Gephi version reads GEXF colours in this form. */
const rgb = (hex: string) => ({ r: Number.parseInt(hex.slice(1, 3), 16), g: Number.parseInt(hex.slice(3, 5), 16), b: Number.parseInt(hex.slice(5, 7), 16) });
/** The same as a CSS colour, which graphology-gexf writes as r, g, b attributes (not GEXF 1.3's `hex`). */
const cssRgb = (hex: string) => {
  const { r, g, b } = rgb(hex);
  return `rgb(${r},${g},${b})`;
};

type AttrType = 'string' | 'boolean' | 'int' | 'double';
/** Node attributes of the graph formats, with their types (lists joined with `;`). */
const NODE_ATTRS: [string, AttrType][] = [
  ['id', 'string'],
  ['label', 'string'],
  ['type', 'string'],
  ['kind', 'string'],
  ['description', 'string'],
  ['website', 'string'],
  ['email', 'string'],
  ['phone', 'string'],
  ['address', 'string'],
  ['commune', 'string'],
  ['activeIn', 'string'],
  ['addresses', 'string'],
  ['domains', 'string'],
  ['publics', 'string'],
  ['capacity', 'int'],
  ['startDate', 'string'],
  ['endDate', 'string'],
  ['outreach', 'boolean'],
  ['sources', 'string'],
  ['lat', 'double'],
  ['lon', 'double'],
];
const EDGE_ATTRS: [string, AttrType][] = [
  ['type', 'string'],
  ['formal', 'boolean'],
  ['note', 'string'],
  ['sources', 'string'],
];

type Attrs = Record<string, string | number | boolean>;
interface GraphNodeOut {
  id: string;
  attrs: Attrs;
  /** y down (screen), when known. */
  position?: { x: number; y: number };
}
interface GraphEdgeOut {
  id: string;
  source: string;
  target: string;
  attrs: Attrs;
}

/** Commune coordinates as a plane (equirectangular around the view's centre), y down, in pixels. */
function geoPositions(nodes: GraphNodeRow[]): Map<string, { x: number; y: number }> {
  const located = nodes.filter((n) => n.lat != null && n.lon != null && (n.type === 'Actor' || n.type === 'Territory'));
  const out = new Map<string, { x: number; y: number }>();
  if (!located.length) return out;
  const lat0 = located.reduce((s, n) => s + (n.lat as number), 0) / located.length;
  const lon0 = located.reduce((s, n) => s + (n.lon as number), 0) / located.length;
  const k = 1000;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  for (const n of located)
    out.set(n.id, { x: Math.round(((n.lon as number) - lon0) * cos * k * 100) / 100, y: Math.round(-((n.lat as number) - lat0) * k * 100) / 100 });
  return out;
}

async function graphElements(db: Executor, f: ViewFilter, positions?: Positions): Promise<{ nodes: GraphNodeOut[]; edges: GraphEdgeOut[] }> {
  const [v, doc] = await Promise.all([view(db, f), exportDocument(db)]);
  const records = new Map<string, Record<string, unknown>>();
  for (const a of doc.actors ?? []) records.set(a.id, a as unknown as Record<string, unknown>);
  for (const p of doc.programmes ?? []) records.set(p.id, p as unknown as Record<string, unknown>);
  const links = new Map((doc.links ?? []).map((l) => [edgeId({ type: l.type, source: l.from, target: l.to }), l]));
  const geo = geoPositions(v.nodes);
  const nodes = v.nodes
    .map((n): GraphNodeOut => {
      const rec = records.get(n.id) ?? {};
      const attrs: Attrs = {};
      for (const [name] of NODE_ATTRS) {
        const value =
          name === 'label' ? n.label : name === 'type' ? n.type : name === 'kind' ? n.kind : name === 'lat' ? n.lat : name === 'lon' ? n.lon : rec[name];
        if (value === undefined || value === null) continue;
        if (Array.isArray(value)) {
          if (value.length) attrs[name] = value.join(';');
        } else attrs[name] = value as string | number | boolean;
      }
      attrs.id = n.id;
      const position = positions?.[n.id] ?? geo.get(n.id);
      return { id: n.id, attrs, ...(position ? { position } : {}) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = v.edges
    .map((e): GraphEdgeOut => {
      const id = edgeId(e);
      const link = links.get(id);
      const attrs: Attrs = { type: e.type };
      const formal = link?.formal ?? e.formal;
      if (formal !== undefined && formal !== null) attrs.formal = formal;
      if (link?.note) attrs.note = link.note;
      if (link?.sources?.length) attrs.sources = link.sources.join(';');
      return { id, source: e.source, target: e.target, attrs };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges };
}

const GRAPHML_TYPE: Record<AttrType, string> = { string: 'string', boolean: 'boolean', int: 'int', double: 'double' };

function graphml(nodes: GraphNodeOut[], edges: GraphEdgeOut[]): string {
  const keys = [
    ...NODE_ATTRS.map(([name, type]) => ({ '@_id': `n_${name}`, '@_for': 'node', '@_attr.name': name, '@_attr.type': GRAPHML_TYPE[type] })),
    // Positions and colours as Gephi's GraphML import reads them.
    ...(['x', 'y'] as const).map((name) => ({ '@_id': `n_${name}`, '@_for': 'node', '@_attr.name': name, '@_attr.type': 'double' })),
    ...(['r', 'g', 'b'] as const).map((name) => ({ '@_id': `n_${name}`, '@_for': 'node', '@_attr.name': name, '@_attr.type': 'int' })),
    ...EDGE_ATTRS.map(([name, type]) => ({ '@_id': `e_${name}`, '@_for': 'edge', '@_attr.name': name, '@_attr.type': GRAPHML_TYPE[type] })),
  ];
  const data = (prefix: string, attrs: Attrs) => Object.entries(attrs).map(([k, v]) => ({ '@_key': `${prefix}_${k}`, '#text': String(v) }));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: keys,
      graph: {
        '@_id': 'agir-cartographie',
        '@_edgedefault': 'directed',
        node: nodes.map((n) => ({
          '@_id': n.id,
          data: data('n', {
            ...n.attrs,
            // GraphML tools (Gephi, yEd) have y up.
            ...(n.position ? { x: n.position.x, y: -n.position.y } : {}),
            ...rgb(nodeColour(String(n.attrs.type), (n.attrs.kind as string | undefined) ?? null)),
          }),
        })),
        edge: edges.map((e) => ({ '@_id': e.id, '@_source': e.source, '@_target': e.target, data: data('e', e.attrs) })),
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(doc);
}

function gexf(nodes: GraphNodeOut[], edges: GraphEdgeOut[]): string {
  const g = new MultiDirectedGraph();
  for (const n of nodes) g.addNode(n.id, { ...n.attrs, ...(n.position ? { x: n.position.x, y: -n.position.y } : {}) });
  for (const e of edges) g.addDirectedEdgeWithKey(e.id, e.source, e.target, e.attrs);
  return writeGexf(g, {
    version: '1.3',
    formatNode: (_key, a) => {
      const { x, y, ...attributes } = a;
      const type = String(a.type);
      const kind = (a.kind as string | undefined) ?? null;
      return {
        label: String(a.label),
        attributes,
        viz: {
          color: cssRgb(nodeColour(type, kind)),
          shape: gexfShape(type, kind),
          size: type === 'Actor' || type === 'Programme' ? 10 : 6,
          ...(x !== undefined ? { x, y } : {}),
        },
      };
    },
    formatEdge: (_key, a) => ({ label: String(a.type), attributes: a, viz: { color: cssRgb(edgeColour(String(a.type))) } }),
  });
}

/** Cytoscape.js JSON (Cytoscape desktop reads it: File → Import → Network from File). */
function cyjs(nodes: GraphNodeOut[], edges: GraphEdgeOut[]) {
  return {
    format_version: '1.0',
    generated_by: 'AGIR Cartographie',
    target_cytoscapejs_version: '~3.0',
    data: { name: 'AGIR Cartographie', shared_name: 'AGIR Cartographie' },
    elements: {
      nodes: nodes.map((n) => ({ data: { ...n.attrs, name: n.attrs.label }, ...(n.position ? { position: n.position } : {}) })),
      edges: edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, interaction: e.attrs.type, ...e.attrs } })),
    },
  };
}

/** The Cytoscape style of the explorer's legend (Cytoscape desktop: File → Import → Styles from File). */
export function cyjsStyle() {
  const style: { selector: string; css: Record<string, string | number> }[] = [
    { selector: 'node', css: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'border-width': 1, 'border-color': '#1a1a1a' } },
    { selector: 'edge', css: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
  ];
  const nodeRules: [string, string, string | null][] = [
    ...ACTOR_KINDS.map((k): [string, string, string] => [`node[type = "Actor"][kind = "${k}"]`, 'Actor', k]),
    ...['GLOBAL_SUPPORT', 'SPECIALISED', 'COMMON_LAW'].map((k): [string, string, string] => [`node[type = "Programme"][kind = "${k}"]`, 'Programme', k]),
    ...['Barrier', 'Domain', 'Public', 'Territory'].map((t): [string, string, null] => [`node[type = "${t}"]`, t, null]),
  ];
  for (const [selector, type, kind] of nodeRules) style.push({ selector, css: { 'background-color': nodeColour(type, kind), shape: nodeShape(type, kind) } });
  for (const t of LINK_TYPES) style.push({ selector: `edge[type = "${t}"]`, css: { 'line-color': edgeColour(t), 'target-arrow-color': edgeColour(t) } });
  return [{ format_version: '1.0', generated_by: 'AGIR Cartographie', target_cytoscapejs_version: '~3.0', title: 'AGIR Cartographie', style }];
}

export interface ExportedFile {
  ext: string;
  type: string;
  body: string | Uint8Array;
}

export async function exportFile(db: Executor, format: ExportFormat, filter: ViewFilter, style = false, positions?: Positions): Promise<ExportedFile> {
  if (format === 'cyjs' && style) return { ext: 'style.json', type: 'application/json', body: JSON.stringify(cyjsStyle(), null, 2) };
  if (format === 'json' || format === 'xlsx' || format === 'csv') {
    let doc = await exportDocument(db);
    if (isFiltered(filter)) {
      const v = await view(db, filter);
      doc = restrict(doc, v.nodes, v.edges);
    }
    if (format === 'json') return { ext: 'json', type: 'application/json', body: `${JSON.stringify(doc, null, 2)}\n` };
    const tables = writeSheets(doc);
    if (format === 'csv') return { ext: 'zip', type: 'application/zip', body: writeCsvZip(tables) };
    return { ext: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await writeWorkbook(tables) };
  }
  const { nodes, edges } = await graphElements(db, filter, positions);
  if (format === 'graphml') return { ext: 'graphml', type: 'application/graphml+xml', body: graphml(nodes, edges) };
  if (format === 'gexf') return { ext: 'gexf', type: 'application/gexf+xml', body: gexf(nodes, edges) };
  return { ext: 'cyjs', type: 'application/json', body: JSON.stringify(cyjs(nodes, edges), null, 2) };
}
