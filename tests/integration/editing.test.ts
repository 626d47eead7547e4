// biome-ignore-all lint/suspicious/noExplicitAny: the tests read GraphQL answers freely
// Editing through GraphQL (SPEC "Editing"): every mutation's happy path, problems as data with the
// database unchanged, optimistic concurrency, delete and undo with links, undo of an import,
// history, and the analyses following an edit.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../server/src/import/export.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb, resetHistory } from '../helpers/db.js';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
let db: Executor;
let app: FastifyInstance;

const RESULT = 'ok conflict version current problems { where message } change { id action recordType recordId summary by before after undoneBy }';
type Result = {
  ok: boolean;
  conflict: boolean;
  version: number | null;
  current: any;
  problems: { where: string; message: string }[];
  change: { id: string; action: string; recordType: string; recordId: string; summary: string; by: string; before: any; after: any } | null;
};

const mutate = async (field: string, args: string, vars: Record<string, unknown>, types: string): Promise<Result> =>
  ((await gqlOk<Record<string, Result>>(app, `mutation(${types}) { r: ${field}(${args}) { ${RESULT} } }`, vars)) as any).r;
const saveActor = (input: unknown, expectedVersion: number | null) =>
  mutate('saveActor', 'input: $i, expectedVersion: $v', { i: input, v: expectedVersion }, '$i: ActorInput!, $v: Int');
const saveProgramme = (input: unknown, expectedVersion: number | null) =>
  mutate('saveProgramme', 'input: $i, expectedVersion: $v', { i: input, v: expectedVersion }, '$i: ProgrammeInput!, $v: Int');
const deleteActor = (id: string, expectedVersion: number) =>
  mutate('deleteActor', 'id: $id, expectedVersion: $v', { id, v: expectedVersion }, '$id: ID!, $v: Int!');
const deleteProgramme = (id: string, expectedVersion: number) =>
  mutate('deleteProgramme', 'id: $id, expectedVersion: $v', { id, v: expectedVersion }, '$id: ID!, $v: Int!');
const saveLink = (input: unknown) => mutate('saveLink', 'input: $i', { i: input }, '$i: LinkInput!');
const deleteLink = (type: string, from: string, to: string) =>
  mutate('deleteLink', 'type: $t, from: $f, to: $to', { t: type, f: from, to }, '$t: LinkType!, $f: ID!, $to: ID!');
const undo = (changeId: string) => mutate('undo', 'changeId: $c', { c: changeId }, '$c: ID!');

const actor = async (id: string) =>
  (
    await gqlOk<{ actor: any }>(
      app,
      `query($id: ID!) { actor(id: $id) { id name version updatedAt addresses { id } links { type from to } history { action summary by } } }`,
      { id },
    )
  ).actor;
const exported = async () => {
  const { title: _t, ...doc } = await exportDocument(db);
  return doc;
};
const importDoc = async (document: unknown, mode: 'MERGE' | 'REPLACE') =>
  (
    await gqlOk<{ importCartography: { ok: boolean; changeId: string | null; problems: unknown[] } }>(
      app,
      'mutation($d: JSON!, $m: ImportMode!){ importCartography(document: $d, mode: $m) { ok changeId problems { where message } } }',
      { d: document, m: mode },
    )
  ).importCartography;

/** The actor ml_morlaix of the fixture, as an ActorInput. */
const morlaix = () => {
  const a = fixture().actors.find((x: any) => x.id === 'ml_morlaix');
  return { ...a };
};

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
  await resetHistory(db);
  expect((await importDoc(fixture(), 'REPLACE')).ok).toBe(true);
});

