// The list queries (actors with first/after, programmes) read only what a request asks for: one
// Cypher query for a page and the relations it selects, the total only when asked, and the same
// answers as the per-item relation loaders (issue 14.4); only the properties selected are read.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const fixture = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
let db: Executor;
let app: FastifyInstance;
/** The Cypher queries read during one request: [name, params]. */
let reads: [string, Record<string, unknown>][] = [];

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  expect((await importDocument(db, fixture, 'REPLACE')).ok).toBe(true);
  app = await testApp(db);
  // observe (not replace) the reads: request scopes inherit the executor's methods
  const read = db.read.bind(db);
  vi.spyOn(db, 'read').mockImplementation((query, params) => {
    reads.push([typeof query === 'string' ? query : query.name, (params ?? {}) as Record<string, unknown>]);
    return read(query, params);
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
  await db?.close();
});

async function readsOf<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; reads: typeof reads }> {
  reads = [];
  const data = await gqlOk<T>(app, query, variables);
  // accounts/*: the app's background first-start check (is there an account yet?), not this request;
  // analyses/pairs/*: the background rebuild of the stored analysis pairs after an import (ADR 013)
  return {
    data,
    reads: reads.filter(([name]) => name !== 'read/territories-by-id' && !name.startsWith('accounts/') && !name.startsWith('analyses/pairs/')),
  };
}

