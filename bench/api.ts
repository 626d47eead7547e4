// Benchmark of the explorer's list queries (not a test): loads a synthetic cartography of N
// departments into a throw-away embedded Neo4j, then times each list query side by side, interleaved:
//   - our API (Yoga + Pothos over real HTTP),
//   - @neo4j/graphql serving typeDefs for the same model on the same Neo4j (Yoga over real HTTP),
//   - the raw Cypher floor: the one query our resolver runs (same relations, same properties), through the driver, no GraphQL.
//   npm run bench:api -- [--departments 10] [--seed 42] [--calls 50] [--warmup 20] [--only name]
//   The embedded Neo4j takes the app's NEO4J_EMBEDDED_* settings (e.g. NEO4J_EMBEDDED_HEAP_MB=2048).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { actorsPage, programmes } from '../cypher/read/queries.js';
import { buildApp } from '../server/src/app.js';
import type { Executor } from '../server/src/neo4j/executor.js';
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
  },
});
const departments = Number(values.departments);
const calls = Number(values.calls);
const warmup = Number(values.warmup);

/** The same model for @neo4j/graphql: the labels, properties and relationships our import writes. */
const TYPE_DEFS = /* GraphQL */ `
  type Territory @node {
    id: ID!
    name: String!
    level: String!
    population: Int
    lat: Float
    lon: Float
  }
  type Barrier @node {
    id: ID!
    label: String!
  }
  type Public @node {
    id: ID!
    label: String!
  }
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    description: String
    email: String
    phone: String
    website: String
    activeIn: [Territory!]! @relationship(type: "ACTIVE_IN", direction: OUT)
    addresses: [Barrier!]! @relationship(type: "ADDRESSES", direction: OUT)
    programmes: [Programme!]! @relationship(type: "OPERATES", direction: OUT)
  }
  type Programme @node {
    id: ID!
    name: String!
    kind: String!
    description: String
    activeIn: [Territory!]! @relationship(type: "ACTIVE_IN", direction: OUT)
    addresses: [Barrier!]! @relationship(type: "ADDRESSES", direction: OUT)
    publics: [Public!]! @relationship(type: "TARGETS", direction: OUT)
    operators: [Actor!]! @relationship(type: "OPERATES", direction: IN)
  }
`;

interface Case {
  name: string;
  /** our API's query (what the explorer asks, or the list case) */
  ours: string;
  /** the same data from @neo4j/graphql */
  peer: string;
  /** the one Cypher query our resolver runs, through the driver; returns the number of rows */
  floor: (db: Executor) => Promise<number>;
  /** rows of each answer, to check that the three give the same number */
  count: { ours: (d: Data) => number; peer: (d: Data) => number };
}
type Data = Record<string, unknown>;
const edges = (d: Data, f: string) => ((d[f] as { edges: unknown[] }).edges ?? []).length;
const list = (d: Data, f: string) => (d[f] as unknown[]).length;

const ACTOR_PAGE = { kinds: null, territoryId: null, barrierId: null, domainId: null, search: null, afterName: null, afterId: null, first: 500 };

