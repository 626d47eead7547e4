// Starts the embedded Neo4j Community (neo4j/Launcher.java) as a child JVM, with
// authentication on, and supervises it: when the JVM dies, it is restarted with a
// bounded back-off; after repeated failures the supervisor gives up (the app exits
// non-zero so that an outer supervisor notices).
// First start: fetches the jars through Maven into neo4j/lib (cached in ~/.m2);
// later starts do not touch the network. The JVM stops with us: we send SIGTERM
// on stop, and it also exits by itself when its stdin closes (parent died).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fromRoot } from '../paths.js';

export const NEO4J_DIR = fromRoot('neo4j');

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutS: number;
  /** The neo4j user's password; unset: generated at first start and kept in dataDir. */
  password?: string | undefined;
  /** Neo4j's db.transaction.timeout: no transaction runs longer (default 300 s). */
  txTimeoutS?: number;
  log?: (msg: string) => void;
}

/** One running JVM. */
export interface EmbeddedProcess {
  uri: string;
  port: number;
  pid: number | undefined;
  user: 'neo4j';
  password: string;
  /** Resolves with the exit code when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** The supervised embedded database (what the app uses). */
export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  readonly pid: number | undefined;
  user: 'neo4j';
  password: string;
  stop(): Promise<void>;
}

export const PASSWORD_FILE = '.agir-neo4j-password';

/** The configured password, or the one generated at first start and kept (mode 600) in dataDir. */
export function embeddedPassword(dataDir: string, configured?: string): string {
  if (configured) return configured;
  const file = join(resolve(dataDir), PASSWORD_FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 8) return kept;
  }
  mkdirSync(resolve(dataDir), { recursive: true });
  const generated = randomBytes(24).toString('base64url');
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return generated;
}

function javaBin(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
}

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function neo4jVersion(): string {
  const pom = readFileSync(join(NEO4J_DIR, 'pom.xml'), 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new Error('neo4j/pom.xml has no <neo4j.version>');
  return m[1];
}

/** Makes sure neo4j/lib holds the jars of the pinned version and the launcher is compiled. */
export function ensureEmbeddedInstalled(log: (m: string) => void = () => {}): { classpath: string } {
  const lib = join(NEO4J_DIR, 'lib');
  const marker = join(lib, '.complete');
  const version = neo4jVersion();
  if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== version) {
    log(`Fetching Neo4j ${version} jars through Maven (first start only)…`);
    try {
      run('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DoutputDirectory=lib', '-DoverWriteReleases=true'], NEO4J_DIR);
    } catch (e) {
      const err = e as { stderr?: string; stdout?: string; message: string };
      throw new Error(
        `Could not fetch the Neo4j jars with Maven (is "mvn" installed and Maven Central reachable?): ${err.stdout ?? ''}${err.stderr ?? err.message}`,
      );
    }
    writeFileSync(marker, `${version}\n`);
  }
  const classes = join(NEO4J_DIR, 'target', 'classes');
  const src = join(NEO4J_DIR, 'Launcher.java');
  const cls = join(classes, 'Launcher.class');
  if (!existsSync(cls) || statSync(cls).mtimeMs < statSync(src).mtimeMs) {
    mkdirSync(classes, { recursive: true });
    const javac = process.env.JAVA_HOME && existsSync(join(process.env.JAVA_HOME, 'bin', 'javac')) ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
    try {
      run(javac, ['-d', classes, '-cp', `${lib}/*`, src], NEO4J_DIR);
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(`Could not compile neo4j/Launcher.java (Java 17+ JDK required): ${err.stderr ?? err.message}`);
    }
  }
  if (readdirSync(lib).filter((f) => f.endsWith('.jar')).length < 10) throw new Error(`neo4j/lib looks incomplete; delete it and start again`);
  return { classpath: `${classes}:${lib}/*` };
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const p = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(p));
    });
  });
}

