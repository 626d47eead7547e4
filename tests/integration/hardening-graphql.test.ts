// Issue 7 reproduced on the GraphQL route: every attack of the report is refused fast with a
// clear error and the server keeps answering; cross-site writes are refused and write nothing;
// bad requests get a 4xx; clients never see internals whatever NODE_ENV says.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../../server/src/http/graphql.js';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import { Executor } from '../../server/src/neo4j/executor.js';
import { readSeed } from '../../server/src/seed.js';
import { gql, testApp } from '../helpers/app.js';
import { neo4jUri, openTestDb, resetDb } from '../helpers/db.js';

let db: Executor;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  expect((await importDocument(db, readSeed(), 'REPLACE')).ok).toBe(true);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const nested = (levels: number) => {
  let q = 'id';
  for (let i = 0; i < levels; i++) q = `id ${(levels - 1 - i) % 2 ? 'parents' : 'children'} { ${q} }`;
  return `{ territory(id: "29") { ${q} } }`;
};

/** What a client must never see. */
const INTERNALS = /at [\w.<>]+ \(|\/work\/|node_modules|\.ts:\d+|Neo\.\w+Error|elementId|ECONNREFUSED|127\.0\.0\.1:\d+|\bstack\b/;

describe('GraphQL limits', () => {
  it('refuses the 20-level territory query at once, runs no Cypher for it, and keeps answering /healthz', async () => {
    const r = await gql(app, nested(20));
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
  });

  it('bounds an answer that nests within the depth limit: the load budget stops the explosion', async () => {
    const r = await gql(app, nested(GRAPHQL_LIMITS.maxDepth - 2));
    expect(r.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(r.errors?.[0]?.message).toMatch(/objets imbriqués/);
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });

  it('refuses 5,000 aliases of informationGaps without running them', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `g${i}: informationGaps { strength }`).join(' ');
    const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: `{ ${aliases} }` } });
    const body = res.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/token|alias/i);
    const fewer = Array.from({ length: 40 }, (_, i) => `g${i}: informationGaps { strength }`).join(' ');
    const r2 = await gql(app, `{ ${fewer} }`);
    expect(r2.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses too many directives and too costly queries', async () => {
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    expect((await gql(app, `{ barriers { id ${directives} } }`)).errors?.[0]?.message).toMatch(/directive/i);
    const wide = Array.from(
      { length: 14 },
      (_, i) =>
        `a${i}: actors(first: 500) { edges { node { id name kind email phone website address description sources updatedAt activeIn { id name level population lat lon } addresses { id label } programmes { id name kind description website capacity } links { type from to formal note sources } } } }`,
    ).join(' ');
    expect((await gql(app, `{ ${wide} }`)).errors?.[0]?.message).toMatch(/cost/i);
  });

  it('gives no field suggestion to a client probing the schema', async () => {
    const r = await gql(app, '{ actorz { id } }');
    expect(r.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('limits the Cypher queries of one request (the DataLoader batches; a budget stops the rest)', async () => {
    const scoped = db.forRequest({ budget: 3 });
    for (let i = 0; i < 3; i++) await scoped.read('read/counts');
    await expect(scoped.read('read/counts')).rejects.toThrow(/plus de 3 lectures/);
    // The explorer's heaviest page stays far inside the default budget.
    const page = db.forRequest({ budget: 1000 });
    const { createLoaders } = await import('../../server/src/schema/loaders.js');
    const loaders = createLoaders(page);
    await Promise.all(['29', '29232', '29019'].map((id) => loaders.territoryRelations.load(id)));
    expect(page.queryCount).toBe(1);
  });
});

describe('bad requests answer 4xx', () => {
  it('HEAD /graphql', async () => {
    const r = await app.inject({ method: 'HEAD', url: '/graphql' });
    expect(r.statusCode).toBe(405);
    expect(r.headers.allow).toContain('POST');
  });

  it('GET with malformed variables', async () => {
    const r = await app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{barriers{id}}')}&variables=${encodeURIComponent('{')}` });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].message).toBe('variables: not valid JSON');
  });

  it('a JSON body that is not an object', async () => {
    const r = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '[]' });
    expect(r.statusCode).toBe(400);
  });
});

