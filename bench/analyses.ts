// Benchmark of the analyses (not a test): loads a synthetic cartography of N departments into a
// throw-away embedded Neo4j, then times each analysis through GraphQL over real HTTP and the same
// Cypher directly through the driver, interleaved, and prints median and p95 latencies.
//   npm run bench:analyses -- [--departments 10] [--seed 42] [--calls 50] [--warmup 20] [--only name,name…] [--upkeep 0]
//   The embedded Neo4j takes the app's NEO4J_EMBEDDED_* settings (e.g. NEO4J_EMBEDDED_HEAP_MB=2048).
// The warm-up calls let Neo4j plan the queries and the JVM compile them, as on a running server.
// "D01" cases are a consultant working on one department; "first page" cases are the national
// lists as the explorer asks for them (the `…Page` fields, 100 rows).
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { RecordKeys } from '../cypher/editing/queries.js';
import { coverageEverywhere, coverageInTerritory } from '../server/src/analyses/barrier-coverage/query.js';
import { cirQuery } from '../server/src/analyses/cir-articulation/query.js';
import { today } from '../server/src/analyses/common/today.js';
import { coverageGaps } from '../server/src/analyses/coverage-gaps/field.js';
import { informationGapsQuery, LARGE_PROGRAMME } from '../server/src/analyses/information-gaps/query.js';
import { nationalLargeProgrammes, storedGapPage, storedOverlapPage } from '../server/src/analyses/pairs/query.js';
import { rebuildPairs, refreshPairs } from '../server/src/analyses/pairs/store.js';
import { overlapsQuery } from '../server/src/analyses/programme-overlaps/query.js';
import { buildApp } from '../server/src/app.js';
import type { Executor } from '../server/src/neo4j/executor.js';
import { createLoaders } from '../server/src/schema/loaders.js';
import { startBenchNeo4j } from './embedded.js';
import { generateCartography } from './generate.js';
import { BENCH_ADMIN_TOKEN, BENCH_AUTH } from './session.js';

const { values } = parseArgs({
  options: {
    departments: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    calls: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '20' },
    only: { type: 'string' },
    // Calls timing the upkeep of the stored pairs (ADR 013) for one write; 0: not timed.
    upkeep: { type: 'string', default: '0' },
  },
});
const departments = Number(values.departments);
const calls = Number(values.calls);
const warmup = Number(values.warmup);

interface Case {
  name: string;
  /** department-scoped (D01), a national first page, or other */
  kind: 'department' | 'page' | 'other';
  query: string;
  /** the same Cypher as the resolver runs, without GraphQL; returns the number of rows */
  direct: (db: Executor) => Promise<number>;
}

const CONTACT = 'id name kind email phone address website commune { id name }';
const day = today();