describe('list queries read only what is asked', () => {
  it('a page of actors with two relations is one query; no total, no links unless asked', async () => {
    const { reads: r } = await readsOf('{ actors(first: 2) { edges { node { id activeIn { id } addresses { id } } } pageInfo { hasNextPage } } }');
    expect(r.map(([n]) => n)).toEqual(['read/actors-page']);
    expect(r[0]?.[1]).toMatchObject({ first: 2, want: ['activeIn', 'addresses'] });

    const withTotal = await readsOf('{ actors(first: 2) { totalCount edges { node { id } } } }');
    expect(withTotal.reads.map(([n]) => n).sort()).toEqual(['read/actors-count', 'read/actors-page']);
    expect(withTotal.reads.find(([n]) => n === 'read/actors-page')?.[1]).toMatchObject({ want: [] });
  });

  it('relations asked through fragments and aliases are read in the page query too', async () => {
    const { reads: r } = await readsOf(
      'query { actors(first: 5) { edges { node { ...A ... on Actor { p: programmes { id } } } } } } fragment A on Actor { links { type } }',
    );
    expect(r.map(([n]) => n)).toEqual(['read/actors-page']);
    expect(r[0]?.[1]).toMatchObject({ want: ['programmes', 'links'] });
  });

  it('answers as the per-actor loaders do, page after page, with the same total', async () => {
    type Node = {
      id: string;
      activeIn: { id: string }[];
      addresses: { id: string }[];
      programmes: { id: string }[];
      links: { type: string; from: string; to: string }[];
    };
    type Page = { actors: { totalCount: number; edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const fields = 'id activeIn { id } addresses { id } programmes { id } links { type from to }';
    const listed: Node[] = [];
    let after: string | null = null;
    do {
      const { data }: { data: Page } = await readsOf<Page>(
        `query($after: String) { actors(first: 2, after: $after) { totalCount edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
        {
          after,
        },
      );
      expect(data.actors.totalCount).toBe(fixture.actors.length);
      listed.push(...data.actors.edges.map((e) => e.node));
      after = data.actors.pageInfo.hasNextPage ? data.actors.pageInfo.endCursor : null;
    } while (after);
    expect(listed).toHaveLength(fixture.actors.length);
    for (const a of listed) {
      // one actor at a time: the relation loaders (a query per relation)
      const { data, reads: r } = await readsOf<{ actor: Node }>(`query($id: ID!) { actor(id: $id) { ${fields} } }`, { id: a.id });
      expect(data.actor).toEqual(a);
      expect(r.filter(([n]) => n === 'read/actor-relations').map(([, p]) => p.want)).toEqual(
        expect.arrayContaining([['activeIn'], ['addresses'], ['programmes'], ['links']]),
      );
    }
    expect(listed.some((a) => a.links.length > 0 && a.programmes.length > 0)).toBe(true);
  });

  it('programmes with their relations are one query, and answer as the loaders do', async () => {
    type P = { id: string; activeIn: { id: string }[]; operators: { id: string }[]; publics: { id: string }[] };
    const fields = 'id activeIn { id } operators { id } publics { id }';
    const { data, reads: r } = await readsOf<{ programmes: P[] }>(`{ programmes { ${fields} } }`);
    expect(r.map(([n]) => n)).toEqual(['read/programmes']);
    expect(r[0]?.[1]).toMatchObject({ want: ['activeIn', 'publics', 'operators'] });
    expect(data.programmes.map((p) => p.id)).toHaveLength(fixture.programmes.length);
    for (const p of data.programmes) {
      const one = await readsOf<{ programme: P }>(`query($id: ID!) { programme(id: $id) { ${fields} } }`, { id: p.id });
      expect(one.data.programme).toEqual(p);
    }
    expect(data.programmes.some((p) => p.operators.length > 0 && p.activeIn.length > 0)).toBe(true);
    // no relation asked: none read
    const bare = await readsOf('{ programmes { id name } }');
    expect(bare.reads[0]?.[1]).toMatchObject({ want: [] });
  });

  it('reads only the properties selected, and answers every field as actor(id) and programme(id) do', async () => {
    const { reads: r } = await readsOf('{ actors(first: 3) { edges { node { id description programmes { endDate } } } } }');
    expect(r[0]?.[1]).toMatchObject({ want: ['programmes'], props: ['id', 'name', 'description'], programmeProps: ['id', 'name', 'endDate'] });
    const ops = await readsOf('{ programmes { kind operators { email } } }');
    expect(ops.reads[0]?.[1]).toMatchObject({ want: ['operators'], props: ['id', 'name', 'kind'], operatorProps: ['id', 'name', 'email'] });

    // every stored property, on the list and its relations, equals the one-by-one answer
    const actorScalars = 'id name kind description website email phone address commune { id } outreach sources updatedAt version';
    const programmeScalars = 'id name kind description website capacity startDate endDate outreach sources updatedAt version';
    type Row = Record<string, unknown> & { id: string };
    const page = await readsOf<{ actors: { edges: { node: Row }[] } }>(
      `{ actors(first: 10) { edges { node { ${actorScalars} programmes { ${programmeScalars} } } } } }`,
    );
    const actors = page.data.actors.edges.map((e) => e.node);
    expect(actors).toHaveLength(fixture.actors.length);
    for (const a of actors) {
      const one = await readsOf<{ actor: Row }>(`query($id: ID!) { actor(id: $id) { ${actorScalars} programmes { ${programmeScalars} } } }`, { id: a.id });
      expect(one.data.actor).toEqual(a);
    }
    expect(actors.some((a) => a.email && a.commune)).toBe(true);
    expect(actors.some((a) => (a.programmes as { capacity: unknown }[]).some((p) => p.capacity))).toBe(true);
    const list = await readsOf<{ programmes: Row[] }>(`{ programmes { ${programmeScalars} operators { ${actorScalars} } } }`);
    for (const p of list.data.programmes) {
      const one = await readsOf<{ programme: Row }>(`query($id: ID!) { programme(id: $id) { ${programmeScalars} operators { ${actorScalars} } } }`, {
        id: p.id,
      });
      expect(one.data.programme).toEqual(p);
    }
    expect(list.data.programmes.some((p) => p.endDate && (p.operators as unknown[]).length > 0)).toBe(true);
  });

  it('an actor or programme read in part by a list is read whole by actor(id) / programme(id) in the same request', async () => {
    const both = await readsOf<{ actor: { id: string; email: string; phone: string } }>(
      'query($id: ID!) { actors(first: 500) { edges { node { id } } } actor(id: $id) { id email phone } }',
      { id: 'ml_morlaix' },
    );
    const stored = fixture.actors.find((a: { id: string }) => a.id === 'ml_morlaix');
    expect(both.data.actor).toEqual({ id: 'ml_morlaix', email: stored.email, phone: stored.phone });
    const prog = await readsOf<{ programme: { id: string; capacity: number; endDate: string } }>(
      '{ programmes { id } programme(id: "cej") { id capacity endDate } }',
    );
    expect(prog.data.programme).toEqual({ id: 'cej', capacity: 300, endDate: '2099-12-31' });
  });
});
