// biome-ignore-all lint/suspicious/noExplicitAny: the tests mutate fixture documents freely
// Issue 7 on imports: oversize and odd input gets a located problem (never « Unexpected
// error. »), MERGE keeps the graph consistent (ids across types, level changes, a racing
// REPLACE), and an export is restorable after every kind of write.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import { validateDocument } from '../../server/src/import/validate.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gql, gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
let db: Executor;
let app: FastifyInstance;

type Report = { ok: boolean; created: number; updated: number; problems: { where: string; message: string }[] };
const IMPORT = 'mutation($d: JSON!, $m: ImportMode!){ importCartography(document: $d, mode: $m) { ok created updated problems { where message } } }';
const importDoc = async (document: unknown, mode: 'MERGE' | 'REPLACE') =>
  (await gqlOk<{ importCartography: Report }>(app, IMPORT, { d: document, m: mode })).importCartography;

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

const deep = (levels: number) => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

describe('input too big or odd gets a located problem and writes nothing', () => {
  /** Sets a field of the fixture: [list, index, field, value]. */
  type Change = [string, number, string, unknown];
  const cases: [string, Change, { where: string; message: RegExp }][] = [
    ['an id over 200 characters', ['actors', 0, 'id', 'a'.repeat(9000)], { where: 'actors[0].id', message: /too long: 9000 characters \(at most 200\)/ }],
    ['a name over 500 characters', ['actors', 1, 'name', 'N'.repeat(501)], { where: 'actors[1].name', message: /at most 500/ }],
    ['a 100,000-character territory name', ['territories', 0, 'name', 'T'.repeat(100_000)], { where: 'territories[0].name', message: /too long: 100000/ }],
    [
      'a description over 20,000 characters',
      ['programmes', 0, 'description', 'd'.repeat(20_001)],
      { where: 'programmes[0].description', message: /at most 20000/ },
    ],
    ['a value nested 100 levels', ['actors', 0, 'description', deep(100)], { where: 'actors[0].description', message: /nested too deeply/ }],
    ['a whitespace-only id', ['actors', 0, 'id', '   '], { where: 'actors[0].id', message: /must not be blank/ }],
    ['a whitespace-only name', ['territories', 1, 'name', ' \t '], { where: 'territories[1].name', message: /must not be blank/ }],
    ['a lone surrogate', ['actors', 0, 'name', 'Acteur \ud800'], { where: 'actors[0].name', message: /lone UTF-16 surrogate/ }],
  ];
  for (const [name, [list, index, field, value], expected] of cases) {
    it(name, async () => {
      const before = await exportDocument(db);
      const doc = fixture();
      doc[list][index][field] = value;
      for (const mode of ['MERGE', 'REPLACE'] as const) {
        const r = await importDoc(doc, mode);
        expect(r.ok).toBe(false);
        expect(r.problems).toContainEqual({ where: expected.where, message: expect.stringMatching(expected.message) });
      }
      expect(await exportDocument(db)).toEqual(before);
    });
  }

  it('a value nested 10,000 levels (sent as JSON text: the client-side JSON.stringify cannot even build it)', async () => {
    const before = await exportDocument(db);
    const doc = JSON.stringify(fixture());
    const deepText = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
    const withDeep = doc.replace('"actors":[{', `"actors":[{"description":${deepText},`);
    for (const mode of ['MERGE', 'REPLACE']) {
      const payload = `{"query":${JSON.stringify(IMPORT)},"variables":{"m":"${mode}","d":${withDeep}}}`;
      const r = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
      expect(r.statusCode).toBe(200);
      const report = r.json().data.importCartography as Report;
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual({ where: 'actors[0].description', message: 'is nested too deeply (at most 8 levels)' });
    }
    expect(await exportDocument(db)).toEqual(before);
  });

  it('a request over the body limit: 413 with a message, nothing written', async () => {
    const small = await testApp(db, { BODY_LIMIT_MB: 1 });
    try {
      const doc = fixture();
      doc.title = 'x'.repeat(1500);
      doc.actors = Array.from({ length: 800 }, (_, i) => ({ id: `big_${i}`, name: `Acteur ${i}`, kind: 'OTHER', description: 'd'.repeat(1500) }));
      const r = await small.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: IMPORT, variables: { d: doc, m: 'REPLACE' } },
      });
      expect(r.statusCode).toBe(413);
      expect(r.json().errors[0].message).toMatch(/too large/i);
      expect((await exportDocument(db)).actors?.some((a) => a.id === 'big_0')).toBe(false);
    } finally {
      await small.close();
    }
  });

  it('a document over the size given to the importer (CLI, backups) says its size', async () => {
    const doc = fixture();
    const r = await importDocument(db, doc, 'REPLACE', { maxBytes: 1000 });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ where: '(document)', message: expect.stringMatching(/too big: about [\d.]+ MB \(at most 0\.0 MB\)/) });
  });
});