const JVM_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedProcess> {
  const log = opts.log ?? (() => {});
  const { classpath } = ensureEmbeddedInstalled(log);
  const port = opts.port === 0 ? await freePort() : opts.port;
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const password = embeddedPassword(dataDir, opts.password);
  const args = [
    `-Xms${Math.min(opts.heapMb, 256)}m`,
    `-Xmx${opts.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    ...JVM_OPENS,
    '-cp',
    classpath,
    'Launcher',
    dataDir,
    String(port),
    String(opts.pageCacheMb),
    String(opts.txTimeoutS ?? 300),
  ];
  const child: ChildProcess = spawn(javaBin(), args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: NEO4J_DIR,
    env: { ...process.env, AGIR_NEO4J_PASSWORD: password },
  });
  let output = '';
  let exited = false;
  const exitPromise = new Promise<number | null>((res) =>
    child.once('exit', (code) => {
      exited = true;
      res(code);
    }),
  );

  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`Embedded Neo4j did not start within ${opts.startTimeoutS}s. Last output:\n${output.slice(-3000)}`));
    }, opts.startTimeoutS * 1000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      if (output.includes('NEO4J_READY')) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      rej(new Error(`Could not run Java (${javaBin()}): ${e.message}. Java 17+ is required for the embedded Neo4j.`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const locked = /lock|Lock/.test(output) && /store|Store/.test(output);
      rej(
        new Error(
          locked
            ? `Embedded Neo4j could not lock its store in ${dataDir}: another instance is probably running on it.`
            : `Embedded Neo4j exited with code ${code} before it was ready. Output:\n${output.slice(-3000)}`,
        ),
      );
    });
  });
  // Keep draining output so the pipe never blocks the JVM (the tail is kept for diagnostics).
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  const keepTail = (c: Buffer) => {
    output = (output + c.toString()).slice(-4000);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  log(`Embedded Neo4j ready on port ${port} (data in ${dataDir}, authentication on)`);

  return {
    uri: `neo4j://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    user: 'neo4j',
    password,
    exited: exitPromise,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((res) => setTimeout(() => res('timeout'), 60_000).unref());
      if ((await Promise.race([exitPromise, timeout])) === 'timeout') {
        log('Embedded Neo4j did not stop within 60 s; killing it');
        child.kill('SIGKILL');
        await exitPromise;
      }
    },
  };
}

export interface SupervisorEvents {
  /** The JVM died: requests should fail fast with this reason (words, no address). */
  onDown(reason: string): void;
  /** A restarted JVM is ready. */
  onUp(): void;
  /** Too many failed restarts: the app should exit non-zero. */
  onGiveUp(error: Error): void;
}

/**
 * Starts the embedded Neo4j and restarts it when it dies: back-off 1, 2, 4, 8, 16 s (at most
 * 30 s); after `maxRestarts` restarts in a row without 10 minutes of good health in between,
 * it gives up. The port and password stay the same, so the driver reconnects by itself.
 */
export async function superviseEmbeddedNeo4j(
  opts: EmbeddedOptions & { maxRestarts?: number; backoffMs?: (attempt: number) => number },
  events: SupervisorEvents,
): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const maxRestarts = opts.maxRestarts ?? 5;
  const backoff = opts.backoffMs ?? ((n: number) => Math.min(30_000, 1000 * 2 ** (n - 1)));
  const first = await startEmbeddedNeo4j(opts);
  const fixed = { ...opts, port: first.port, password: first.password };
  let current: EmbeddedProcess | null = first;
  let stopping = false;
  let failures = 0;
  let healthySince = Date.now();

  const watch = (proc: EmbeddedProcess) => {
    void proc.exited.then(async (code) => {
      if (stopping || current !== proc) return;
      current = null;
      if (Date.now() - healthySince > 10 * 60_000) failures = 0;
      while (!stopping) {
        failures += 1;
        if (failures > maxRestarts) {
          events.onGiveUp(new Error(`the embedded Neo4j stopped (exit code ${code}) and could not be restarted after ${maxRestarts} attempts`));
          return;
        }
        const reason = `la base de données embarquée s’est arrêtée ; redémarrage en cours (essai ${failures} sur ${maxRestarts})`;
        events.onDown(reason);
        log(`Embedded Neo4j exited (code ${code}); restart ${failures}/${maxRestarts} in ${backoff(failures)} ms`);
        await new Promise((r) => setTimeout(r, backoff(failures)));
        if (stopping) return;
        try {
          const next = await startEmbeddedNeo4j(fixed);
          if (stopping) {
            await next.stop();
            return;
          }
          current = next;
          healthySince = Date.now();
          events.onUp();
          watch(next);
          return;
        } catch (e) {
          log(`Embedded Neo4j restart failed: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    });
  };
  watch(first);

  return {
    uri: first.uri,
    port: first.port,
    get pid() {
      return current?.pid;
    },
    user: 'neo4j',
    password: first.password,
    async stop() {
      stopping = true;
      await current?.stop();
    },
  };
}
