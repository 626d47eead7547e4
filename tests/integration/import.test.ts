// biome-ignore-all lint/suspicious/noExplicitAny: the tests mutate fixture documents freely
// importCartography through GraphQL: validation writes nothing; MERGE and REPLACE;
// export then REPLACE import gives back the same graph.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../server/src/import/export.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
let db: Executor;
let app: FastifyInstance;

type Report = { ok: boolean; created: number; updated: number; problems: { where: string; message: string }[] };
const importDoc = async (document: unknown, mode: 'MERGE' | 'REPLACE') =>
  (
    await gqlOk<{ importCartography: Report }>(
      app,
      'mutation($d: JSON!, $m: ImportMode!){ importCartography(document: $d, mode: $m) { ok created updated problems { where message } } }',
      { d: document, m: mode },
    )
  ).importCartography;

beforeAll(async () => {
  db = await openTestDb();
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});
beforeEach(async () => {
  await resetDb(db);
  expect((await importDoc(fixture(), 'REPLACE')).ok).toBe(true);
});

describe('import validation writes nothing', () => {
  const broken: [string, (d: Record<string, any>) => void, { where: string; message: RegExp }][] = [
    [
      'not the interchange format',
      (d) => {
        d.format = 'csv';
      },
      { where: 'format', message: /must be "agir-cartography"/ },
    ],
    [
      'a wrong enum',
      (d) => {
        d.actors[1].kind = 'MINISTERE';
      },
      { where: 'actors[1].kind', message: /unknown value "MINISTERE"/ },
    ],
    [
      'a missing required field',
      (d) => {
        delete d.actors[0].name;
      },
      { where: 'actors[0].name', message: /is required/ },
    ],
    [
      'an unknown barrier',
      (d) => {
        d.actors[1].addresses.push('FOO');
      },
      { where: 'actors[1].addresses[1]', message: /unknown barrier "FOO"/ },
    ],
    [
      'an unknown territory',
      (d) => {
        d.programmes[0].activeIn = ['99999'];
      },
      { where: 'programmes[0].activeIn[0]', message: /unknown territory "99999"/ },
    ],
    [
      'a duplicate id',
      (d) => {
        d.actors.push({ ...d.actors[0], name: 'Autre' });
      },
      { where: 'actors[5].id', message: /duplicate id "ofii"/ },
    ],
    [
      'a link of the wrong endpoint type',
      (d) => {
        d.links.push({ type: 'FUNDS', from: 'caf', to: 'ccas_brest' });
      },
      { where: 'links[6].to', message: /is an actor: a FUNDS link points to a programme/ },
    ],
    [
      'a link to an unknown actor',
      (d) => {
        d.links.push({ type: 'REFERS_TO', from: 'caf', to: 'ghost' });
      },
      { where: 'links[6].to', message: /unknown actor "ghost"/ },
    ],
    [
      'a territory cycle',
      (d) => {
        d.territories[0].partOf = ['29151'];
      },
      { where: 'territories[1].partOf', message: /territory cycle/ },
    ],
    [
      'a negative population',
      (d) => {
        d.territories[1].population = -3;
      },
      { where: 'territories[1].population', message: /must be >= 0/ },
    ],
    [
      'a malformed date',
      (d) => {
        d.programmes[1].startDate = '01/03/2022';
      },
      { where: 'programmes[1].startDate', message: /must match format "date"/ },
    ],
  ];

  for (const [name, mutate, expected] of broken) {
    it(`refuses ${name}, says where, and leaves the database as it was`, async () => {
      const before = await exportDocument(db);
      const doc = fixture();
      doc.actors[0].name = 'OFII (modifié)'; // a change that must not be written
      mutate(doc);
      for (const mode of ['MERGE', 'REPLACE'] as const) {
        const r = await importDoc(doc, mode);
        expect(r.ok).toBe(false);
        expect(r.created + r.updated).toBe(0);
        expect(r.problems).toContainEqual({ where: expected.where, message: expect.stringMatching(expected.message) });
      }
      expect(await exportDocument(db)).toEqual(before);
    });
  }

  it('returns every problem of a document at once', async () => {
    const doc = fixture();
    doc.actors[0].kind = 'X';
    doc.actors[1].addresses = ['A', 'B'];
    doc.links[0].to = 'nothing';
    const r = await importDoc(doc, 'REPLACE');
    expect(r.problems.map((p) => p.where)).toEqual(
      expect.arrayContaining(['actors[0].kind', 'actors[1].addresses[0]', 'actors[1].addresses[1]', 'links[0].to']),
    );
  });
});

