// Benchmark of the analyses (not a test): loads a synthetic cartography of N departments into a
// throw-away embedded Neo4j, then times each analysis through GraphQL over real HTTP and the same
// Cypher directly through the driver, interleaved, and prints median and p95 latencies.
//   npm run bench:analyses -- [--departments 10] [--seed 42] [--calls 50] [--warmup 20]
// The warm-up calls let Neo4j plan the queries and the JVM compile them, as on a running server.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/src/app.js';
import { importDocument, loadVocabulary } from '../server/src/import/load.js';
import { migrate } from '../server/src/neo4j/migrate.js';
import { vocabulary } from '../server/src/vocabulary.js';
import { startBenchNeo4j } from './embedded.js';
import { generateCartography } from './generate.js';

const { values } = parseArgs({
  options: {
    departments: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    calls: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '20' },
  },
});
const departments = Number(values.departments);
const calls = Number(values.calls);
const warmup = Number(values.warmup);
const ALL = 100_000;
const barrierIds = vocabulary.barriers.map((b) => b.id);

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * What the interface asks (the queries of web/src/api.ts, plus the contact details and the
 * sentences of the coverage answer), with the parameters the resolvers pass to the same Cypher.
 * The "D01" cases are a consultant working on one department of the ten.
 */
const CASES: Case[] = [
  {
    name: 'barrierCoverage (commune)',
    query: `{ barrierCoverage(barrierId: "FRENCH_LANGUAGE", territoryId: "D01-C001") { explanation actors { scope explanation via { id name }
      territories { id name } actor { id name kind email phone address website commune { id name } } } } }`,
    cypher: 'analysis/barrier-coverage',
    params: { barrierId: 'FRENCH_LANGUAGE', territoryId: 'D01-C001', actorKinds: null },
  },
  {
    name: 'barrierCoverage (all)',
    query: `{ barrierCoverage(barrierId: "CHILDCARE") { explanation actors { scope explanation via { id name }
      territories { id name } actor { id name kind email phone address website commune { id name } } } } }`,
    cypher: 'analysis/barrier-coverage',
    params: { barrierId: 'CHILDCARE', territoryId: null, actorKinds: null },
  },
  {
    name: 'programmeOverlaps',
    query: '{ programmeOverlaps { a { id name } b { id name } score sharedBarriers { id label } sharedTerritories { id name } sharedPublics { id label } } }',
    cypher: 'analysis/programme-overlaps',
    params: { minScore: 0.3, territoryId: null, programmeId: null, limit: ALL },
  },
  {
    name: 'programmeOverlaps (D01)',
    query:
      '{ programmeOverlaps(territoryId: "D01") { a { id name } b { id name } score sharedBarriers { id label } sharedTerritories { id name } sharedPublics { id label } } }',
    cypher: 'analysis/programme-overlaps',
    params: { minScore: 0.3, territoryId: 'D01', programmeId: null, limit: ALL },
  },
  {
    name: 'informationGaps',
    query: '{ informationGaps { a { id name } b { id name } strength reasons } }',
    cypher: 'analysis/information-gaps',
    params: { territoryId: null, actorId: null, minStrength: 1, limit: ALL },
  },
  {
    name: 'informationGaps (D01)',
    query: '{ informationGaps(territoryId: "D01") { a { id name } b { id name } strength reasons } }',
    cypher: 'analysis/information-gaps',
    params: { territoryId: 'D01', actorId: null, minStrength: 1, limit: ALL },
  },
  {
    name: 'cirArticulation',
    query: '{ cirArticulation { cir { id name } linked { distance path actor { id name } } unlinked { id name } } }',
    cypher: 'analysis/cir-articulation',
    params: { maxHops: 2, territoryId: null, actorKinds: null },
  },
  {
    name: 'coverageGaps (EPCI)',
    query: '{ coverageGaps(level: EPCI) { territory { id name level } barrier { id label } bpiCount } }',
    cypher: 'analysis/coverage-gaps',
    params: { level: 'EPCI', territoryId: null, barrierIds },
  },
  {
    name: 'coverageGaps (COMMUNE)',
    query: '{ coverageGaps(level: COMMUNE) { territory { id name level } barrier { id label } bpiCount } }',
    cypher: 'analysis/coverage-gaps',
    params: { level: 'COMMUNE', territoryId: null, barrierIds },
  },
  {
    name: 'coverageGaps (COMMUNE, D01)',
    query: '{ coverageGaps(level: COMMUNE, territoryId: "D01") { territory { id name level } barrier { id label } bpiCount } }',
    cypher: 'analysis/coverage-gaps',
    params: { level: 'COMMUNE', territoryId: 'D01', barrierIds },
  },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const ms = (x: number) => x.toFixed(1).padStart(7);

async function main() {
  const log = (m: string) => console.log(`[bench] ${m}`);
  const bench = await startBenchNeo4j('analyses', log);
  const { db, neo } = bench;
  const app = await buildApp({ db, config: { ...bench.config, NODE_ENV: 'production', GRAPHIQL: false, INTROSPECTION: false } });
  try {
    await db.verify();
    await migrate(db);
    await loadVocabulary(db);
    const doc = generateCartography({ departments, seed: Number(values.seed) });
    let t0 = performance.now();
    const report = await importDocument(db, doc, 'REPLACE');
    if (!report.ok) throw new Error(`generated document is invalid: ${JSON.stringify(report.problems.slice(0, 5))}`);
    log(
      `${departments} departments: ${doc.territories?.length} territories, ${doc.actors?.length} actors, ${doc.programmes?.length} programmes, ${doc.links?.length} links, ${doc.statistics?.length} statistics, imported in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${address}/graphql`;
    const viaGraphql = async (c: Case) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const rows: string[] = [];
    log(`GraphQL on ${url}; direct Cypher on ${neo.uri}`);
    for (const c of CASES) {
      for (let i = 0; i < warmup; i++) {
        await viaGraphql(c);
        await db.read(c.cypher, c.params);
      }
      const g: number[] = [];
      const d: number[] = [];
      let size = 0;
      let bytes = 0;
      for (let i = 0; i < calls; i++) {
        // Interleaved, so that a busy moment of the machine weighs on both the same way.
        t0 = performance.now();
        const data = await viaGraphql(c);
        g.push(performance.now() - t0);
        t0 = performance.now();
        const records = await db.read(c.cypher, c.params);
        d.push(performance.now() - t0);
        size = records.length;
        bytes = JSON.stringify(data).length;
      }
      g.sort((x, y) => x - y);
      d.sort((x, y) => x - y);
      const [gm, g95, dm, d95] = [quantile(g, 0.5), quantile(g, 0.95), quantile(d, 0.5), quantile(d, 0.95)];
      rows.push(
        `${c.name.padEnd(27)} ${String(size).padStart(6)} ${String(Math.round(bytes / 1024)).padStart(6)} | ${ms(gm)} ${ms(g95)} | ${ms(dm)} ${ms(d95)} | ${`${(((gm - dm) / dm) * 100).toFixed(0)} %`.padStart(7)} ${`${(((g95 - d95) / d95) * 100).toFixed(0)} %`.padStart(7)}`,
      );
      log(`${c.name} done`);
    }
    console.log(`\nAnalyses on ${departments} synthetic departments, ${calls} calls each (after ${warmup} warm-up calls), latencies in ms`);
    console.log(
      `${cpus().length} CPUs, Node ${process.version}, load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (1, 5, 15 min)`,
    );
    console.log(
      `${'analysis'.padEnd(27)} ${'rows'.padStart(6)} ${'kB'.padStart(6)} | ${'GraphQL median   p95'.padStart(15)} | ${'Cypher median    p95'.padStart(15)} | GraphQL overhead (median, p95)`,
    );
    console.log('-'.repeat(118));
    for (const r of rows) console.log(r);
    console.log('\nrows: records returned by the Cypher; kB: size of the GraphQL data.');
  } finally {
    await app.close();
    await bench.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