describe('saves', () => {
  it('creates an actor at version 1 and records a CREATE change', async () => {
    const r = await saveActor({ id: 'ccas_morlaix', name: 'CCAS de Morlaix', kind: 'LOCAL_AUTHORITY', commune: '29151', addresses: ['HOUSING_ACCESS'] }, null);
    expect(r).toMatchObject({ ok: true, conflict: false, version: 1, problems: [] });
    expect(r.change).toMatchObject({ action: 'CREATE', recordType: 'Actor', recordId: 'ccas_morlaix', by: 'admin-token', before: null });
    expect(r.change?.summary).toBe('Ajout de l’acteur CCAS de Morlaix');
    expect(r.change?.after).toMatchObject({ id: 'ccas_morlaix', commune: '29151', addresses: ['HOUSING_ACCESS'] });
    const a = await actor('ccas_morlaix');
    expect(a).toMatchObject({ name: 'CCAS de Morlaix', version: 1, addresses: [{ id: 'HOUSING_ACCESS' }] });
    expect(a.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('updates an actor with its expected version: +1, fields and lists replaced', async () => {
    const before = await actor('ml_morlaix');
    expect(before.version).toBe(1); // created by the fixture's import
    const input = { ...morlaix(), name: 'Mission locale de Morlaix', addresses: ['HOUSING_ACCESS', 'TRANSPORT'], sites: [] };
    const r = await saveActor(input, before.version);
    expect(r).toMatchObject({ ok: true, conflict: false, version: before.version + 1 });
    expect(r.change).toMatchObject({ action: 'UPDATE', summary: 'Modification de l’acteur Mission locale de Morlaix' });
    expect(r.change?.before).toMatchObject({ name: 'Mission locale du Pays de Morlaix', addresses: ['EMPLOYMENT_ACCESS'] });
    expect(r.change?.after).toMatchObject({ name: 'Mission locale de Morlaix', addresses: ['HOUSING_ACCESS', 'TRANSPORT'] });
    expect(r.change?.after.sites).toBeUndefined();
    const a = await actor('ml_morlaix');
    expect(a.addresses.map((b: any) => b.id).sort()).toEqual(['HOUSING_ACCESS', 'TRANSPORT']);
    // Its links are not the record's own fields: a save keeps them.
    expect(a.links.length).toBe(before.links.length);
  });

  it('creates and updates a programme', async () => {
    const r = await saveProgramme({ id: 'apprentissage', name: 'Cours de français', kind: 'SPECIALISED', domains: ['LANGUAGE'], activeIn: ['29'] }, null);
    expect(r).toMatchObject({ ok: true, version: 1 });
    const u = await saveProgramme({ id: 'apprentissage', name: 'Cours de français (soir)', kind: 'SPECIALISED', capacity: 12 }, 1);
    expect(u).toMatchObject({ ok: true, version: 2 });
    const d = await gqlOk<{ programme: any }>(app, '{ programme(id: "apprentissage") { name capacity version domains { id } history { action } } }');
    expect(d.programme).toMatchObject({ name: 'Cours de français (soir)', capacity: 12, version: 2, domains: [] });
    expect(d.programme.history.map((c: any) => c.action)).toEqual(['UPDATE', 'CREATE']);
  });

  it('upserts a link by (type, from, to) and deletes it', async () => {
    const r = await saveLink({ type: 'PARTNERS_WITH', from: 'ml_morlaix', to: 'ofii', sources: ['entretien du 30/11'] });
    expect(r.change).toMatchObject({ action: 'CREATE', recordType: 'Link', recordId: 'PARTNERS_WITH:ml_morlaix:ofii', before: null });
    const u = await saveLink({ type: 'PARTNERS_WITH', from: 'ml_morlaix', to: 'ofii', formal: true });
    expect(u.change).toMatchObject({ action: 'UPDATE', after: { type: 'PARTNERS_WITH', from: 'ml_morlaix', to: 'ofii', formal: true } });
    expect((await actor('ml_morlaix')).links).toContainEqual({ type: 'PARTNERS_WITH', from: 'ml_morlaix', to: 'ofii' });
    const d = await deleteLink('PARTNERS_WITH', 'ml_morlaix', 'ofii');
    expect(d.change).toMatchObject({ action: 'DELETE', after: null, before: { formal: true } });
    expect((await actor('ml_morlaix')).links).not.toContainEqual({ type: 'PARTNERS_WITH', from: 'ml_morlaix', to: 'ofii' });
  });
});

describe('problems come back as data and nothing is written', () => {
  const cases: [string, () => Promise<Result>, { where: string; message: RegExp }][] = [
    [
      'an unknown barrier',
      () => saveActor({ ...morlaix(), addresses: ['EMPLOYMENT_ACCESS', 'FOO'] }, 1),
      { where: 'input.addresses[1]', message: /unknown barrier "FOO"/ },
    ],
    [
      'an unknown site commune',
      () => saveActor({ ...morlaix(), sites: [{ commune: '29151' }, { commune: '99999' }] }, 1),
      { where: 'input.sites[1].commune', message: /unknown territory "99999"/ },
    ],
    [
      'a commune that is not a commune',
      () => saveActor({ ...morlaix(), commune: '29' }, 1),
      { where: 'input.commune', message: /is a DEPARTMENT, not a COMMUNE/ },
    ],
    ['an unknown territory', () => saveActor({ ...morlaix(), activeIn: ['ZZ'] }, 1), { where: 'input.activeIn[0]', message: /unknown territory "ZZ"/ }],
    ['a blank name', () => saveActor({ ...morlaix(), name: '   ' }, 1), { where: 'input.name', message: /./ }],
    [
      'an id used by a programme',
      () => saveActor({ id: 'cej', name: 'X', kind: 'ASSOCIATION' }, null),
      { where: 'input.id', message: /already used by a programme/ },
    ],
    [
      'a programme ending before it starts',
      () => saveProgramme({ id: 'p_x', name: 'X', kind: 'SPECIALISED', startDate: '2026-05-01', endDate: '2026-01-01' }, null),
      { where: 'input.endDate', message: /ends/ },
    ],
    [
      'a programme with a wrong date',
      () => saveProgramme({ id: 'p_x', name: 'X', kind: 'SPECIALISED', startDate: '1er mai' }, null),
      { where: 'input.startDate', message: /./ },
    ],
    [
      'a link to an unknown actor',
      () => saveLink({ type: 'REFERS_TO', from: 'ml_morlaix', to: 'nobody' }),
      { where: 'input.to', message: /unknown actor "nobody"/ },
    ],
    ['an OPERATES link to an actor', () => saveLink({ type: 'OPERATES', from: 'ml_morlaix', to: 'ofii' }), { where: 'input.to', message: /is an actor/ }],
    ['a link from an actor to itself', () => saveLink({ type: 'REFERS_TO', from: 'ofii', to: 'ofii' }), { where: 'input.to', message: /itself/ }],
    ['deleting a link that does not exist', () => deleteLink('FUNDS', 'ofii', 'cej'), { where: 'input', message: /aucun lien FUNDS/ }],
    ['undoing an unknown change', () => undo('nope'), { where: 'changeId', message: /inconnue/ }],
  ];
  for (const [name, write, problem] of cases) {
    it(name, async () => {
      const before = await exported();
      const changes = await gqlOk<{ changes: { totalCount: number } }>(app, '{ changes { totalCount } }');
      const r = await write();
      expect(r).toMatchObject({ ok: false, conflict: false, change: null });
      expect(r.problems).toContainEqual({ where: problem.where, message: expect.stringMatching(problem.message) });
      expect(await exported()).toEqual(before);
      expect((await gqlOk<{ changes: { totalCount: number } }>(app, '{ changes { totalCount } }')).changes.totalCount).toBe(changes.changes.totalCount);
    });
  }
});

describe('optimistic concurrency', () => {
  it('a stale expectedVersion writes nothing and answers the stored record', async () => {
    const v = (await actor('ml_morlaix')).version;
    expect((await saveActor({ ...morlaix(), name: 'Première' }, v)).ok).toBe(true);
    const before = await exported();
    const r = await saveActor({ ...morlaix(), name: 'Seconde' }, v);
    expect(r).toMatchObject({ ok: false, conflict: true, version: v + 1, change: null, current: { id: 'ml_morlaix', name: 'Première' } });
    expect(await exported()).toEqual(before);
    const d = await deleteActor('ml_morlaix', v);
    expect(d).toMatchObject({ ok: false, conflict: true, version: v + 1 });
    expect(await exported()).toEqual(before);
  });

  it('creating an existing id is a conflict', async () => {
    const before = await exported();
    const r = await saveActor({ id: 'ofii', name: 'OFII bis', kind: 'STATE_SERVICE' }, null);
    expect(r).toMatchObject({ ok: false, conflict: true, current: { id: 'ofii', name: 'OFII' } });
    expect(await exported()).toEqual(before);
  });
});

describe('delete and undo', () => {
  it('deleting an actor takes its links; undo brings them back', async () => {
    const before = await exported();
    const a = await actor('ml_morlaix');
    const links = a.links.length;
    expect(links).toBeGreaterThan(1);
    const d = await deleteActor('ml_morlaix', a.version);
    expect(d).toMatchObject({ ok: true, change: { action: 'DELETE', after: null } });
    expect(d.change?.summary).toBe(`Suppression de l’acteur Mission locale du Pays de Morlaix et de ses ${links} liens`);
    expect(await actor('ml_morlaix')).toBeNull();
    const gone = await exported();
    expect((gone.links ?? []).filter((l) => l.from === 'ml_morlaix' || l.to === 'ml_morlaix')).toEqual([]);

    const u = await undo(d.change?.id as string);
    expect(u).toMatchObject({ ok: true, version: a.version + 1, change: { action: 'UNDO', recordId: 'ml_morlaix' } });
    expect(u.change?.summary).toMatch(/^Annulation : Suppression/);
    expect(await exported()).toEqual(before);
    const back = await actor('ml_morlaix');
    expect(back.links.length).toBe(links);
    expect(back.version).toBe(a.version + 1);
    const history = await gqlOk<{ changes: { edges: { node: { id: string; undoneBy: string | null } }[] } }>(
      app,
      'query($r: ID) { changes(recordId: $r) { edges { node { id undoneBy } } } }',
      { r: 'ml_morlaix' },
    );
    expect(history.changes.edges.find((e) => e.node.id === d.change?.id)?.node.undoneBy).toBe(u.change?.id);
  });

  it('deletes a programme with its links and undoes it', async () => {
    const before = await exported();
    const p = (await gqlOk<{ programme: { version: number } }>(app, '{ programme(id: "cej") { version } }')).programme;
    const d = await deleteProgramme('cej', p.version);
    expect(d.ok).toBe(true);
    expect(((await exported()).links ?? []).some((l) => l.to === 'cej')).toBe(false);
    expect((await undo(d.change?.id as string)).ok).toBe(true);
    expect(await exported()).toEqual(before);
  });

  it('undoes an update and a create', async () => {
    const before = await exported();
    const v = (await actor('ofii')).version;
    const s = await saveActor({ id: 'ofii', name: 'Office français', kind: 'STATE_SERVICE' }, v);
    const c = await saveActor({ id: 'new_one', name: 'Nouveau', kind: 'ASSOCIATION' }, null);
    expect((await undo(c.change?.id as string)).ok).toBe(true);
    expect(await actor('new_one')).toBeNull();
    const u = await undo(s.change?.id as string);
    expect(u).toMatchObject({ ok: true, version: v + 2 });
    expect(await exported()).toEqual(before);
  });

  it('undo is refused (conflict, nothing written) when the record changed since, and a second undo too', async () => {
    const v = (await actor('ofii')).version;
    const first = await saveActor({ id: 'ofii', name: 'Un', kind: 'STATE_SERVICE' }, v);
    await saveActor({ id: 'ofii', name: 'Deux', kind: 'STATE_SERVICE' }, v + 1);
    const before = await exported();
    const r = await undo(first.change?.id as string);
    expect(r).toMatchObject({ ok: false, conflict: true, change: null });
    expect(r.problems[0]?.message).toMatch(/changé depuis/);
    expect(await exported()).toEqual(before);
    const link = await saveLink({ type: 'REFERS_TO', from: 'ofii', to: 'caf' });
    expect((await undo(link.change?.id as string)).ok).toBe(true);
    const again = await undo(link.change?.id as string);
    expect(again).toMatchObject({ ok: false, conflict: true });
    expect(again.problems[0]?.message).toMatch(/déjà été annulée/);
  });

  it('undoes an UNDO (redo)', async () => {
    const v = (await actor('ofii')).version;
    const s = await saveActor({ id: 'ofii', name: 'Refait', kind: 'STATE_SERVICE' }, v);
    const u = await undo(s.change?.id as string);
    const r = await undo(u.change?.id as string);
    expect(r.ok).toBe(true);
    expect((await actor('ofii')).name).toBe('Refait');
  });
});

describe('imports', () => {
  it('a MERGE import bumps the versions it touches and is undone whole', async () => {
    const before = await exported();
    const v = (await actor('ofii')).version;
    const caf = (await actor('caf')).version;
    const doc = {
      format: 'agir-cartography',
      version: 1,
      actors: [
        { id: 'ofii', name: 'OFII Bretagne', kind: 'STATE_SERVICE' },
        { id: 'nouveau', name: 'Nouvelle association', kind: 'ASSOCIATION', addresses: ['HOUSING_ACCESS'] },
      ],
      links: [{ type: 'REFERS_TO', from: 'nouveau', to: 'ofii' }],
    };
    const r = await importDoc(doc, 'MERGE');
    expect(r.ok).toBe(true);
    expect((await actor('ofii')).version).toBe(v + 1);
    expect((await actor('nouveau')).version).toBe(1);
    expect((await actor('caf')).version).toBe(caf);
    const change = await gqlOk<{ changes: { edges: { node: any }[] } }>(
      app,
      'query($r: ID) { changes(recordId: $r) { edges { node { action recordType by before after } } } }',
      {
        r: r.changeId,
      },
    );
    // An import's before and after count the records it touched (its full state is kept for undo only).
    expect(change.changes.edges.map((e) => e.node)).toEqual([
      {
        action: 'IMPORT',
        recordType: 'Cartography',
        by: 'admin-token',
        before: { territories: 0, actors: 1, programmes: 0, links: 0, statistics: 0 },
        after: { territories: 0, actors: 2, programmes: 0, links: 1, statistics: 0 },
      },
    ]);
    const u = await undo(r.changeId as string);
    expect(u.ok).toBe(true);
    expect(await actor('nouveau')).toBeNull();
    expect(await exported()).toEqual(before);
    expect((await actor('ofii')).version).toBe(v + 2);
  });

  it('a REPLACE import keeps counting versions and is undone whole', async () => {
    const before = await exported();
    const v = (await actor('ofii')).version;
    const doc = fixture();
    doc.actors = doc.actors.filter((a: any) => a.id !== 'caf');
    doc.links = doc.links.filter((l: any) => l.from !== 'caf' && l.to !== 'caf');
    const r = await importDoc(doc, 'REPLACE');
    expect(r.ok).toBe(true);
    expect((await actor('ofii')).version).toBe(v + 1);
    expect(await actor('caf')).toBeNull();
    expect((await undo(r.changeId as string)).ok).toBe(true);
    expect(await exported()).toEqual(before);
    expect((await actor('caf')).links.length).toBeGreaterThan(0);
  });

  it('undo of an import is refused when a record it touched changed since', async () => {
    const r = await importDoc({ format: 'agir-cartography', version: 1, actors: [{ id: 'ofii', name: 'OFII 2', kind: 'STATE_SERVICE' }] }, 'MERGE');
    const v = (await actor('ofii')).version;
    await saveActor({ id: 'ofii', name: 'OFII 3', kind: 'STATE_SERVICE' }, v);
    const u = await undo(r.changeId as string);
    expect(u).toMatchObject({ ok: false, conflict: true });
    expect((await actor('ofii')).name).toBe('OFII 3');
  });
});

describe('history', () => {
  it('lists a record’s changes newest first, with who, what and the diff', async () => {
    const v = (await actor('ofii')).version;
    await saveActor({ id: 'ofii', name: 'A', kind: 'STATE_SERVICE' }, v);
    await saveLink({ type: 'REFERS_TO', from: 'ofii', to: 'caf' });
    await saveActor({ id: 'ofii', name: 'B', kind: 'STATE_SERVICE' }, v + 1);
    const a = await actor('ofii');
    // A link's changes are in the history of its two ends.
    expect(a.history.map((c: any) => c.summary)).toEqual([
      'Modification de l’acteur B',
      'Ajout du lien REFERS_TO de ofii vers caf',
      'Modification de l’acteur A',
      expect.stringMatching(/^Import/),
    ]);
    const page1 = await gqlOk<{ changes: any }>(
      app,
      'query($r: ID) { changes(recordId: $r, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { summary before after } } } }',
      { r: 'ofii' },
    );
    expect(page1.changes.totalCount).toBe(4);
    expect((await actor('caf')).history.map((c: any) => c.summary)[0]).toBe('Ajout du lien REFERS_TO de ofii vers caf');
    expect(page1.changes.edges[0].node).toMatchObject({ summary: 'Modification de l’acteur B', before: { name: 'A' }, after: { name: 'B' } });
    const page2 = await gqlOk<{ changes: any }>(
      app,
      'query($r: ID, $a: String) { changes(recordId: $r, first: 5, after: $a) { edges { node { summary } } } }',
      {
        r: 'ofii',
        a: page1.changes.pageInfo.endCursor,
      },
    );
    expect(page2.changes.edges.map((e: any) => e.node.summary)).toEqual([
      'Ajout du lien REFERS_TO de ofii vers caf',
      'Modification de l’acteur A',
      expect.stringMatching(/^Import/),
    ]);
    const link = await gqlOk<{ changes: any }>(app, '{ changes(recordId: "REFERS_TO:ofii:caf") { edges { node { summary } } } }');
    expect(link.changes.edges.map((e: any) => e.node.summary)).toEqual(['Ajout du lien REFERS_TO de ofii vers caf']);
  });
});

describe('analyses follow an edit', () => {
  it('the coverage answer changes after saving an actor’s barriers', async () => {
    const q = '{ barrierCoverage(barrierId: "HOUSING_ACCESS", territoryId: "29151") { actors { actor { id } } } }';
    const ids = async () => (await gqlOk<{ barrierCoverage: { actors: { actor: { id: string } }[] } }>(app, q)).barrierCoverage.actors.map((x) => x.actor.id);
    expect(await ids()).not.toContain('ml_morlaix');
    const v = (await actor('ml_morlaix')).version;
    expect((await saveActor({ ...morlaix(), addresses: ['EMPLOYMENT_ACCESS', 'HOUSING_ACCESS'] }, v)).ok).toBe(true);
    expect(await ids()).toContain('ml_morlaix');
  });
});
