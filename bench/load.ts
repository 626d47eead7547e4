// Load benchmark (not a test), loopback only and bounded in time: the compiled server
// (`node dist/app/server/src/main.js`, as `npm start` runs it) on a throw-away embedded Neo4j with
// the Finistère seed; N readers send the explorer's queries back to back while W writers
// send small MERGE imports; prints throughput, latency percentiles and errors.
// --think N makes each reader pause N ms between requests, as a person does (0: back to
// back, which measures the server's saturation throughput rather than a user's latency).
//   npm run bench:load -- [--seconds 60] [--readers 50] [--writers 2] [--warmup 10] [--think 0]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { readSeed } from '../server/src/seed.js';
import { startCompiledServer } from './server.js';
import { BENCH_AUTH } from './session.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    readers: { type: 'string', default: '50' },
    writers: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '10' },
    think: { type: 'string', default: '0' },
  },
});
const SECONDS = Number(values.seconds);
const READERS = Number(values.readers);
const WRITERS = Number(values.writers);
const WARMUP = Number(values.warmup);
const THINK = Number(values.think);
const log = (m: string) => console.log(`[bench] ${m}`);

const seed = readSeed() as { actors: { id: string }[]; programmes: { id: string }[]; territories: { id: string; level: string }[] };
const actorIds = seed.actors.map((a) => a.id);
const programmeIds = seed.programmes.map((p) => p.id);
const communes = seed.territories.filter((t) => t.level === 'COMMUNE').map((t) => t.id);
const epcis = seed.territories.filter((t) => t.level === 'EPCI').map((t) => t.id);
const BARRIERS = ['FRENCH_LANGUAGE', 'HOUSING_ACCESS', 'EMPLOYMENT_ACCESS', 'CHILDCARE', 'HEALTH_CARE', 'TRANSPORT'];

let state = 1;
const rand = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;

