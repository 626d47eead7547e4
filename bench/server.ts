// The compiled server as `npm start` runs it (`node dist/app/server/src/main.js`), for the
// benchmarks that drive it over HTTP: a throw-away embedded Neo4j with the Finistère seed, loopback
// ports, the bench's admin token (bench/session.ts), no backups; stopped and its data removed by `stop`.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../server/src/neo4j/embedded.js';
import { BENCH_ADMIN_TOKEN } from './session.js';

export interface BenchServer {
  base: string;
  stop: () => Promise<void>;
}

/** Starts the compiled server (building it when stale) and waits until `/readyz` answers 200. */
export async function startCompiledServer(name: string, env: Record<string, string> = {}): Promise<BenchServer> {
  execFileSync(process.execPath, ['scripts/ensure-server-build.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), `agir-bench-${name}-`));
  const port = await freePort();
  const bolt = await freePort();
  const server = spawn(process.execPath, ['dist/app/server/src/main.js'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      NEO4J_EMBEDDED_DIR: dir,
      NEO4J_EMBEDDED_PORT: String(bolt),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      AGIR_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
      BACKUP_INTERVAL_H: '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    const exited = new Promise((r) => server.once('exit', r));
    if (server.exitCode === null) server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 300_000;
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
      try {
        if ((await fetch(`${base}/readyz`)).ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > until) throw new Error('the server was not ready within 300 s');
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, stop };
}