describe('MERGE and REPLACE', () => {
  it('MERGE upserts by id and counts created and updated', async () => {
    const r = await importDoc(
      {
        format: 'agir-cartography',
        version: 1,
        actors: [
          { id: 'ofii', name: 'OFII – direction territoriale', kind: 'STATE_SERVICE', activeIn: ['53'], sources: ['mise à jour'] },
          { id: 'new_asso', name: 'Nouvelle association', kind: 'ASSOCIATION', commune: '29019', activeIn: ['29019'] },
        ],
        links: [{ type: 'REFERS_TO', from: 'new_asso', to: 'ccas_brest', sources: ['entretien'] }],
      },
      'MERGE',
    );
    expect(r).toEqual({ ok: true, created: 2, updated: 1, problems: [] });
    const doc = await exportDocument(db);
    expect(doc.actors).toHaveLength(6);
    expect(doc.actors?.find((a) => a.id === 'ofii')?.name).toBe('OFII – direction territoriale');
    expect(doc.links).toHaveLength(7);
    expect(doc.territories).toHaveLength(8);
  });

  it('REPLACE empties the cartography but keeps the vocabulary', async () => {
    const r = await importDoc({ format: 'agir-cartography', version: 1, territories: [{ id: '29', name: 'Finistère', level: 'DEPARTMENT' }] }, 'REPLACE');
    // The Finistère was there before: REPLACE counts it as updated (and the preview of POST /api/import says what it deletes).
    expect(r).toEqual({ ok: true, created: 0, updated: 1, problems: [] });
    const doc = await exportDocument(db);
    expect(doc.actors).toEqual([]);
    expect(doc.territories).toEqual([{ id: '29', name: 'Finistère', level: 'DEPARTMENT' }]);
    const v = await gqlOk<{ barriers: unknown[] }>(app, '{ barriers { id } }');
    expect(v.barriers).toHaveLength(17);
  });
});

describe('export', () => {
  it('GET /api/export?format=json returns the interchange document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="agir-cartographie-\d{4}-\d{2}-\d{2}\.json"/);
    const doc = res.json();
    expect(doc.format).toBe('agir-cartography');
    expect(doc.actors).toHaveLength(5);
    const bad = await app.inject({ method: 'GET', url: '/api/export?format=pdf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^format : json, xlsx, csv, graphml, gexf, cyjs attendu/);
  });

  it('exports exactly what was imported (same fields, same values)', async () => {
    const doc = await exportDocument(db);
    const src = fixture();
    const sortById = (l: { id: string }[]) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
    const sorted = (o: Record<string, any>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) && k !== 'sources' ? [...v].sort() : v]));
    expect(doc.actors).toEqual(sortById(src.actors).map(sorted));
    expect(doc.programmes).toEqual(
      sortById(src.programmes).map((p: Record<string, any>) => ({
        ...p,
        domains: [...p.domains].sort(),
        addresses: [...p.addresses].sort(),
        publics: [...p.publics].sort(),
      })),
    );
    expect(doc.territories?.find((t) => t.id === '29151')).toEqual({ ...src.territories[5], partOf: [...src.territories[5].partOf].sort() });
    expect(doc.statistics).toHaveLength(2);
  });

  it('an export re-imported with REPLACE gives back the same graph', async () => {
    const first = await exportDocument(db);
    const r = await importDoc(first, 'REPLACE');
    expect(r.ok).toBe(true);
    expect(await exportDocument(db)).toEqual(first);
  });
});
