// GET/POST /api/export in the graph formats: GraphML and GEXF parsed back by graphology and by an
// independent XML parser (counts, every attribute with its type, positions, colours), CYJS loaded
// into a headless Cytoscape, the view filters, the explorer's positions.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../server/src/import/document.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const fixture = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as InterchangeDocument;
let db: Executor;
let app: FastifyInstance;

async function get(url: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
}
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'key', 'data', 'attvalue', 'attribute'].includes(name),
});
const actorsAndProgrammes = (fixture.actors?.length ?? 0) + (fixture.programmes?.length ?? 0);

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  expect((await importDocument(db, fixture, 'REPLACE')).ok).toBe(true);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('GraphML', () => {
  it('graphology reads back every node, edge and typed attribute, and positions from the communes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=graphml' });
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="agir-cartographie-\d{4}-\d{2}-\d{2}\.graphml"$/);
    const g = parseGraphml(MultiDirectedGraph, res.body);
    expect(g.order).toBe(actorsAndProgrammes);
    expect(g.size).toBe(fixture.links?.length);
    expect(g.getNodeAttributes('cej')).toEqual({
      id: 'cej',
      label: "Contrat d'engagement jeune",
      type: 'Programme',
      kind: 'COMMON_LAW',
      domains: 'EMPLOYMENT',
      addresses: 'EMPLOYMENT_ACCESS;VOCATIONAL_TRAINING',
      publics: 'YOUNG_UNDER_26',
      capacity: 300,
      startDate: '2022-03-01',
      endDate: '2099-12-31',
      outreach: true,
      sources: 'service-public.fr',
      // Gephi's r, g, b attributes, which graphology reads as a colour.
      color: '#ffffff',
    });
    const ml = g.getNodeAttributes('ml_morlaix');
    expect(ml).toMatchObject({
      type: 'Actor',
      kind: 'PUBLIC_EMPLOYMENT_SERVICE',
      commune: '29151',
      email: 'contact@ml-morlaix.example',
      outreach: false,
      lat: 48.5777,
      lon: -3.8275,
    });
    const brest = g.getNodeAttributes('ccas_brest');
    // Morlaix is east of and north of Brest: GraphML's y goes up.
    expect(ml.x).toBeGreaterThan(brest.x);
    expect(ml.y).toBeGreaterThan(brest.y);
    expect(g.hasNodeAttribute('ofii', 'x')).toBe(false);
    const edge = g.findEdge('ofii', 'cej', (_e, a) => a.type === 'PRESCRIBES');
    expect(edge && g.getEdgeAttributes(edge)).toEqual({ type: 'PRESCRIBES', note: 'orientation des jeunes signataires', sources: 'entretien' });
  });

  it('an independent XML parser sees the same: keys with their types, nodes, edges, data', async () => {
    const doc = xml.parse(await get('/api/export?format=graphml'));
    const keys = doc.graphml.key as Record<string, string>[];
    const key = (name: string, on: string) => keys.find((k) => k['attr.name'] === name && k.for === on);
    expect(key('capacity', 'node')?.['attr.type']).toBe('int');
    expect(key('outreach', 'node')?.['attr.type']).toBe('boolean');
    expect(key('lat', 'node')?.['attr.type']).toBe('double');
    expect(key('formal', 'edge')?.['attr.type']).toBe('boolean');
    const nodes = doc.graphml.graph.node as { id: string; data: { key: string; '#text': string | number }[] }[];
    expect(nodes).toHaveLength(actorsAndProgrammes);
    expect(doc.graphml.graph.edge).toHaveLength(fixture.links?.length ?? 0);
    const caf = nodes.find((n) => n.id === 'caf');
    const value = (n: typeof caf, name: string) => n?.data.find((d) => d.key === key(name, 'node')?.id)?.['#text'];
    expect(value(caf, 'label')).toBe('CAF du Finistère');
    expect(value(caf, 'addresses')).toBe('BENEFITS_ACCESS;CHILDCARE');
    expect(value(caf, 'r')).toBe(0);
    expect(value(caf, 'g')).toBe(158);
    expect(value(caf, 'b')).toBe(115);
  });
});

