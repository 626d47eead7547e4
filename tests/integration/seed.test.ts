// The Finistère seed: it loads, its counts, and every read query answers on it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts } from '../../cypher/read/queries.js';
import { exportDocument } from '../../server/src/import/export.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { isEmpty, loadSeed, readSeed } from '../../server/src/seed.js';
import { gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

let db: Executor;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  expect(await isEmpty(db)).toBe(true);
  await loadSeed(db);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('Finistère seed', () => {
  it('loads with its counts', async () => {
    expect(await isEmpty(db)).toBe(false);
    const [c] = await db.read(counts, {});
    // Issue 12: at least 140 actors and 70 programmes; links were pruned of unsourced guesses (about 250 remain).
    expect(c?.actors).toBeGreaterThanOrEqual(140);
    expect(c?.programmes).toBeGreaterThanOrEqual(70);
    expect(c?.links).toBeGreaterThanOrEqual(200);
    const levels = await gqlOk<{ r: unknown[]; d: unknown[]; ze: unknown[]; epci: unknown[]; c: unknown[] }>(
      app,
      '{ r: territories(level: REGION) { id } d: territories(level: DEPARTMENT) { id } ze: territories(level: EMPLOYMENT_AREA) { id } epci: territories(level: EPCI) { id } c: territories(level: COMMUNE) { id } }',
    );
    expect([levels.r.length, levels.d.length, levels.ze.length, levels.epci.length, levels.c.length]).toEqual([1, 1, 5, 21, 277]);
  });

  it('holds the CIR operated by OFII, and AGIR', async () => {
    const d = await gqlOk<{ cir: { kind: string; operators: { name: string }[] }; agir: { kind: string } | null }>(
      app,
      '{ cir: programme(id: "CIR") { kind operators { name } } agir: programme(id: "AGIR") { kind } }',
    );
    expect(d.cir.kind).toBe('SPECIALISED');
    expect(d.cir.operators.map((o) => o.name).join()).toMatch(/OFII/);
    expect(d.agir?.kind).toBe('GLOBAL_SUPPORT');
  });

  it('places every commune in the Finistère, with INSEE code, population and coordinates', async () => {
    const d = await gqlOk<{ territories: { id: string; population: number | null; lat: number | null; parents: { id: string; level: string }[] }[] }>(
      app,
      '{ territories(level: COMMUNE) { id population lat parents { id level } } }',
    );
    for (const t of d.territories) {
      expect(t.id).toMatch(/^29\d{3}$/);
      expect(t.population).toBeGreaterThan(0);
      expect(t.lat).toBeGreaterThan(47.5);
      expect(t.parents.some((p) => p.level === 'EMPLOYMENT_AREA')).toBe(true);
    }
    const brest = d.territories.find((t) => t.id === '29019');
    expect(brest?.population).toBeGreaterThan(130_000);
  });

  it('gives sources for every actor, programme and link, and never cites a partisan aggregator', () => {
    const doc = readSeed() as { actors: { sources?: string[] }[]; programmes: { sources?: string[] }[]; links: { sources?: string[] }[] };
    for (const item of [...doc.actors, ...doc.programmes, ...doc.links]) expect(item.sources?.length).toBeGreaterThan(0);
    expect(JSON.stringify(doc)).not.toMatch(/fdesouche|breizh-info|envahis/i);
    expect(JSON.stringify(doc)).not.toMatch(/Presse régionale/);
  });

  it('answers the read queries: actors in Morlaix, search, graph', async () => {
    const d = await gqlOk<{ morlaix: { totalCount: number }; search: { edges: { node: { name: string } }[] }; graph: { nodes: unknown[]; edges: unknown[] } }>(
      app,
      '{ morlaix: actors(filter: { territoryId: "29151" }) { totalCount } search: actors(filter: { search: "mission locale" }) { edges { node { name } } } graph { nodes { id } edges { id } } }',
    );
    expect(d.morlaix.totalCount).toBeGreaterThan(10);
    expect(d.search.edges.length).toBeGreaterThanOrEqual(4);
    expect(d.graph.nodes.length).toBeGreaterThanOrEqual(105);
    expect(d.graph.edges.length).toBeGreaterThanOrEqual(150);
  });

  it('survives an export → REPLACE import round trip unchanged', async () => {
    const before = await exportDocument(db);
    const { importDocument } = await import('../../server/src/import/load.js');
    const r = await importDocument(db, before, 'REPLACE');
    expect(r.ok).toBe(true);
    expect(await exportDocument(db)).toEqual(before);
  });
});