describe('cross-site requests', () => {
  const replace = 'mutation { importCartography(document: {format: "agir-cartography", version: 1}, mode: REPLACE) { ok } }';

  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(replace)}`],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${replace}\r\n--x--\r\n`],
    ['text/plain', JSON.stringify({ query: replace })],
  ])('refuses a %s POST from a foreign page and writes nothing', async (type, payload) => {
    const before = await exportDocument(db);
    const r = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': type, origin: 'https://evil.example' }, payload });
    expect(r.statusCode).toBe(415);
    expect(r.json().errors[0].message).toMatch(/application\/json/);
    expect(await exportDocument(db)).toEqual(before);
  });

  it('refuses a mutation over GET', async () => {
    const r = await app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent(replace)}` });
    expect(r.statusCode).toBe(405);
    expect((await exportDocument(db)).actors?.length).toBeGreaterThan(50);
  });

  it('checks the Host header (DNS rebinding)', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { host: 'evil.example', 'content-type': 'application/json' },
      payload: { query: '{ barriers { id } }' },
    });
    expect(r.statusCode).toBe(421);
    expect((await app.inject({ url: '/healthz', headers: { host: '127.0.0.1:4000' } })).statusCode).toBe(200);
    const named = await testApp(db, { ALLOWED_HOSTS: ['carto.example.org'] });
    try {
      expect((await named.inject({ url: '/healthz', headers: { host: 'carto.example.org' } })).statusCode).toBe(200);
      expect((await named.inject({ url: '/healthz', headers: { host: 'localhost' } })).statusCode).toBe(421);
    } finally {
      await named.close();
    }
  });

  it('answers CORS preflights for the configured origins only', async () => {
    const withOrigin = await testApp(db, { CORS_ORIGINS: ['https://partenaire.example'] });
    try {
      const preflight = (origin: string) =>
        withOrigin.inject({
          method: 'OPTIONS',
          url: '/graphql',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      const ok = await preflight('https://partenaire.example');
      expect(ok.statusCode).toBe(204);
      expect(ok.headers['access-control-allow-origin']).toBe('https://partenaire.example');
      expect(String(ok.headers['access-control-allow-methods'])).toContain('POST');
      const evil = await preflight('https://evil.example');
      expect(evil.statusCode).toBe(403);
      expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await withOrigin.close();
    }
  });
});

describe('headers, GraphiQL and introspection', () => {
  it('sends security headers with a CSP that allows no inline script', async () => {
    const r = await app.inject({ url: '/healthz' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('same-origin');
  });

  it('serves a small GraphiQL page whose script and style are cached files', async () => {
    const page = await app.inject({ url: '/graphql', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body.length).toBeLessThan(2000);
    expect(page.body).not.toMatch(/<script>[^<]/);
    const src = /<script src="([^"]+)"/.exec(page.body)?.[1] as string;
    const js = await app.inject({ url: src });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.body.length).toBeGreaterThan(1_000_000);
    const again = await app.inject({ url: src, headers: { 'if-none-match': String(js.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('turns GraphiQL and introspection off in production by default', async () => {
    const prod = await testApp(db, { NODE_ENV: 'production', GRAPHIQL: undefined, INTROSPECTION: undefined } as never);
    try {
      const { loadConfig } = await import('../../server/src/config.js');
      const c = loadConfig({ NODE_ENV: 'production' }, '');
      expect([c.GRAPHIQL, c.INTROSPECTION]).toEqual([false, false]);
      const noIntro = await testApp(db, { GRAPHIQL: false, INTROSPECTION: false });
      const r = await gql(noIntro, '{ __schema { types { name } } }');
      expect(r.errors?.[0]?.message).toMatch(/introspection/i);
      await noIntro.close();
    } finally {
      await prod.close();
    }
  });
});

describe('error masking does not depend on NODE_ENV', () => {
  it('never shows a stack, a path or a Neo4j name, even with NODE_ENV=development', async () => {
    // A driver with a wrong password: every query fails inside the driver.
    const wrong = new Executor({ uri: neo4jUri(), user: 'nobody', password: 'not-the-password', fastFail: true });
    const dev = await testApp(wrong, { NODE_ENV: 'development' });
    try {
      const r = await dev.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: '{ programmes { id } }' },
      });
      expect(r.body).not.toMatch(INTERNALS);
      expect(r.json().errors[0].message).toBe('Unexpected error.');
      expect(r.json().errors[0].extensions?.originalError).toBeUndefined();
      const ready = await dev.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.body).not.toMatch(INTERNALS);
      const exp = await dev.inject('/api/export');
      expect(exp.statusCode).toBeGreaterThanOrEqual(500);
      expect(exp.body).not.toMatch(INTERNALS);
    } finally {
      await dev.close();
      await wrong.close();
    }
  });
});

describe('rate limits', () => {
  it('limit writes and exports per client, not reads, with a clear message', async () => {
    const limited = await testApp(db, { RATE_LIMIT_WRITES_PER_MIN: 2, RATE_LIMIT_EXPORTS_PER_MIN: 1 });
    try {
      const merge = 'mutation { importCartography(document: {format: "agir-cartography", version: 1}, mode: MERGE) { ok } }';
      for (let i = 0; i < 2; i++) expect((await gql(limited, merge)).errors).toBeUndefined();
      const third = await limited.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: merge } });
      expect(third.statusCode).toBe(429);
      expect(third.json().errors[0].message).toMatch(/Trop de requêtes : au plus 2 par minute/);
      for (let i = 0; i < 5; i++) expect((await gql(limited, '{ barriers { id } }')).errors).toBeUndefined();
      expect((await limited.inject('/api/export')).statusCode).toBe(200);
      const second = await limited.inject('/api/export');
      expect(second.statusCode).toBe(429);
      expect(second.json().error).toMatch(/au plus 1 par minute/);
    } finally {
      await limited.close();
    }
  });
});
