// Benchmark (not a test): embedded Neo4j start-up time and the time of a REPLACE
// import of the Finistère seed (median of 5, after one warm-up); with --departments N,
// then a REPLACE import of a synthetic cartography of N departments (bench/generate.ts),
// e.g. 150 to check that a document that large imports on the default settings.
// The embedded Neo4j has the app's NEO4J_EMBEDDED_* settings.
// Run: npm run bench:import [-- --runs 5] [--departments 150]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { exportDocument } from '../server/src/import/export.js';
import { importDocument, loadVocabulary } from '../server/src/import/load.js';
import { migrate } from '../server/src/neo4j/migrate.js';
import { readSeed } from '../server/src/seed.js';
import { startBenchNeo4j } from './embedded.js';
import { generateCartography } from './generate.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, departments: { type: 'string' } } });
const runs = Number(values.runs);
const t0 = performance.now();
const bench = await startBenchNeo4j('import', (m) => console.log(`[bench] ${m}`));
const tStart = performance.now() - t0;
const { db } = bench;
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
  if (values.departments) {
    const n = Number(values.departments);
    const big = generateCartography({ departments: n, seed: 42 });
    const bytes = Buffer.byteLength(JSON.stringify(big));
    const t = performance.now();
    const r = await importDocument(db, big, 'REPLACE');
    const s = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `${n} departments (${(bytes / 1024 / 1024).toFixed(1)} MB: ${big.territories?.length} territories, ${big.actors?.length} actors, ${big.programmes?.length} programmes, ${big.links?.length} links): ` +
        (r.ok ? `imported in ${s} s (${r.created} items)` : `refused in ${s} s: ${r.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`),
    );
  }
  console.log(
    `${cpus().length} CPUs, Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (1, 5, 15 min)`,
  );
} finally {
  await bench.stop();
}
