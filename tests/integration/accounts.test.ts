// Accounts and roles (SPEC "Accounts and roles"): each kind of caller against each operation,
// with the refusal codes and nothing written; sessions (cookie, expiry, sign-out, CSRF), API
// tokens (revocation), the sign-in rate limit and the first-start setup link.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gql, gqlOk, TEST_ADMIN_TOKEN, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const PASSWORD = 'un mot de passe solide';
const run = Date.now().toString(36);
const fixture = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const NONE = { authorization: '' };

let db: Executor;
let app: FastifyInstance;
let publicApp: FastifyInstance;

async function createUser(name: string, role: string): Promise<void> {
  const r = await gqlOk<{ createUser: { ok: boolean; problems: unknown[] } }>(
    app,
    'mutation($i: NewUserInput!) { createUser(input: $i) { ok problems { where message } } }',
    { i: { name, password: PASSWORD, role } },
  );
  expect(r.createUser).toEqual({ ok: true, problems: [] });
}

async function signIn(on: FastifyInstance, name: string, password = PASSWORD) {
  return on.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { ...NONE, 'x-requested-with': 'test' }, payload: { name, password } });
}

/** The headers of a signed-in browser: its session cookie and the CSRF header. */
async function browser(name: string): Promise<Record<string, string>> {
  const res = await signIn(app, name);
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers['set-cookie']);
  expect(cookie).toMatch(/^agir_session=[^;]+;.*HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).toMatch(/Max-Age=\d+/i);
  return { ...NONE, cookie: cookie.split(';')[0] as string, 'x-requested-with': 'agir' };
}

async function probeExists(id: string): Promise<boolean> {
  const r = await gqlOk<{ actor: { id: string } | null }>(app, 'query($id: ID!) { actor(id: $id) { id } }', { id });
  return r.actor !== null;
}
async function userExists(name: string): Promise<boolean> {
  const r = await gqlOk<{ users: { name: string }[] }>(app, '{ users { name } }');
  return r.users.some((u) => u.name === name);
}

beforeAll(async () => {
  db = await openTestDb();
  app = await testApp(db);
  await createUser(`Lecteur ${run}`, 'VIEWER');
  await createUser(`Éditrice ${run}`, 'EDITOR');
  await createUser(`Admin ${run}`, 'ADMIN');
  publicApp = await testApp(db, { PUBLIC_READ: true });
});
afterAll(async () => {
  await app?.close();
  await publicApp?.close();
  await db?.close();
});
beforeEach(async () => {
  await resetDb(db);
  const r = await gqlOk<{ importCartography: { ok: boolean } }>(app, 'mutation($d: JSON!) { importCartography(document: $d, mode: REPLACE) { ok } }', {
    d: fixture(),
  });
  expect(r.importCartography.ok).toBe(true);
});

type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';
type Caller = { name: string; app: () => FastifyInstance; headers: () => Promise<Record<string, string>> };

