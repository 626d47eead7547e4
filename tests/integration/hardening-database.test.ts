// Issue 7 on the database link: a frozen JVM (SIGSTOP) makes requests time out within the
// configured time; a killed JVM (kill -9) is restarted by the supervisor with the data intact,
// requests failing fast meanwhile; repeated failures make the supervisor give up (the app then
// exits non-zero). Issue 14: reads in read transactions through neo4j:// routing, bookmarks so
// that a client reads its own write through another app server.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, loadVocabulary } from '../../server/src/import/load.js';
import { startEmbeddedNeo4j, superviseEmbeddedNeo4j } from '../../server/src/neo4j/embedded.js';
import { Executor } from '../../server/src/neo4j/executor.js';
import { HealthMonitor } from '../../server/src/neo4j/health.js';
import { migrate } from '../../server/src/neo4j/migrate.js';
import { testApp } from '../helpers/app.js';
import { neo4jPassword, neo4jUri, openTestDb, resetDb } from '../helpers/db.js';

const small = { format: 'agir-cartography', version: 1, actors: [{ id: 'keep_me', name: 'Acteur à garder', kind: 'OTHER' }] };
const waitFor = async (cond: () => boolean | Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
};

describe('a frozen database (SIGSTOP)', () => {
  it('makes requests time out within the configured time, with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agir-frozen-'));
    const neo = await startEmbeddedNeo4j({ dataDir: dir, port: 0, heapMb: 256, pageCacheMb: 32, startTimeoutS: 300 });
    const db = new Executor({ uri: neo.uri, user: neo.user, password: neo.password, fastFail: true, readTimeoutS: 2 });
    const app = await testApp(db, { REQUEST_TIMEOUT_S: 2 });
    try {
      // The schema and vocabulary through an executor without the 2 s limit (on a loaded machine
      // creating the constraints of every migration takes longer than the limit under test).
      const setup = new Executor({ uri: neo.uri, user: neo.user, password: neo.password, fastFail: true });
      try {
        await migrate(setup);
        await loadVocabulary(setup);
      } finally {
        await setup.close();
      }
      // A connection in the pool, as on a running server.
      await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ programmes { id } }' } });
      process.kill(neo.pid as number, 'SIGSTOP');
      const t0 = Date.now();
      const r = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ programmes { id } }' } });
      const elapsed = Date.now() - t0;
      expect(r.json().errors[0]).toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringMatching(/temps permis \(2 s\)/) });
      // The configured 2 s plus the client-side guard's 2 s margin, not the driver's 30 s or more.
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      process.kill(neo.pid as number, 'SIGCONT');
      await app.close();
      await db.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('a killed embedded JVM (kill -9)', () => {
  it('is restarted with its data; meanwhile requests fail fast with 503 and /readyz says why in words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agir-supervised-'));
    const health = new HealthMonitor(async () => {});
    const events: string[] = [];
    const neo = await superviseEmbeddedNeo4j(
      { dataDir: dir, port: 0, heapMb: 256, pageCacheMb: 32, startTimeoutS: 300, backoffMs: () => 500 },
      {
        onDown: (reason) => {
          events.push('down');
          health.markDown(reason);
        },
        onUp: () => {
          events.push('up');
          health.markUp();
        },
        onGiveUp: () => events.push('gave up'),
      },
    );
    const db = new Executor({ uri: neo.uri, user: neo.user, password: neo.password, fastFail: true, health });
    const app = await testApp(db);
    app.addHook('onClose', async () => {});
    try {
      await migrate(db);
      await loadVocabulary(db);
      expect((await importDocument(db, small, 'MERGE')).ok).toBe(true);
      const readyz = await testApp(db);
      const firstPid = neo.pid as number;
      process.kill(firstPid, 'SIGKILL');
      expect(await waitFor(() => events.includes('down'), 10_000)).toBe(true);

      const t0 = Date.now();
      const q = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ actor(id: "keep_me") { name } }' } });
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(q.statusCode).toBe(503);
      expect(q.json().errors[0].message).toMatch(/^Base de données indisponible, nouvel essai en cours/);
      const { buildApp } = await import('../../server/src/app.js');
      const withHealth = await buildApp({ db, health, config: { NODE_ENV: 'test' } });
      const ready = await withHealth.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json().reason).toMatch(/s’est arrêtée ; redémarrage en cours \(essai 1 sur 5\)/);
      expect(ready.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|\d{4,5}/);

      expect(await waitFor(() => events.includes('up'), 120_000)).toBe(true);
      expect(neo.pid).not.toBe(firstPid);
      const back = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ actor(id: "keep_me") { name } }' } });
      expect(back.json()).toEqual({ data: { actor: { name: 'Acteur à garder' } } });
      expect((await withHealth.inject('/readyz')).statusCode).toBe(200);
      await withHealth.close();
      await readyz.close();
    } finally {
      await app.close();
      await db.close();
      await neo.stop();
      health.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('gives up after repeated failed restarts, so that the app exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agir-giveup-'));
    let gaveUp: Error | null = null;
    const neo = await superviseEmbeddedNeo4j(
      { dataDir: dir, port: 0, heapMb: 256, pageCacheMb: 32, startTimeoutS: 300, maxRestarts: 2, backoffMs: () => 200 },
      {
        onDown: () => {},
        onUp: () => {},
        onGiveUp: (e) => {
          gaveUp = e;
        },
      },
    );
    // Once the JVM is dead, someone else takes its port: every restart fails.
    const blocker = createServer();
    try {
      const pid = neo.pid as number;
      process.kill(pid, 'SIGKILL');
      await waitFor(() => {
        try {
          process.kill(pid, 0);
          return false;
        } catch {
          return true;
        }
      }, 10_000);
      await new Promise<void>((res) => blocker.listen(neo.port, '127.0.0.1', () => res()));
      expect(await waitFor(() => gaveUp !== null, 240_000)).toBe(true);
      expect(String(gaveUp)).toMatch(/could not be restarted after 2 attempts/);
    } finally {
      blocker.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('cluster-ready reads and writes (neo4j:// on the single embedded instance)', () => {
  let db: Executor;
  beforeAll(async () => {
    db = await openTestDb();
    await resetDb(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('routes through neo4j:// and reads in read transactions (a write in a read is refused)', async () => {
    expect(neo4jUri()).toMatch(/^neo4j:\/\//);
    await expect(db.read('import/lock')).rejects.toThrow(/read/i);
    expect(await db.read('read/counts')).toHaveLength(1);
  });

  it('hands the client the bookmark of its write, and another app server reads that write with it', async () => {
    const serverA = new Executor({ uri: neo4jUri(), user: 'neo4j', password: neo4jPassword(), fastFail: true });
    const serverB = new Executor({ uri: neo4jUri(), user: 'neo4j', password: neo4jPassword(), fastFail: true });
    const appA = await testApp(serverA);
    const appB = await testApp(serverB);
    try {
      const w = await appA.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: 'mutation($d: JSON!){ importCartography(document: $d, mode: MERGE) { ok } }', variables: { d: small } },
      });
      expect(w.json()).toEqual({ data: { importCartography: { ok: true } } });
      const cookie = String(w.headers['set-cookie']);
      expect(cookie).toMatch(/^agir_bookmark=[^;]+; Max-Age=600; Path=\/; HttpOnly; SameSite=Strict/);
      const r = await appB.inject({
        method: 'POST',
        url: '/graphql',
        headers: { cookie: cookie.split(';')[0] as string },
        payload: { query: '{ actor(id: "keep_me") { name } }' },
      });
      expect(r.json()).toEqual({ data: { actor: { name: 'Acteur à garder' } } });
      // A read sets no bookmark; a garbled cookie is ignored rather than breaking reads.
      expect(r.headers['set-cookie']).toBeUndefined();
      for (const cookie of ['agir_bookmark=', 'agir_bookmark=not-a-bookmark', `agir_bookmark=${'x'.repeat(300)}`]) {
        const garbled = await appB.inject({ method: 'POST', url: '/graphql', headers: { cookie }, payload: { query: '{ barriers { id } }' } });
        expect(garbled.json().errors).toBeUndefined();
      }
    } finally {
      await appA.close();
      await appB.close();
      await serverA.close();
      await serverB.close();
    }
  });
});