describe('MERGE consistency', () => {
  it('refuses an id already used by a record of another type', async () => {
    const doc = fixture();
    const actorId = doc.actors[0].id;
    const territoryId = doc.territories[0].id;
    const r = await importDoc(
      {
        format: 'agir-cartography',
        version: 1,
        programmes: [{ id: actorId, name: 'Dispositif homonyme', kind: 'OTHER' }],
        actors: [{ id: territoryId, name: 'Acteur homonyme', kind: 'OTHER' }],
      },
      'MERGE',
    );
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { where: 'programmes[0].id', message: `id "${actorId}" is already used by an actor in the cartography` },
        { where: 'actors[0].id', message: `id "${territoryId}" is already used by a territory in the cartography` },
      ]),
    );
  });

  it('refuses a level change that breaks relations, and accepts one that does not', async () => {
    const doc = fixture();
    const located = doc.actors.find((a: any) => a.commune);
    const commune = doc.territories.find((t: any) => t.id === located.commune);
    const relevel = {
      ...commune,
      level: 'EPCI',
      partOf: commune.partOf?.filter((p: string) => doc.territories.find((t: any) => t.id === p)?.level === 'DEPARTMENT'),
    };
    const r = await importDoc({ format: 'agir-cartography', version: 1, territories: [relevel] }, 'MERGE');
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({
      where: 'territories[0].level',
      message: expect.stringMatching(/would break its relations: .*located in this commune/),
    });
    // A parent re-levelled below one of its children.
    const parent = doc.territories.find(
      (t: any) => doc.territories.some((c: any) => c.partOf?.includes(t.id) && c.level === 'COMMUNE') && t.level !== 'REGION',
    );
    const down = await importDoc({ format: 'agir-cartography', version: 1, territories: [{ ...parent, level: 'COMMUNE' }] }, 'MERGE');
    expect(down.ok).toBe(false);
    expect(down.problems.some((p) => /is part of it/.test(p.message))).toBe(true);
    await expectRestorable();
  });

  it('never leaves a dangling reference when MERGE races REPLACE (50 rounds)', async () => {
    const base = fixture();
    const commune = base.territories.find((t: any) => t.level === 'COMMUNE').id;
    const withoutCommune = fixture();
    withoutCommune.territories = withoutCommune.territories.filter((t: any) => t.id !== commune);
    withoutCommune.territories.forEach((t: any) => {
      if (t.partOf) t.partOf = t.partOf.filter((p: string) => p !== commune);
    });
    withoutCommune.actors.forEach((a: any) => {
      if (a.commune === commune) delete a.commune;
      if (a.activeIn) a.activeIn = a.activeIn.filter((x: string) => x !== commune);
      if (a.sites) a.sites = a.sites.filter((s: any) => s.commune !== commune);
    });
    withoutCommune.programmes.forEach((p: any) => {
      if (p.activeIn) p.activeIn = p.activeIn.filter((x: string) => x !== commune);
      if (p.sites) p.sites = p.sites.filter((s: any) => s.commune !== commune);
    });
    withoutCommune.statistics = (withoutCommune.statistics ?? []).filter((s: any) => s.territory !== commune);
    const partner = base.actors[0].id;
    const outcomes = { merged: 0, refused: 0 };
    for (let round = 0; round < 50; round++) {
      const merge = {
        format: 'agir-cartography',
        version: 1,
        actors: [{ id: `race_${round}`, name: `Course ${round}`, kind: 'ASSOCIATION', commune, activeIn: [commune], addresses: ['HOUSING_ACCESS'] }],
        links: [{ type: 'PARTNERS_WITH', from: `race_${round}`, to: partner }],
      };
      const [m, r] = await Promise.all([gql<{ importCartography: Report }>(app, IMPORT, { d: merge, m: 'MERGE' }), importDoc(withoutCommune, 'REPLACE')]);
      expect(m.errors).toBeUndefined();
      const report = m.data?.importCartography as Report;
      if (report.ok) outcomes.merged++;
      else {
        outcomes.refused++;
        expect(report.problems.map((p) => p.where)).toEqual(expect.arrayContaining(['actors[0].commune']));
      }
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
      const exported = await exportDocument(db);
      expect(validateDocument(exported)).toEqual([]);
      const raced = exported.actors?.find((a) => a.id === `race_${round}`);
      if (raced) expect(raced.commune).toBeUndefined(); // REPLACE came after: the actor is gone with it
      await importDoc(base, 'REPLACE');
    }
    expect(outcomes.merged + outcomes.refused).toBe(50);
  }, 300_000);
});

async function expectRestorable() {
  const exported = await exportDocument(db);
  expect(validateDocument(exported)).toEqual([]);
  const r = await importDocument(db, exported, 'REPLACE');
  expect(r.problems).toEqual([]);
  expect(await exportDocument(db)).toEqual(exported);
}

describe('an export is restorable after every kind of write', () => {
  it('REPLACE, MERGE of new and existing records, links, territories, statistics, and an allowed level change', async () => {
    await expectRestorable();
    const doc = fixture();
    const writes: unknown[] = [
      { format: 'agir-cartography', version: 1, actors: [{ id: 'new_actor', name: 'Nouvel acteur', kind: 'OTHER', activeIn: [doc.territories[0].id] }] },
      { format: 'agir-cartography', version: 1, actors: [{ ...doc.actors[0], name: 'Renommé', addresses: ['HOUSING_ACCESS'] }] },
      { format: 'agir-cartography', version: 1, links: [{ type: 'PARTNERS_WITH', from: 'new_actor', to: doc.actors[0].id, formal: true }] },
      { format: 'agir-cartography', version: 1, programmes: [{ ...doc.programmes[0], activeIn: [doc.territories[0].id] }] },
      {
        format: 'agir-cartography',
        version: 1,
        territories: [{ id: 'new_commune', name: 'Nouvelle commune', level: 'COMMUNE', partOf: [doc.territories[0].id] }],
      },
      { format: 'agir-cartography', version: 1, territories: [{ id: 'new_commune', name: 'Nouvel EPCI', level: 'EPCI', partOf: [doc.territories[0].id] }] },
      { format: 'agir-cartography', version: 1, statistics: [{ territory: 'new_commune', indicator: 'BPI_COUNT', year: 2024, value: 3 }] },
    ];
    for (const w of writes) {
      const r = await importDoc(w, 'MERGE');
      expect(r.problems).toEqual([]);
      await expectRestorable();
    }
  });
});