describe('each role against each operation', () => {
  let viewerToken = '';
  beforeAll(async () => {
    const t = await gqlOk<{ createApiToken: { ok: boolean; secret: string } }>(
      app,
      'mutation { createApiToken(name: "script de lecture", role: VIEWER) { ok secret } }',
    );
    expect(t.createApiToken.secret).toMatch(/^agir_/);
    viewerToken = t.createApiToken.secret;
  });

  const callers: Caller[] = [
    { name: 'anonymous', app: () => app, headers: async () => NONE },
    { name: 'VIEWER (API token)', app: () => app, headers: async () => ({ authorization: `Bearer ${viewerToken}` }) },
    { name: 'EDITOR (session)', app: () => app, headers: () => browser(`Éditrice ${run}`) },
    { name: 'ADMIN (session)', app: () => app, headers: () => browser(`Admin ${run}`) },
    { name: 'ADMIN (AGIR_ADMIN_TOKEN)', app: () => app, headers: async () => ({ authorization: `Bearer ${TEST_ADMIN_TOKEN}` }) },
    { name: 'anonymous with PUBLIC_READ', app: () => publicApp, headers: async () => NONE },
  ];
  // Outcomes per caller, in the order of `callers`.
  const table: {
    op: string;
    expect: Outcome[];
    run: (a: FastifyInstance, h: Record<string, string>, tag: string) => Promise<Outcome>;
    written?: (tag: string) => Promise<boolean>;
  }[] = [
    {
      op: 'read query',
      expect: ['UNAUTHENTICATED', 'OK', 'OK', 'OK', 'OK', 'OK'],
      run: async (a, h) => graphqlOutcome(await gql(a, '{ actors(first: 1) { totalCount } }', {}, h)),
    },
    {
      op: 'mutation (MERGE import)',
      expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'OK', 'OK', 'OK', 'UNAUTHENTICATED'],
      run: async (a, h, tag) =>
        graphqlOutcome(await gql(a, 'mutation($d: JSON!) { importCartography(document: $d, mode: MERGE) { ok } }', { d: withProbe(tag) }, h)),
      written: (tag) => probeExists(tag),
    },
    {
      op: 'REPLACE import (mode in a variable)',
      expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'OK', 'OK', 'UNAUTHENTICATED'],
      run: async (a, h, tag) =>
        graphqlOutcome(
          await gql(a, 'mutation($d: JSON!, $m: ImportMode!) { importCartography(document: $d, mode: $m) { ok } }', { d: withProbe(tag), m: 'REPLACE' }, h),
        ),
      written: (tag) => probeExists(tag),
    },
    {
      op: 'account mutation',
      expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'OK', 'OK', 'UNAUTHENTICATED'],
      run: async (a, h, tag) =>
        graphqlOutcome(
          await gql(a, 'mutation($i: NewUserInput!) { createUser(input: $i) { ok } }', { i: { name: tag, password: PASSWORD, role: 'ADMIN' } }, h),
        ),
      written: (tag) => userExists(tag),
    },
    {
      op: 'account list',
      expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'OK', 'OK', 'UNAUTHENTICATED'],
      run: async (a, h) => graphqlOutcome(await gql(a, '{ users { name } apiTokens { name } }', {}, h)),
    },
    {
      op: 'GET /api/export',
      expect: ['UNAUTHENTICATED', 'OK', 'OK', 'OK', 'OK', 'OK'],
      run: async (a, h) => restOutcome((await a.inject({ url: '/api/export', headers: h })).statusCode),
    },
    {
      op: 'GraphiQL page',
      expect: ['UNAUTHENTICATED', 'OK', 'OK', 'OK', 'OK', 'OK'],
      run: async (a, h) => restOutcome((await a.inject({ url: '/graphql', headers: { ...h, accept: 'text/html' } })).statusCode),
    },
    {
      op: 'GET /healthz',
      expect: ['OK', 'OK', 'OK', 'OK', 'OK', 'OK'],
      run: async (a, h) => restOutcome((await a.inject({ url: '/healthz', headers: h })).statusCode),
    },
  ];

  for (const row of table) {
    it(`${row.op}: ${callers.map((c, i) => `${c.name} → ${row.expect[i]}`).join(', ')}`, async () => {
      const got: string[] = [];
      for (const [i, caller] of callers.entries()) {
        const tag = `probe_${row.op.replace(/\W+/g, '_')}_${i}_${run}`.toLowerCase();
        const outcome = await row.run(caller.app(), await caller.headers(), tag);
        got.push(`${caller.name}: ${outcome}`);
        if (row.written) expect(await row.written(tag), `${caller.name} wrote (${outcome})`).toBe(outcome === 'OK');
        if (row.op.startsWith('REPLACE') && outcome === 'OK')
          await gqlOk(app, 'mutation($d: JSON!) { importCartography(document: $d, mode: REPLACE) { ok } }', { d: fixture() });
      }
      expect(got).toEqual(callers.map((c, i) => `${c.name}: ${row.expect[i]}`));
    });
  }

  it('me: null when anonymous, the caller otherwise (never refused)', async () => {
    expect(await gqlOk(app, '{ me { name role } }', {}, NONE)).toEqual({ me: null });
    expect(await gqlOk(app, '{ me { name role } }', {}, await browser(`Éditrice ${run}`))).toEqual({ me: { name: `Éditrice ${run}`, role: 'EDITOR' } });
    expect(await gqlOk(app, '{ me { name role } }', {}, { authorization: `Bearer ${viewerToken}` })).toEqual({
      me: { name: 'script de lecture', role: 'VIEWER' },
    });
    expect(await gqlOk(app, '{ me { id name role } }')).toEqual({ me: { id: 'admin-token', name: 'admin-token', role: 'ADMIN' } });
  });

  it('a refusal in GraphQL is a 401/403 with its code, not masked; REST refusals are 401/403', async () => {
    const anon = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { ...NONE, 'content-type': 'application/json' },
      payload: { query: '{ barriers { id } }' },
    });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toEqual({ errors: [{ message: 'Connectez-vous pour accéder à la cartographie.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const viewer = await gql(app, 'mutation { createApiToken(name: "x", role: ADMIN) { ok } }', {}, { authorization: `Bearer ${viewerToken}` });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(viewer.errors?.[0]?.message).toMatch(/administrateur/);
    const badToken = await app.inject({ url: '/api/export', headers: { authorization: 'Bearer agir_not-a-token' } });
    expect(badToken.statusCode).toBe(401);
    expect(badToken.json().error).toMatch(/Jeton/);
    const viewerExport = await app.inject({ url: '/api/export', headers: { authorization: `Bearer ${viewerToken}` } });
    expect(viewerExport.statusCode).toBe(200);
    expect(viewerExport.json().actors.length).toBe(5);
  });
});