describe('GEXF', () => {
  it('graphology-gexf and an independent XML parser read back counts, typed attributes, viz positions, colours and shapes', async () => {
    const body = await get('/api/export?format=gexf');
    const g = parseGexf(MultiDirectedGraph, body);
    expect(g.order).toBe(actorsAndProgrammes);
    expect(g.size).toBe(fixture.links?.length);
    expect(g.getNodeAttributes('cej')).toMatchObject({
      label: "Contrat d'engagement jeune",
      type: 'Programme',
      capacity: 300,
      outreach: true,
      color: 'rgb(255,255,255)',
      shape: 'square',
    });
    expect(g.getNodeAttributes('ofii')).toMatchObject({ kind: 'STATE_SERVICE', color: 'rgb(0,114,178)', shape: 'diamond' });
    const ml = g.getNodeAttributes('ml_morlaix');
    const brest = g.getNodeAttributes('ccas_brest');
    expect(ml.x).toBeGreaterThan(brest.x);
    expect(ml.y).toBeGreaterThan(brest.y);
    const doc = xml.parse(body);
    const attributes = doc.gexf.graph.attributes as { class: string; attribute: { id: string; title: string; type: string }[] }[];
    const nodeAttrs = attributes.find((a) => a.class === 'node')?.attribute ?? [];
    expect(nodeAttrs.find((a) => a.title === 'capacity')?.type).toBe('integer');
    expect(nodeAttrs.find((a) => a.title === 'outreach')?.type).toBe('boolean');
    expect(nodeAttrs.find((a) => a.title === 'lat')?.type).toBe('double');
    const nodes = doc.gexf.graph.nodes.node as Record<string, unknown>[];
    expect(nodes).toHaveLength(actorsAndProgrammes);
    expect(doc.gexf.graph.edges.edge).toHaveLength(fixture.links?.length ?? 0);
    const mlXml = nodes.find((n) => n.id === 'ml_morlaix') as Record<string, Record<string, string>>;
    expect(Number(mlXml['viz:position']?.x)).toBeCloseTo(ml.x, 5);
    expect(mlXml['viz:color']).toMatchObject({ r: '230', g: '159', b: '0' });
  });

  it('exports a filtered view with the explorer’s positions (y down on screen, up in Gephi)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/export?format=gexf&kind=SOCIAL_PROTECTION&kind=PUBLIC_EMPLOYMENT_SERVICE&include=BARRIER',
      payload: { positions: { caf: { x: 10, y: 20 }, ml_morlaix: { x: -5, y: 7.5 } } },
    });
    expect(res.statusCode).toBe(200);
    const g = parseGexf(MultiDirectedGraph, res.body);
    const types = new Set(g.mapNodes((_n, a) => a.type));
    expect(types).toEqual(new Set(['Actor', 'Programme', 'Barrier']));
    expect(g.filterNodes((_n, a) => a.type === 'Actor').sort()).toEqual(['caf', 'ml_morlaix']);
    expect(g.getNodeAttributes('caf')).toMatchObject({ x: 10, y: -20 });
    expect(g.getNodeAttributes('ml_morlaix')).toMatchObject({ x: -5, y: -7.5 });
    expect(g.getNodeAttributes('CHILDCARE')).toMatchObject({ type: 'Barrier', color: 'rgb(178,24,43)' });
    expect(g.hasEdge('ADDRESSES:caf->CHILDCARE')).toBe(true);
  });

  it('refuses an unknown filter value or territory with a clear 400', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/export?format=gexf&kind=ASSO' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^kind : valeur inconnue "ASSO"/);
    const unknown = await app.inject({ method: 'GET', url: '/api/export?format=gexf&territory=99999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toBe('territory : territoire inconnu "99999"');
  });
});

describe('CYJS', () => {
  it('loads into a headless Cytoscape with data and positions, and its style applies', async () => {
    const cyjs = JSON.parse(await get('/api/export?format=cyjs&territory=242900801'));
    const style = JSON.parse(await get('/api/export?format=cyjs&style=true'));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: cyjs.elements, style: style[0].style });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['CIR', 'caf', 'cej', 'ecoute', 'ml_morlaix', 'ofii']);
    expect(cy.edges().length).toBeGreaterThan(0);
    const ml = cy.getElementById('ml_morlaix');
    expect(ml.data()).toMatchObject({
      label: 'Mission locale du Pays de Morlaix',
      type: 'Actor',
      kind: 'PUBLIC_EMPLOYMENT_SERVICE',
      addresses: 'EMPLOYMENT_ACCESS',
    });
    expect(Number.isFinite(ml.position('x'))).toBe(true);
    expect(ml.style('background-color')).toBe('rgb(230,159,0)');
    expect(ml.style('shape')).toBe('diamond');
    const op = cy.getElementById('OPERATES:ml_morlaix->cej');
    expect(op.data()).toMatchObject({ source: 'ml_morlaix', target: 'cej', interaction: 'OPERATES', type: 'OPERATES', sources: 'entretien' });
    expect(op.style('line-color')).toBe('rgb(34,34,34)');
  });
});

describe('JSON and spreadsheets of a view', () => {
  it('keep the view’s actors, programmes and links, and every territory', async () => {
    const doc = JSON.parse(await get('/api/export?format=json&linkType=PARTNERS_WITH&kind=SOCIAL_PROTECTION&kind=LOCAL_AUTHORITY')) as InterchangeDocument;
    expect(doc.actors?.map((a) => a.id)).toEqual(['caf', 'ccas_brest']);
    expect(doc.links?.map((l) => `${l.type}:${l.from}->${l.to}`)).toEqual(['PARTNERS_WITH:caf->ccas_brest']);
    expect(doc.territories).toHaveLength(fixture.territories?.length ?? 0);
  });
});
