// Benchmark (not a test): embedded Neo4j start-up time and the time of a REPLACE
// import of the Finistère seed (median of 5, after one warm-up).
// Run: npm run bench:import
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocument } from '../server/src/import/export.js';
import { importDocument, loadVocabulary } from '../server/src/import/load.js';
import { startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { Executor } from '../server/src/neo4j/executor.js';
import { migrate } from '../server/src/neo4j/migrate.js';
import { readSeed } from '../server/src/seed.js';

const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'agir-bench-import-'));
const t0 = performance.now();
const neo = await startEmbeddedNeo4j({ dataDir: dir, port: 0, heapMb: 768, pageCacheMb: 256, startTimeoutS: 300 });
const tStart = performance.now() - t0;
const db = new Executor({ uri: neo.uri, user: 'neo4j', password: 'x' });
try {
  await migrate(db);
  await loadVocabulary(db);
  const seed = readSeed();
  const times: number[] = [];
  let created = 0;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const r = await importDocument(db, seed, 'REPLACE');
    if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)));
    created = r.created;
    if (i > 0) times.push(performance.now() - t); // the first run warms the query plans
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const tExport = performance.now();
  const doc = await exportDocument(db);
  const exportMs = performance.now() - tExport;
  console.log(`embedded Neo4j start (JVM to Bolt ready): ${(tStart / 1000).toFixed(1)} s`);
  console.log(
    `seed: ${doc.territories?.length} territories, ${doc.actors?.length} actors, ${doc.programmes?.length} programmes, ${doc.links?.length} links, ${doc.statistics?.length} statistics (${created} items)`,
  );
  console.log(
    `REPLACE import of the seed: median ${median.toFixed(0)} ms over ${times.length} runs (min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)})`,
  );
  console.log(`export of the seed: ${exportMs.toFixed(0)} ms`);
} finally {
  await db.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
