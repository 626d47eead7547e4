// biome-ignore-all lint/suspicious/noExplicitAny: loosely typed GraphQL answers
// The two-command start for real: the compiled server `node dist/app/server/src/main.js` (what `npm start`
// runs, after compiling it when stale) on a fresh data
// folder seeds the database, serves the API, stops its JVM on SIGTERM without losing committed
// data, and starts again on the same data without seeding twice.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/src/neo4j/embedded.js';
import { TEST_ADMIN_TOKEN } from '../helpers/app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'agir-start-'));
const children: ChildProcess[] = [];

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/ensure-server-build.mjs'], { stdio: 'inherit' });
}, 300_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function start(port: number, boltPort: number) {
  const child = spawn(process.execPath, ['dist/app/server/src/main.js'], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      PORT: String(port),
      NEO4J_EMBEDDED_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: String(boltPort),
      NEO4J_EMBEDDED_HEAP_MB: '512',
      LOG_LEVEL: 'info',
      AGIR_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  await new Promise<void>((res, rej) => {
    const timer = setInterval(() => {
      if (out.includes('App ready')) {
        clearInterval(timer);
        res();
      }
      if (child.exitCode !== null) {
        clearInterval(timer);
        rej(new Error(`main.ts exited: ${out}`));
      }
    }, 200);
  });
  return { child, output: () => out };
}

async function stop(child: ChildProcess) {
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  child.kill('SIGTERM');
  return exited;
}

const gql = async (port: number, query: string, variables: Record<string, unknown> = {}) => {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as { data: Record<string, any>; errors?: unknown[] };
};

describe('npm start', () => {
  it('seeds an empty database, keeps committed data across a SIGTERM restart, and leaves no JVM behind', async () => {
    const port = await freePort();
    const boltPort = await freePort();
    const first = await start(port, boltPort);
    expect(first.output()).toContain('Finistère seed loaded');
    const jvm = /Embedded Neo4j ready/.test(first.output());
    expect(jvm).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(health.status).toBe(200);
    const seeded = await gql(port, '{ actors(first: 1) { totalCount } }');
    const total = seeded.data.actors.totalCount as number;
    expect(total).toBeGreaterThanOrEqual(80);

    const added = await gql(port, 'mutation($d: JSON!){ importCartography(document: $d, mode: MERGE) { ok created } }', {
      d: { format: 'agir-cartography', version: 1, actors: [{ id: 'test_start', name: 'Acteur ajouté avant arrêt', kind: 'OTHER', sources: ['test'] }] },
    });
    expect(added.data.importCartography).toEqual({ ok: true, created: 1 });
    // No account yet: the log gives the one-time link to create the first administrator, and
    // an anonymous request is refused.
    expect(first.output()).toMatch(new RegExp(`Create the first administrator.*http://127\\.0\\.0\\.1:${port}/#setup=[\\w-]{20,}`));
    const anonymous = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ barriers { id } }"}',
    });
    expect(anonymous.status).toBe(401);

    const { execSync } = await import('node:child_process');
    const jvmPids = () => execSync(`pgrep -f "[L]auncher ${dataDir}" || true`, { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    const pids = jvmPids();
    expect(pids).toHaveLength(1);
    expect(await stop(first.child)).toBe(0);
    expect(isAlive(pids[0] as number)).toBe(false);

    const second = await start(port, boltPort);
    expect(second.output()).not.toContain('seed loaded');
    const again = await gql(port, '{ actor(id: "test_start") { name } actors(first: 1) { totalCount } }');
    expect(again.data.actor).toEqual({ name: 'Acteur ajouté avant arrêt' });
    expect(again.data.actors.totalCount).toBe(total + 1);
    expect(await stop(second.child)).toBe(0);
    expect(jvmPids()).toEqual([]);
  }, 400_000);
});