interface Call {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The explorer's queries (web/src/api.ts) with parameters a consultant would choose. */
const READS: (() => Call)[] = [
  () => ({
    name: 'graph',
    query: 'query Graph($filter: GraphFilter) { graph(filter: $filter) { nodes { id label type kind lat lon } edges { id source target type formal } } }',
    variables: { filter: rand() < 0.5 ? {} : { territoryId: pick(epcis), include: ['BARRIER'] } },
  }),
  () => ({
    name: 'reference',
    query: `{ analysisDefinitions { analysis definition definitionEn } domains { id label } barriers { id label domains { id } } publics { id label }
      territories { id name level parents { id name level } } programmes { id publics { id } } }`,
  }),
  () => ({
    name: 'barrierCoverage',
    query: `query Coverage($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { barrier { id label } territory { id name level } explanation
      actors { scope explanation actor { id name kind email phone website commune { name } } via { id name } } } }`,
    variables: { b: pick(BARRIERS), t: rand() < 0.7 ? pick(communes) : null },
  }),
  () => ({
    name: 'programmeOverlaps',
    query:
      'query Overlaps($m: Float) { programmeOverlaps(minScore: $m) { a { id name } b { id name } score explanation sharedBarriers { id label } sharedTerritories { id name } sharedPublics { id label } } }',
    variables: { m: 0.3 },
  }),
  () => ({ name: 'informationGaps', query: '{ informationGaps { a { id name } b { id name } strength reasons explanation } }' }),
  () => ({
    name: 'cirArticulation',
    query:
      'query Cir($h: Int) { cirArticulation(maxHops: $h) { cir { id name } explanation linked { distance path explanation actor { id name } } unlinked { id name } unlinkedDetails { distance explanation actor { id name } } } }',
    variables: { h: 2 },
  }),
  () => ({
    name: 'coverageGaps',
    query: 'query Gaps($l: TerritoryLevel!) { coverageGaps(level: $l) { territory { id name level } barrier { id label } bpiCount explanation } }',
    variables: { l: rand() < 0.5 ? 'EPCI' : 'COMMUNE' },
  }),
  () => ({
    name: 'actor detail',
    query: `query A($id: ID!) { actor(id: $id) { __typename id name kind description website email phone address commune { id name }
      activeIn { id name level } addresses { id label } programmes { id name } links { type from to formal note sources } sources } }`,
    variables: { id: pick(actorIds) },
  }),
  () => ({
    name: 'programme detail',
    query: `query P($id: ID!) { programme(id: $id) { __typename id name kind description website domains { id label } addresses { id label }
      publics { id label } activeIn { id name level } operators { id name } sources } }`,
    variables: { id: pick(programmeIds) },
  }),
];

const write = (writer: number, n: number): Call => ({
  name: 'import MERGE',
  query: 'mutation($d: JSON!) { importCartography(document: $d, mode: MERGE) { ok problems { where message } } }',
  variables: {
    d: {
      format: 'agir-cartography',
      version: 1,
      actors: [
        {
          id: `bench_writer_${writer}_${n % 20}`,
          name: `Acteur de charge ${writer}-${n}`,
          kind: 'ASSOCIATION',
          activeIn: [pick(communes)],
          addresses: [pick(BARRIERS)],
          sources: ['bench:load'],
        },
      ],
      links: [{ type: 'PARTNERS_WITH', from: `bench_writer_${writer}_${n % 20}`, to: pick(actorIds), sources: ['bench:load'] }],
    },
  },
});

interface Sample {
  name: string;
  ms: number;
  ok: boolean;
  error?: string;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

async function main() {
  // The writers are one client address: lift the per-address write limit for the run.
  const { base, stop } = await startCompiledServer('load', { RATE_LIMIT_WRITES_PER_MIN: '100000' });
  try {
    log(`server ready on ${base}`);

    const send = async (c: Call): Promise<Sample> => {
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...BENCH_AUTH },
          body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }),
        });
        const body = (await res.json()) as { data?: Record<string, { ok?: boolean }>; errors?: { message: string }[] };
        const ms = performance.now() - t0;
        if (!res.ok || body.errors?.length) return { name: c.name, ms, ok: false, error: `${res.status} ${body.errors?.[0]?.message ?? ''}`.slice(0, 120) };
        if (c.name === 'import MERGE' && body.data?.importCartography?.ok !== true) return { name: c.name, ms, ok: false, error: 'import refused' };
        return { name: c.name, ms, ok: true };
      } catch (e) {
        return { name: c.name, ms: performance.now() - t0, ok: false, error: (e as Error).message };
      }
    };

    const run = async (seconds: number, record: boolean) => {
      const reads: Sample[] = [];
      const writes: Sample[] = [];
      const stop = Date.now() + seconds * 1000;
      const reader = async () => {
        while (Date.now() < stop) {
          const s = await send(pick(READS)());
          if (record) reads.push(s);
          if (THINK) await new Promise((r) => setTimeout(r, THINK * (0.5 + rand())));
        }
      };
      const writer = async (w: number) => {
        for (let n = 0; Date.now() < stop; n++) {
          const s = await send(write(w, n));
          if (record) writes.push(s);
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      const t0 = performance.now();
      await Promise.all([...Array.from({ length: READERS }, reader), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);
      return { reads, writes, elapsed: (performance.now() - t0) / 1000 };
    };

    log(`warm-up: ${WARMUP} s`);
    await run(WARMUP, false);
    log(`measuring: ${READERS} readers and ${WRITERS} writers for ${SECONDS} s`);
    const { reads, writes, elapsed } = await run(SECONDS, true);

    const summary = (label: string, samples: Sample[]) => {
      const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
      const errors = samples.filter((s) => !s.ok).length;
      return `${label.padEnd(18)} ${String(samples.length).padStart(7)} ${(samples.length / elapsed).toFixed(1).padStart(8)} ${quantile(ms, 0.5).toFixed(0).padStart(7)} ${quantile(ms, 0.95).toFixed(0).padStart(7)} ${quantile(ms, 0.99).toFixed(0).padStart(7)} ${String(errors).padStart(7)}`;
    };
    console.log(
      `\nLoad on the Finistère seed: ${READERS} readers (the explorer's queries, ${THINK ? `about ${THINK} ms between requests` : 'back to back'}) and ${WRITERS} writers (MERGE imports, 250 ms apart) for ${elapsed.toFixed(0)} s`,
    );
    console.log(
      `${cpus().length} CPUs, Node ${process.version}, load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (1, 5, 15 min)`,
    );
    console.log(
      `${'requests'.padEnd(18)} ${'count'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}`,
    );
    console.log('-'.repeat(66));
    console.log(summary('all reads', reads));
    console.log(summary('writes', writes));
    for (const name of [...new Set(reads.map((s) => s.name))].sort())
      console.log(
        summary(
          `  ${name}`,
          reads.filter((s) => s.name === name),
        ),
      );
    const errors = [...reads, ...writes].filter((s) => !s.ok);
    const kinds = new Map<string, number>();
    for (const e of errors) kinds.set(`${e.name}: ${e.error}`, (kinds.get(`${e.name}: ${e.error}`) ?? 0) + 1);
    console.log(errors.length ? `\nerrors:\n${[...kinds].map(([k, n]) => `  ${n} × ${k}`).join('\n')}` : '\nerrors: none');
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
