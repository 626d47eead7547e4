// Benchmark (not a test): embedded Neo4j start-up time and the time of a REPLACE
// import of the Finistère seed (median of 5, after one warm-up); with --departments N,
// then a REPLACE import of a synthetic cartography of N departments (bench/generate.ts),
// e.g. 150 to check that a document that large imports on the default settings.
// The embedded Neo4j has the app's NEO4J_EMBEDDED_* settings.
// Also: where the time of the seed's REPLACE import goes (validation, then each query of the
// transaction, then the commit), and the upload → commit time of an XLSX workbook of
// --xlsx-departments N synthetic departments (default 10) through the same code as POST /api/import.
// Run: npm run bench:import [-- --runs 5] [--departments 150] [--xlsx-departments 10]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { importFile } from '../server/src/files/import.js';
import { writeSheets } from '../server/src/files/spreadsheet.js';
import { readXlsx } from '../server/src/files/tables.js';
import { writeWorkbook } from '../server/src/files/workbook.js';
import { exportDocument } from '../server/src/import/export.js';
import { importDocument, loadVocabulary } from '../server/src/import/load.js';
import { validateDocument } from '../server/src/import/validate.js';
import { migrate } from '../server/src/neo4j/migrate.js';
import { readSeed } from '../server/src/seed.js';
import { startBenchNeo4j } from './embedded.js';
import { generateCartography } from './generate.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, departments: { type: 'string' }, 'xlsx-departments': { type: 'string', default: '10' } },
});
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
    created = r.created + r.updated;
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

  // Where the seed's REPLACE import spends its time: the validation (before the transaction), then
  // each query (the time from its start to the next one's), the last one running to the end of the commit).
  const tValidate = performance.now();
  validateDocument(seed);
  const validateMs = performance.now() - tValidate;
  const marks: { name: string; at: number }[] = [];
  const profiled = db.forRequest({ logger: { debug: (o: object) => marks.push({ name: String((o as { cypher?: string }).cypher), at: performance.now() }) } });
  const tProfile = performance.now();
  await importDocument(profiled, seed, 'REPLACE');
  const end = performance.now();
  const parts = marks.map((m, i) => `${m.name.replace(/^import\//, '')} ${((marks[i + 1]?.at ?? end) - m.at).toFixed(0)}`);
  console.log(
    `profile of one seed REPLACE (${(end - tProfile).toFixed(0)} ms): validation ${validateMs.toFixed(0)} ms (also inside) | ${parts.join(' | ')} ms`,
  );

  // XLSX upload → commit: read the workbook, resolve the cells, validate, write (REPLACE).
  const nx = Number(values['xlsx-departments']);
  const synthetic = generateCartography({ departments: nx, seed: 7 });
  const xlsx = await writeWorkbook(writeSheets(synthetic));
  const tRead = performance.now();
  await readXlsx(xlsx);
  const readMs = performance.now() - tRead;
  const tUpload = performance.now();
  const up = await importFile(db, xlsx, { mode: 'REPLACE' });
  const uploadS = (performance.now() - tUpload) / 1000;
  if (!up.ok) throw new Error(JSON.stringify(up.problems.slice(0, 5)));
  console.log(
    `XLSX of ${nx} synthetic departments (${(xlsx.length / 1024 / 1024).toFixed(1)} MB: ${synthetic.territories?.length} territories, ${synthetic.actors?.length} actors, ${synthetic.programmes?.length} programmes, ${synthetic.links?.length} links): upload → commit ${uploadS.toFixed(1)} s (of which reading the workbook ${(readMs / 1000).toFixed(1)} s), ${up.created + up.updated} items`,
  );
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
