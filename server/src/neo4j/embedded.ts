// Starts the embedded Neo4j Community (neo4j/Launcher.java) as a child JVM.
// First start: fetches the jars through Maven into neo4j/lib (cached in ~/.m2);
// later starts do not touch the network. The JVM stops with us: we send SIGTERM
// on stop, and it also exits by itself when its stdin closes (parent died).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NEO4J_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../neo4j');

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutS: number;
  log?: (msg: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
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

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const { classpath } = ensureEmbeddedInstalled(log);
  const port = opts.port === 0 ? await freePort() : opts.port;
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
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
  ];
  const child: ChildProcess = spawn(javaBin(), args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: NEO4J_DIR });
  let output = '';
  let exited = false;
  const exitPromise = new Promise<void>((res) =>
    child.once('exit', () => {
      exited = true;
      res();
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
  // Keep draining output so the pipe never blocks the JVM.
  child.stdout?.removeAllListeners('data');
  child.stdout?.on('data', () => {});
  child.stderr?.removeAllListeners('data');
  child.stderr?.on('data', () => {});
  log(`Embedded Neo4j ready on bolt://127.0.0.1:${port} (data in ${dataDir})`);

  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid: child.pid,
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