function withProbe(id: string) {
  const d = fixture();
  d.actors.push({ id, name: `Sonde ${id}`, kind: 'ASSOCIATION', activeIn: ['53'], sources: ['test'] });
  return d;
}

function graphqlOutcome(r: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }): Outcome {
  const code = r.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  const first = Object.values((r.data ?? {}) as Record<string, { ok?: boolean }>)[0];
  if (first && typeof first === 'object' && 'ok' in first && first.ok !== true) throw new Error(`refused as data: ${JSON.stringify(r.data)}`);
  return 'OK';
}
function restOutcome(status: number): Outcome {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 200) return 'OK';
  throw new Error(`unexpected status ${status}`);
}

describe('sessions', () => {
  it('signs in (name any case), reads, signs out: the cookie stops working on the server too', async () => {
    const wrong = await signIn(app, `Lecteur ${run}`, 'pas le bon mot de passe');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect((await signIn(app, `Personne ${run}`)).statusCode).toBe(401);
    const ok = await signIn(app, `LECTEUR ${run}`.toLowerCase());
    expect(ok.json().user).toMatchObject({ name: `Lecteur ${run}`, role: 'VIEWER' });
    const headers = { ...NONE, cookie: String(ok.headers['set-cookie']).split(';')[0] as string, 'x-requested-with': 'agir' };
    expect((await gqlOk(app, '{ me { role } }', {}, headers)).me).toEqual({ role: 'VIEWER' });
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/agir_session=;.*Max-Age=0/i);
    // The old cookie, replayed after sign-out, is anonymous.
    expect((await gqlOk(app, '{ me { role } }', {}, headers)).me).toBeNull();
    expect((await gql(app, '{ barriers { id } }', {}, headers)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cookie-authenticated write without the CSRF header, and writes nothing', async () => {
    const headers = await browser(`Éditrice ${run}`);
    const { 'x-requested-with': _, ...noCsrf } = headers;
    const tag = `csrf_probe_${run}`;
    const r = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { ...noCsrf, 'content-type': 'application/json' },
      payload: { query: 'mutation($d: JSON!) { importCartography(document: $d, mode: MERGE) { ok } }', variables: { d: withProbe(tag) } },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().errors[0].extensions.code).toBe('CSRF');
    expect(await probeExists(tag)).toBe(false);
    // A forged cookie value is anonymous, not an error.
    expect((await gqlOk(app, '{ me { role } }', {}, { ...NONE, cookie: 'agir_session=forged.value', 'x-requested-with': 'agir' })).me).toBeNull();
    // Sign-in itself needs the header (login CSRF).
    const signInNoHeader = await app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: NONE, payload: { name: `Admin ${run}`, password: PASSWORD } });
    expect(signInNoHeader.statusCode).toBe(403);
  });

  it('a session expires on the server after SESSION_HOURS', async () => {
    const short = await testApp(db, { SESSION_HOURS: 1 / 3600 });
    try {
      const res = await signIn(short, `Lecteur ${run}`);
      expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=1;/);
      const headers = { ...NONE, cookie: String(res.headers['set-cookie']).split(';')[0] as string, 'x-requested-with': 'agir' };
      expect((await gqlOk(short, '{ me { role } }', {}, headers)).me).toEqual({ role: 'VIEWER' });
      await new Promise((r) => setTimeout(r, 1500));
      expect((await gqlOk(short, '{ me { role } }', {}, headers)).me).toBeNull();
      expect((await short.inject({ url: '/api/export', headers })).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('rate-limits sign-in attempts per client (10 a minute), right names included', async () => {
    const limited = await testApp(db, { RATE_LIMIT_SIGN_IN_PER_MIN: 10 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 10; i++) codes.push((await signIn(limited, `Lecteur ${run}`, `mauvais ${i} essai`)).statusCode);
      expect(codes).toEqual(Array(10).fill(401));
      const eleventh = await signIn(limited, `Lecteur ${run}`);
      expect(eleventh.statusCode).toBe(429);
      expect(eleventh.json().error).toMatch(/Trop de requêtes/);
      expect(eleventh.headers['set-cookie']).toBeUndefined();
    } finally {
      await limited.close();
    }
  });
});

describe('API tokens and account management', () => {
  it('a token is shown once, stored hashed, and stops working when revoked', async () => {
    const created = await gqlOk<{ createApiToken: { ok: boolean; secret: string; token: { id: string; name: string; role: string } } }>(
      app,
      'mutation { createApiToken(name: "import nocturne", role: EDITOR) { ok secret token { id name role } } }',
    );
    const { secret, token } = created.createApiToken;
    const h = { authorization: `Bearer ${secret}` };
    expect((await gqlOk(app, '{ me { name role } }', {}, h)).me).toEqual({ name: 'import nocturne', role: 'EDITOR' });
    const listed = await gqlOk<{ apiTokens: Record<string, unknown>[] }>(app, '{ apiTokens { id name revokedAt } }');
    expect(listed.apiTokens.find((t) => t.id === token.id)).toEqual({ id: token.id, name: 'import nocturne', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);
    const session = db.driver.session();
    try {
      const stored = await session.run('MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS p', { id: token.id });
      expect(JSON.stringify(stored.records[0]?.get('p'))).not.toContain(secret);
    } finally {
      await session.close();
    }
    const revoked = await gqlOk<{ revokeApiToken: { ok: boolean; token: { revokedAt: string } } }>(
      app,
      'mutation($id: ID!) { revokeApiToken(id: $id) { ok token { revokedAt } } }',
      {
        id: token.id,
      },
    );
    expect(revoked.revokeApiToken.ok).toBe(true);
    expect(revoked.revokeApiToken.token.revokedAt).toMatch(/^\d{4}-/);
    const after = await gql(app, '{ barriers { id } }', {}, h);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/révoqué/);
  });

  it('account problems come back as data: a short password, a duplicate name (whatever its case)', async () => {
    const short = await gqlOk<{ createUser: { ok: boolean; problems: { where: string; message: string }[] } }>(
      app,
      'mutation { createUser(input: { name: "Court", password: "court", role: VIEWER }) { ok problems { where message } } }',
    );
    expect(short.createUser).toEqual({ ok: false, problems: [{ where: 'input.password', message: 'le mot de passe doit faire au moins 10 caractères' }] });
    const dup = await gql<{ createUser: { ok: boolean; problems: { where: string; message: string }[] } }>(
      app,
      'mutation($n: String!) { createUser(input: { name: $n, password: "un mot de passe solide", role: VIEWER }) { ok problems { where message } } }',
      { n: `lecteur ${run}` },
    );
    expect(dup.data?.createUser.ok).toBe(false);
    expect(dup.data?.createUser.problems[0]?.message).toMatch(/existe déjà/);
  });

  it('a new password replaces the old one and ends the account’s sessions', async () => {
    const name = `Mot de passe ${run}`;
    await createUser(name, 'VIEWER');
    const headers = await browser(name);
    const users = await gqlOk<{ users: { id: string; name: string }[] }>(app, '{ users { id name } }');
    const id = users.users.find((u) => u.name === name)?.id;
    const short = await gqlOk<{ updateUser: { ok: boolean; problems: { where: string }[] } }>(
      app,
      'mutation($id: ID!) { updateUser(id: $id, password: "court") { ok problems { where } } }',
      { id },
    );
    expect(short.updateUser).toEqual({ ok: false, problems: [{ where: 'password' }] });
    expect((await gqlOk(app, '{ me { role } }', {}, headers)).me).toEqual({ role: 'VIEWER' });
    const r = await gqlOk<{ updateUser: { ok: boolean } }>(app, 'mutation($id: ID!) { updateUser(id: $id, password: "un tout nouveau secret") { ok } }', {
      id,
    });
    expect(r.updateUser.ok).toBe(true);
    expect((await gqlOk(app, '{ me { role } }', {}, headers)).me).toBeNull();
    expect((await signIn(app, name)).statusCode).toBe(401);
    expect((await signIn(app, name, 'un tout nouveau secret')).statusCode).toBe(200);
  });

  it('a new password or a lower role ends the account’s sessions', async () => {
    const name = `Temporaire ${run}`;
    await createUser(name, 'EDITOR');
    const headers = await browser(name);
    const users = await gqlOk<{ users: { id: string; name: string }[] }>(app, '{ users { id name } }');
    const id = users.users.find((u) => u.name === name)?.id;
    const r = await gqlOk<{ updateUser: { ok: boolean; user: { role: string } } }>(
      app,
      'mutation($id: ID!) { updateUser(id: $id, role: VIEWER) { ok user { role } } }',
      { id },
    );
    expect(r.updateUser).toEqual({ ok: true, user: { role: 'VIEWER' } });
    expect((await gqlOk(app, '{ me { role } }', {}, headers)).me).toBeNull();
    const del = await gqlOk<{ deleteUser: { ok: boolean } }>(app, 'mutation($id: ID!) { deleteUser(id: $id) { ok } }', { id });
    expect(del.deleteUser.ok).toBe(true);
    expect(await userExists(name)).toBe(false);
  });
});

describe('first start without any account', () => {
  it('logs a one-time setup link; until it is used only the setup, /healthz and /readyz answer', async () => {
    const saved = db.driver.session();
    let kept: unknown[] = [];
    try {
      // Set the accounts aside (they are restored below) so that the database has none.
      kept = (await saved.run('MATCH (u:User) SET u:SetAside REMOVE u:User RETURN count(u) AS n')).records;
    } finally {
      await saved.close();
    }
    expect(kept.length).toBe(1);
    const lines: string[] = [];
    const fresh = await buildApp({
      db,
      config: { NODE_ENV: 'test', PUBLIC_READ: true, PUBLIC_URL: 'https://carto.example.org' },
      logger: { level: 'warn', stream: { write: (l: string) => lines.push(l) } },
    });
    try {
      await fresh.ready();
      for (let i = 0; i < 100 && !lines.some((l) => l.includes('#setup=')); i++) await new Promise((r) => setTimeout(r, 100));
      const link = /https:\/\/carto\.example\.org\/#setup=([\w-]+)/.exec(lines.join('\n'));
      expect(link).not.toBeNull();
      const code = link?.[1] as string;

      expect((await fresh.inject('/healthz')).statusCode).toBe(200);
      const read = await fresh.inject({ method: 'POST', url: '/graphql', payload: { query: '{ barriers { id } }' } });
      expect(read.statusCode).toBe(401);
      expect(read.json().errors[0].message).toMatch(/premier administrateur/);

      const setup = (c: string, name = `Fondatrice ${run}`) =>
        fresh.inject({ method: 'POST', url: '/api/auth/setup', headers: { 'x-requested-with': 'agir' }, payload: { code: c, name, password: PASSWORD } });
      expect((await setup('mauvais-code')).statusCode).toBe(403);
      const created = await setup(code);
      expect(created.statusCode).toBe(200);
      expect(created.json().user).toMatchObject({ name: `Fondatrice ${run}`, role: 'ADMIN' });
      const cookie = String(created.headers['set-cookie']).split(';')[0] as string;
      expect((await fresh.inject({ url: '/api/export', headers: { cookie } })).statusCode).toBe(200);
      // The link works once.
      expect((await setup(code, `Intruse ${run}`)).statusCode).toBe(403);
      // Now PUBLIC_READ applies.
      expect((await fresh.inject({ method: 'POST', url: '/graphql', payload: { query: '{ barriers { id } }' } })).statusCode).toBe(200);
    } finally {
      await fresh.close();
      const s = db.driver.session();
      try {
        await s.run('MATCH (u:User {name: $n}) DETACH DELETE u', { n: `Fondatrice ${run}` });
        await s.run('MATCH (u:SetAside) SET u:User REMOVE u:SetAside');
      } finally {
        await s.close();
      }
    }
  });
});