const CASES: Case[] = [
  {
    // 200, not 500: 500 actors with three relations is over the API's query cost limit (issue 7)
    name: 'actors first 200, 3 relations',
    ours: '{ actors(first: 200) { edges { node { id name kind activeIn { id name level } addresses { id } programmes { id name } } } pageInfo { hasNextPage endCursor } } }',
    peer: '{ actorsConnection(first: 200, sort: [{ name: ASC }]) { edges { node { id name kind activeIn { id name level } addresses { id } programmes { id name } } } pageInfo { hasNextPage endCursor } } }',
    floor: async (db) =>
      (
        await db.read(actorsPage, {
          ...ACTOR_PAGE,
          first: 200,
          want: ['activeIn', 'addresses', 'programmes'],
          props: ['id', 'name', 'kind'],
          programmeProps: ['id', 'name'],
        })
      ).length,
    count: { ours: (d) => edges(d, 'actors'), peer: (d) => edges(d, 'actorsConnection') },
  },
  {
    name: 'actors first 500 (search index)',
    ours: '{ actors(first: 500) { edges { node { id description } } } }',
    peer: '{ actorsConnection(first: 500, sort: [{ name: ASC }]) { edges { node { id description } } } }',
    floor: async (db) => (await db.read(actorsPage, { ...ACTOR_PAGE, want: [], props: ['id', 'name', 'description'], programmeProps: [] })).length,
    count: { ours: (d) => edges(d, 'actors'), peer: (d) => edges(d, 'actorsConnection') },
  },
  {
    name: 'actors first 50 + totalCount',
    ours: '{ actors(first: 50) { totalCount edges { node { id name kind } } pageInfo { hasNextPage endCursor } } }',
    peer: '{ actorsConnection(first: 50, sort: [{ name: ASC }]) { totalCount edges { node { id name kind } } pageInfo { hasNextPage endCursor } } }',
    floor: async (db) => (await db.read(actorsPage, { ...ACTOR_PAGE, first: 50, want: [], props: ['id', 'name', 'kind'], programmeProps: [] })).length,
    count: { ours: (d) => edges(d, 'actors'), peer: (d) => edges(d, 'actorsConnection') },
  },
  {
    name: 'programmes, 3 relations',
    ours: '{ programmes { id name kind activeIn { id name level } addresses { id } operators { id name } } }',
    peer: '{ programmes(sort: [{ name: ASC }]) { id name kind activeIn { id name level } addresses { id } operators { id name } } }',
    floor: async (db) =>
      (await db.read(programmes, { want: ['activeIn', 'addresses', 'operators'], props: ['id', 'name', 'kind'], operatorProps: ['id', 'name'] })).length,
    count: { ours: (d) => list(d, 'programmes'), peer: (d) => list(d, 'programmes') },
  },
  {
    name: 'programmes with publics (reference)',
    ours: '{ programmes { id publics { id } } }',
    peer: '{ programmes(sort: [{ name: ASC }]) { id publics { id } } }',
    floor: async (db) => (await db.read(programmes, { want: ['publics'], props: ['id', 'name'], operatorProps: [] })).length,
    count: { ours: (d) => list(d, 'programmes'), peer: (d) => list(d, 'programmes') },
  },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const ms = (x: number) => x.toFixed(1).padStart(7);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function main() {
  const log = (m: string) => console.log(`[bench] ${m}`);
  const bench = await startBenchNeo4j('api', log);
  const { db, neo } = bench;
  const app = await buildApp({
    db,
    config: { ...bench.config, NODE_ENV: 'production', GRAPHIQL: false, INTROSPECTION: false, AGIR_ADMIN_TOKEN: BENCH_ADMIN_TOKEN },
  });
  // the peer: its own driver to the same database, served by Yoga on a plain HTTP server
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
  const peerSchema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const peerServer = createServer(createYoga({ schema: peerSchema, graphiql: false, logging: false }));
  try {
    const doc = generateCartography({ departments, seed: Number(values.seed) });
    const importS = await bench.load(doc);
    let t0 = performance.now();
    log(
      `${departments} departments: ${doc.territories?.length} territories, ${doc.actors?.length} actors, ${doc.programmes?.length} programmes, ${doc.links?.length} links, imported in ${importS.toFixed(1)} s`,
    );
    const oursUrl = `${await app.listen({ host: '127.0.0.1', port: 0 })}/graphql`;
    const peerUrl = await listen(peerServer);
    const post = async (url: string, query: string, name: string): Promise<{ data: Data; bytes: number }> => {
      // our API needs a caller (the bench's admin token); the peer ignores the header
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...BENCH_AUTH }, body: JSON.stringify({ query }) });
      const text = await res.text();
      const body = JSON.parse(text) as { data?: Data; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`${name} (${url}): ${JSON.stringify(body.errors)}`);
      return { data: body.data, bytes: text.length };
    };
    log(`ours on ${oursUrl}; @neo4j/graphql on ${peerUrl}; Cypher on ${neo.uri}`);
    const rows: string[] = [];
    const loads: number[] = [];
    for (const c of CASES.filter((x) => !values.only || x.name.includes(values.only))) {
      // same answer size from the three
      const [o, p, f] = [await post(oursUrl, c.ours, c.name), await post(peerUrl, c.peer, c.name), await c.floor(db)];
      const n = c.count.ours(o.data);
      if (n !== c.count.peer(p.data) || (n !== f && n + 1 !== f)) throw new Error(`${c.name}: ours ${n} rows, peer ${c.count.peer(p.data)}, Cypher ${f}`);
      for (let i = 0; i < warmup; i++) {
        await post(oursUrl, c.ours, c.name);
        await post(peerUrl, c.peer, c.name);
        await c.floor(db);
      }
      const ours: number[] = [];
      const peer: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < calls; i++) {
        // interleaved, so that a busy moment of the machine weighs on the three the same way
        t0 = performance.now();
        await post(oursUrl, c.ours, c.name);
        ours.push(performance.now() - t0);
        t0 = performance.now();
        await post(peerUrl, c.peer, c.name);
        peer.push(performance.now() - t0);
        t0 = performance.now();
        await c.floor(db);
        floor.push(performance.now() - t0);
      }
      for (const x of [ours, peer, floor]) x.sort((a, b) => a - b);
      const load = loadavg()[0] ?? 0;
      loads.push(load);
      const [om, o95, pm, p95, fm, f95] = [ours, ours, peer, peer, floor, floor].map((x, i) => quantile(x, i % 2 ? 0.95 : 0.5)) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      rows.push(
        `${c.name.padEnd(36)} ${String(n).padStart(5)} | ${ms(om)} ${ms(o95)} | ${ms(pm)} ${ms(p95)} | ${ms(fm)} ${ms(f95)} | ${(om / pm).toFixed(2).padStart(5)} ${(o95 / p95).toFixed(2).padStart(5)} | ${load.toFixed(1).padStart(4)}`,
      );
      log(`${c.name} done`);
    }
    console.log(`\nList queries on ${departments} synthetic departments, ${calls} calls each (after ${warmup} warm-up calls), latencies in ms`);
    console.log(
      `${cpus().length} CPUs, Node ${process.version}, load average (1 min) during the cases: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (1, 5, 15 min)`,
    );
    console.log(
      `${'case'.padEnd(36)} ${'rows'.padStart(5)} | ${'ours median  p95'.padStart(15)} | ${'@neo4j/graphql med p95'.padStart(15)} | ${'Cypher median  p95'.padStart(15)} | ours/peer med p95 | load`,
    );
    console.log('-'.repeat(125));
    for (const r of rows) console.log(r);
    console.log('\nours/peer: our median (p95) over @neo4j/graphql’s; ≤ 1 is as fast or faster. load: 1-min load average after the case.');
  } finally {
    await app.close();
    peerServer.close();
    await driver.close();
    await bench.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