/** What the interface asks (web/src/api.ts, with the v2 fields), and the same Cypher directly. */
const CASES: Case[] = [
  {
    name: 'barrierCoverage (commune)',
    kind: 'department',
    query: `{ barrierCoverage(barrierId: "FRENCH_LANGUAGE", territoryId: "D01-C001") { explanation actors { scope share populationShare distanceKm direct explanation
      via { id name } actor { ${CONTACT} } } } }`,
    direct: async (db) =>
      (await db.read(coverageInTerritory, { barrierId: 'FRENCH_LANGUAGE', territoryId: 'D01-C001', actorKinds: null, today: day }))[0]?.actors.length ?? 0,
  },
  {
    name: 'barrierCoverage (D01)',
    kind: 'department',
    query: `{ barrierCoverage(barrierId: "FRENCH_LANGUAGE", territoryId: "D01") { explanation actors { scope share populationShare distanceKm direct explanation
      via { id name } actor { ${CONTACT} } } } }`,
    direct: async (db) =>
      (await db.read(coverageInTerritory, { barrierId: 'FRENCH_LANGUAGE', territoryId: 'D01', actorKinds: null, today: day }))[0]?.actors.length ?? 0,
  },
  {
    name: 'barrierCoverage (all)',
    kind: 'other',
    query: `{ barrierCoverage(barrierId: "CHILDCARE") { explanation actors { scope share direct explanation via { id name } actor { ${CONTACT} } } } }`,
    direct: async (db) => (await db.read(coverageEverywhere, { barrierId: 'CHILDCARE', actorKinds: null, today: day }))[0]?.actors.length ?? 0,
  },
  {
    name: 'programmeOverlaps (first page)',
    kind: 'page',
    query: `{ programmeOverlapPage { totalCount pageInfo { hasNextPage endCursor } nodes { a { id name } b { id name } score explanation
      sharedBarriers { id label } sharedTerritories { id name } sharedPublics { id label } } } }`,
    // The resolver reads the stored pairs (ADR 013).
    direct: async (db) => (await db.read(storedOverlapPage, { minScore: 0.3, today: day, after: null, take: 101 }))[0]?.page.length ?? 0,
  },
  {
    name: 'programmeOverlaps (first page, computed)',
    kind: 'other',
    // Before ADR 013: the first page computed from every pair (what the resolver ran).
    query: '{ programmeOverlapPage(minScore: 0.3) { totalCount } }',
    direct: async (db) =>
      (await db.read(overlapsQuery, { minScore: 0.3, territoryId: null, programmeId: null, today: day, limit: 100, after: null }))[0]?.page.length ?? 0,
  },
  {
    name: 'programmeOverlaps (D01, first page)',
    kind: 'department',
    query: `{ programmeOverlapPage(territoryId: "D01") { totalCount pageInfo { hasNextPage endCursor } nodes { a { id name } b { id name } score explanation
      sharedBarriers { id label } sharedTerritories { id name } sharedPublics { id label } } } }`,
    direct: async (db) =>
      (await db.read(overlapsQuery, { minScore: 0.3, territoryId: 'D01', programmeId: null, today: day, limit: 100, after: null }))[0]?.page.length ?? 0,
  },
  {
    name: 'programmeOverlaps (D01)',
    kind: 'department',
    query: `{ programmeOverlaps(territoryId: "D01") { a { id name } b { id name } score explanation sharedBarriers { id label } sharedTerritories { id name }
      sharedPublics { id label } } }`,
    direct: async (db) =>
      (await db.read(overlapsQuery, { minScore: 0.3, territoryId: 'D01', programmeId: null, today: day, limit: null, after: null }))[0]?.page.length ?? 0,
  },
  {
    name: 'informationGaps (first page)',
    kind: 'page',
    query: `{ informationGapPage { totalCount pageInfo { hasNextPage endCursor } nodes { a { id name } b { id name } strength reasons explanation }
      largeProgrammes { programme { id name } participants actorsWithoutExchange explanation } } }`,
    // The resolver reads the stored pairs and the large programmes (ADR 013).
    direct: async (db) => {
      const [[page]] = await Promise.all([
        db.read(storedGapPage, { minStrength: 1, after: null, take: 101 }),
        db.read(nationalLargeProgrammes, { largeProgramme: LARGE_PROGRAMME }),
      ]);
      return page?.page.length ?? 0;
    },
  },
  {
    name: 'informationGaps (first page, computed)',
    kind: 'other',
    // Before ADR 013: the first page computed from every pair (what the resolver ran).
    query: '{ informationGapPage(minStrength: 1) { totalCount } }',
    direct: async (db) =>
      (
        await db.read(informationGapsQuery, {
          territoryId: null,
          actorId: null,
          minStrength: 1,
          largeProgramme: LARGE_PROGRAMME,
          limit: 100,
          after: null,
        })
      )[0]?.page.length ?? 0,
  },
  {
    name: 'informationGaps (D01, first page)',
    kind: 'department',
    query: `{ informationGapPage(territoryId: "D01") { totalCount pageInfo { hasNextPage endCursor } nodes { a { id name } b { id name } strength reasons explanation }
      largeProgrammes { programme { id name } participants actorsWithoutExchange explanation } } }`,
    direct: async (db) =>
      (
        await db.read(informationGapsQuery, {
          territoryId: 'D01',
          actorId: null,
          minStrength: 1,
          largeProgramme: LARGE_PROGRAMME,
          limit: 100,
          after: null,
        })
      )[0]?.page.length ?? 0,
  },
  {
    name: 'informationGaps (D01)',
    kind: 'department',
    query: '{ informationGaps(territoryId: "D01") { a { id name } b { id name } strength reasons explanation } }',
    direct: async (db) =>
      (
        await db.read(informationGapsQuery, {
          territoryId: 'D01',
          actorId: null,
          minStrength: 1,
          largeProgramme: LARGE_PROGRAMME,
          limit: null,
          after: null,
        })
      )[0]?.page.length ?? 0,
  },
  {
    name: 'cirArticulation',
    kind: 'other',
    query: '{ cirArticulation { cir { id name } explanation linked { distance path explanation actor { id name } } unlinked { id name } } }',
    direct: async (db) => {
      const [r] = await db.read(cirQuery, { maxHops: 2, territoryId: null, actorKinds: null });
      return (r?.linked.length ?? 0) + (r?.unlinked.length ?? 0);
    },
  },
  {
    name: 'cirArticulation (D01)',
    kind: 'department',
    query:
      '{ cirArticulation(territoryId: "D01") { cir { id name } explanation linked { distance path explanation actor { id name } } unlinked { id name } } }',
    direct: async (db) => {
      const [r] = await db.read(cirQuery, { maxHops: 2, territoryId: 'D01', actorKinds: null });
      return (r?.linked.length ?? 0) + (r?.unlinked.length ?? 0);
    },
  },
  {
    name: 'coverageGaps (EPCI, first page)',
    kind: 'page',
    query:
      '{ coverageGapPage(level: EPCI) { pageInfo { hasNextPage endCursor } nodes { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation } } }',
    direct: async (db) => (await coverageGaps({ level: 'EPCI' }, { db, loaders: createLoaders(db), principal: null }, 100)).nodes.length,
  },
  {
    name: 'coverageGaps (COMMUNE, first page)',
    kind: 'page',
    query:
      '{ coverageGapPage(level: COMMUNE) { pageInfo { hasNextPage endCursor } nodes { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation } } }',
    direct: async (db) => (await coverageGaps({ level: 'COMMUNE' }, { db, loaders: createLoaders(db), principal: null }, 100)).nodes.length,
  },
  {
    name: 'coverageGaps (COMMUNE, D01, first page)',
    kind: 'department',
    query:
      '{ coverageGapPage(level: COMMUNE, territoryId: "D01") { pageInfo { hasNextPage endCursor } nodes { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation } } }',
    direct: async (db) => (await coverageGaps({ level: 'COMMUNE', territoryId: 'D01' }, { db, loaders: createLoaders(db), principal: null }, 100)).nodes.length,
  },
  {
    name: 'coverageGaps (COMMUNE, D01)',
    kind: 'department',
    query:
      '{ coverageGaps(level: COMMUNE, territoryId: "D01") { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation } }',
    direct: async (db) =>
      (await coverageGaps({ level: 'COMMUNE', territoryId: 'D01' }, { db, loaders: createLoaders(db), principal: null }, null)).nodes.length,
  },
  {
    name: 'coverageGaps (EPCI, D01)',
    kind: 'department',
    query:
      '{ coverageGaps(level: EPCI, territoryId: "D01") { territory { id name level } barrier { id label } bpiCount actorCount reachedShare explanation } }',
    direct: async (db) => (await coverageGaps({ level: 'EPCI', territoryId: 'D01' }, { db, loaders: createLoaders(db), principal: null }, null)).nodes.length,
  },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const ms = (x: number) => x.toFixed(1).padStart(7);

/**
 * The cost a write adds to keep the stored pairs (ADR 013): `refreshPairs` in a write transaction
 * of its own, for what one edit touches, and for a rebuild (REPLACE import, territories).
 */
async function timeUpkeep(db: Executor, doc: ReturnType<typeof generateCartography>, n: number) {
  if (n <= 0) return;
  const keys = (k: Partial<RecordKeys>): RecordKeys => ({ territories: [], actors: [], programmes: [], links: [], statistics: [], ...k });
  const programme = (doc.programmes ?? []).find((p) => p.activeIn?.length) ?? doc.programmes?.[0];
  const operates = (doc.links ?? []).find((l) => l.type === 'OPERATES');
  const partners = (doc.links ?? []).find((l) => l.type === 'PARTNERS_WITH') ?? operates;
  const cases: [string, RecordKeys | 'all', number][] = [
    ['one programme saved', keys({ programmes: [programme?.id ?? ''] }), n],
    ['one operator saved', keys({ actors: [operates?.from ?? ''] }), n],
    ['one partnership saved', keys({ links: [{ type: partners?.type ?? '', from: partners?.from ?? '', to: partners?.to ?? '' }] }), n],
    ['rebuild after a REPLACE import (batched)', 'all', Math.min(n, 3)],
  ];
  console.log(`\nUpkeep of the stored pairs per write (refreshPairs in its own write transaction), ms; load ${loadavg()[0]?.toFixed(1)}`);
  for (const [name, k, calls] of cases) {
    const t: number[] = [];
    for (let i = 0; i < calls; i++) {
      const t0 = performance.now();
      await db.writeTransaction('bench/upkeep', (run) => refreshPairs(run, k));
      // 'all' only marks the pairs stale in the write; the rebuild runs after it, in batches.
      if (k === 'all') await rebuildPairs(db);
      t.push(performance.now() - t0);
    }
    t.sort((x, y) => x - y);
    console.log(
      `${name.padEnd(36)} calls ${String(calls).padStart(3)} | median ${ms(quantile(t, 0.5))} p95 ${ms(quantile(t, 0.95))} | load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
}

async function main() {
  const log = (m: string) => console.log(`[bench] ${m}`);
  const bench = await startBenchNeo4j('analyses', log);
  const { db, neo } = bench;
  const app = await buildApp({
    db,
    config: { ...bench.config, NODE_ENV: 'production', GRAPHIQL: false, INTROSPECTION: false, AGIR_ADMIN_TOKEN: BENCH_ADMIN_TOKEN },
  });
  try {
    const doc = generateCartography({ departments, seed: Number(values.seed) });
    const importS = await bench.load(doc);
    let t0 = performance.now();
    const sites = (doc.actors ?? []).reduce((n, a) => n + (a.sites?.length ?? 0), 0) + (doc.programmes ?? []).reduce((n, p) => n + (p.sites?.length ?? 0), 0);
    log(
      `${departments} departments: ${doc.territories?.length} territories, ${doc.actors?.length} actors, ${doc.programmes?.length} programmes, ${doc.links?.length} links, ${sites} sites, ${doc.statistics?.length} statistics, imported in ${importS.toFixed(1)} s`,
    );
    // The import left the stored pairs stale (ADR 013); the app rebuilds them after the commit: wait
    // for it, so that the national pages are timed on the stored pairs, as once the app has settled.
    t0 = performance.now();
    if (!(await rebuildPairs(db))) throw new Error('the stored pairs could not be rebuilt');
    log(`stored pairs rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${address}/graphql`;
    const viaGraphql = async (c: Case) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...BENCH_AUTH },
        body: JSON.stringify({ query: c.query }),
      });
      const text = await res.text();
      const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
      return text.length;
    };
    const rows: string[] = [];
    const loads: number[] = [];
    log(`GraphQL on ${url}; direct Cypher on ${neo.uri}`);
    for (const c of CASES.filter((x) => !values.only || values.only.split(',').some((o) => x.name.includes(o)))) {
      for (let i = 0; i < warmup; i++) {
        await viaGraphql(c);
        await c.direct(db);
      }
      const g: number[] = [];
      const d: number[] = [];
      let size = 0;
      let bytes = 0;
      for (let i = 0; i < calls; i++) {
        // Interleaved, so that a busy moment of the machine weighs on both the same way.
        t0 = performance.now();
        bytes = await viaGraphql(c);
        g.push(performance.now() - t0);
        t0 = performance.now();
        size = await c.direct(db);
        d.push(performance.now() - t0);
      }
      g.sort((x, y) => x - y);
      d.sort((x, y) => x - y);
      const [gm, g95, dm, d95] = [quantile(g, 0.5), quantile(g, 0.95), quantile(d, 0.5), quantile(d, 0.95)];
      const load = loadavg()[0] ?? 0;
      loads.push(load);
      rows.push(
        `${c.name.padEnd(36)} ${c.kind.padEnd(10)} ${String(size).padStart(5)} ${String(Math.round(bytes / 1024)).padStart(5)} | ${ms(gm)} ${ms(g95)} | ${ms(dm)} ${ms(d95)} | ${`${(((gm - dm) / dm) * 100).toFixed(0)} %`.padStart(6)} ${`${(((g95 - d95) / d95) * 100).toFixed(0)} %`.padStart(6)} | ${load.toFixed(1).padStart(4)}`,
      );
      log(`${c.name} done`);
    }
    console.log(`\nAnalyses on ${departments} synthetic departments, ${calls} calls each (after ${warmup} warm-up calls), latencies in ms`);
    console.log(
      `${cpus().length} CPUs, Node ${process.version}, load average (1 min) during the cases: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (1, 5, 15 min)`,
    );
    console.log(
      `${'analysis'.padEnd(36)} ${'kind'.padEnd(10)} ${'rows'.padStart(5)} ${'kB'.padStart(5)} | ${'GraphQL median   p95'.padStart(15)} | ${'Cypher median    p95'.padStart(15)} | GraphQL overhead | load`,
    );
    console.log('-'.repeat(130));
    for (const r of rows) console.log(r);
    console.log('\nrows: rows of the answer (direct); kB: size of the GraphQL response; load: 1-min load average after the case.');
    await timeUpkeep(db, doc, Number(values.upkeep));
  } finally {
    await app.close();
    await bench.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
