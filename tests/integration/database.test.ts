// Migrations, health checks and recovery when Neo4j goes away and comes back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedNeo4j } from '../../server/src/neo4j/embedded.js';
import { Executor } from '../../server/src/neo4j/executor.js';
import { migrate } from '../../server/src/neo4j/migrate.js';
import { testApp } from '../helpers/app.js';
import { openTestDb } from '../helpers/db.js';

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db?.close();
});

const schemaState = async () => {
  const session = db.driver.session();
  try {
    const c = await session.run('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name');
    const i = await session.run(
      "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type <> 'LOOKUP' RETURN name, type, labelsOrTypes, properties ORDER BY name",
    );
    return { constraints: c.records.map((r) => r.toObject()), indexes: i.records.map((r) => r.toObject()) };
  } finally {
    await session.close();
  }
};

describe('migrations', () => {
  it('create the unique ids and search indexes, and are idempotent', async () => {
    const first = await schemaState();
    expect(first.constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['actor_id', 'programme_id', 'territory_id', 'domain_id', 'barrier_id', 'public_id', 'statistic_key']),
    );
    expect(first.indexes.find((i) => i.name === 'actor_search')).toMatchObject({ type: 'TEXT', properties: ['searchName'] });
    const applied = await migrate(db);
    expect(applied).toEqual([
      'migrations/001-constraints',
      'migrations/002-indexes',
      'migrations/003-import-lock',
      'migrations/004-territory-overlaps',
      'migrations/005-accounts-and-changes',
      'migrations/006-versions',
      'migrations/007-recommendations',
      'migrations/008-analysis-pairs',
      'migrations/009-actor-commune',
    ]);
    await migrate(db);
    expect(await schemaState()).toEqual(first);
  });

  it('enforce unique ids in the database itself', async () => {
    const session = db.driver.session();
    try {
      await session.run("CREATE (:Actor {id: 'dup-test'})");
      await expect(session.run("CREATE (:Actor {id: 'dup-test'})")).rejects.toThrow(/already exists/);
    } finally {
      await session.run("MATCH (a:Actor {id: 'dup-test'}) DELETE a");
      await session.close();
    }
  });
});

describe('health', () => {
  it('/healthz answers and /readyz is ready on a live database', async () => {
    const app = await testApp(db);
    try {
      expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
      const r = await app.inject('/readyz');
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ status: 'ready' });
    } finally {
      await app.close();
    }
  });

  it('/readyz says 503 with a reason while Neo4j is unreachable, and recovers by itself', async () => {
    const port = await freePort();
    const password = 'recover-test-password';
    const down = new Executor({ uri: `neo4j://127.0.0.1:${port}`, user: 'neo4j', password, fastFail: true });
    const app = await testApp(down);
    const dir = mkdtempSync(join(tmpdir(), 'agir-recover-'));
    let neo: Awaited<ReturnType<typeof startEmbeddedNeo4j>> | undefined;
    try {
      const r = await app.inject('/readyz');
      expect(r.statusCode).toBe(503);
      expect(r.json()).toEqual({ status: 'unavailable', reason: 'la base de données ne répond pas' });
      expect(r.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost/);
      const q = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ programmes { id } }' } });
      expect(q.statusCode).toBe(503);
      expect(q.json().errors[0]).toMatchObject({
        message: expect.stringMatching(/^Base de données indisponible, nouvel essai en cours/),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect(q.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

      neo = await startEmbeddedNeo4j({ dataDir: dir, port, heapMb: 256, pageCacheMb: 32, startTimeoutS: 300, password });
      const again = await app.inject('/readyz');
      expect(again.statusCode).toBe(200);
      const q2 = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ programmes { id } }' } });
      expect(q2.json()).toEqual({ data: { programmes: [] } });
    } finally {
      await app.close();
      await down.close();
      await neo?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GraphQL endpoint', () => {
  it('serves GraphiQL without any CDN, takes application/graphql, and answers bad JSON with a GraphQL error', async () => {
    const app = await testApp(db);
    try {
      const page = await app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('AGIR Cartographie');
      expect(page.body).not.toMatch(/unpkg\.com|jsdelivr|raw\.githubusercontent/);
      const g = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/graphql' }, payload: '{ publics { id } }' });
      expect(g.statusCode).toBe(200);
      expect(g.json().data.publics).toHaveLength(9);
      const bad = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": ' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].message).toMatch(/JSON/);
      const cors = await app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(cors.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
