// Edit benchmark (not a test), loopback only and bounded in time: the compiled server on a
// throw-away embedded Neo4j with the Finistère seed; C clients each read an actor and save it with
// the version they read (`expectedVersion`), on a few hot records and many cold ones, while one more
// client runs coverage queries. Prints writes/s, conflicts, p95 of a save and of a coverage query,
// and checks at the end that every hot record's version = 1 + its accepted saves (no lost update)
// and that no error other than a conflict occurred (exit code 1 otherwise).
// Signs in with the bench's admin token (bench/session.ts).
//   npm run bench:edits -- [--seconds 60] [--clients 20] [--hot 3] [--hot-share 0.5]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { readSeed } from '../server/src/seed.js';
import { startCompiledServer } from './server.js';
import { BENCH_AUTH } from './session.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '20' },
    hot: { type: 'string', default: '3' },
    'hot-share': { type: 'string', default: '0.5' },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const HOT = Number(values.hot);
const HOT_SHARE = Number(values['hot-share']);
const log = (m: string) => console.log(`[bench] ${m}`);

const seed = readSeed() as { actors: { id: string }[]; territories: { id: string; level: string }[] };
const actorIds = seed.actors.map((a) => a.id).sort();
const hot = actorIds.slice(0, HOT);
const cold = actorIds.slice(HOT);
const communes = seed.territories.filter((t) => t.level === 'COMMUNE').map((t) => t.id);
const BARRIERS = ['FRENCH_LANGUAGE', 'HOUSING_ACCESS', 'EMPLOYMENT_ACCESS', 'CHILDCARE', 'HEALTH_CARE', 'TRANSPORT'];

let seedState = 7;
const rand = () => {
  seedState = (seedState * 1103515245 + 12345) % 2147483648;
  return seedState / 2147483648;
};
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

/** What the explorer's edit form reads: the actor in the shape of ActorInput, and its version. */
const READ_ACTOR = `query A($id: ID!) { actor(id: $id) { id name kind description website email phone address commune { id } activeIn { id }
  addresses { id } sites { commune { id } address label phone hours } outreach sources version } }`;
const SAVE_ACTOR = `mutation S($input: ActorInput!, $v: Int) { saveActor(input: $input, expectedVersion: $v) { ok conflict version problems { where message } } }`;
const COVERAGE = `query C($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { scope actor { id name } } } }`;

interface ActorRead {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  commune: { id: string } | null;
  activeIn: { id: string }[];
  addresses: { id: string }[];
  sites: { commune: { id: string }; address: string | null; label: string | null; phone: string | null; hours: string | null }[];
  outreach: boolean;
  sources: string[];
  version: number;
}

const toInput = (a: ActorRead, description: string) => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  description,
  website: a.website,
  email: a.email,
  phone: a.phone,
  address: a.address,
  commune: a.commune?.id ?? null,
  activeIn: a.activeIn.map((t) => t.id),
  addresses: a.addresses.map((b) => b.id),
  sites: a.sites.map((s) => ({ commune: s.commune.id, address: s.address, label: s.label, phone: s.phone, hours: s.hours })),
  outreach: a.outreach,
  sources: a.sources,
});

async function main() {
  // All clients are one address: lift the per-address write limit for the run.
  const { base, stop } = await startCompiledServer('edits', { RATE_LIMIT_WRITES_PER_MIN: '1000000' });
  try {
    log(`server ready on ${base}`);

    const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...BENCH_AUTH },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (!res.ok || body.errors?.length || !body.data) throw new Error(`${res.status} ${body.errors?.[0]?.message ?? ''}`.slice(0, 160));
      return body.data;
    };
    const readActor = async (id: string) => (await gql<{ actor: ActorRead }>(READ_ACTOR, { id })).actor;

    const start = new Map<string, number>();
    for (const id of hot) start.set(id, (await readActor(id)).version);
    log(`hot records ${hot.join(', ')} at versions ${[...start.values()].join(', ')}; ${cold.length} cold records`);

    const accepted = new Map<string, number>();
    const saveMs: number[] = [];
    const coverageMs: number[] = [];
    let conflicts = 0;
    let saves = 0;
    const errors = new Map<string, number>();
    const error = (e: unknown) => {
      const k = (e as Error).message;
      errors.set(k, (errors.get(k) ?? 0) + 1);
    };
    const stop = Date.now() + SECONDS * 1000;

    const client = async (c: number) => {
      for (let n = 0; Date.now() < stop; n++) {
        const id = rand() < HOT_SHARE ? pick(hot) : pick(cold);
        try {
          const a = await readActor(id);
          const t0 = performance.now();
          const r = await gql<{ saveActor: { ok: boolean; conflict: boolean; problems: { where: string; message: string }[] } }>(SAVE_ACTOR, {
            input: toInput(a, `Description révisée par le client ${c} (${n})`),
            v: a.version,
          });
          saveMs.push(performance.now() - t0);
          saves++;
          if (r.saveActor.ok) accepted.set(id, (accepted.get(id) ?? 0) + 1);
          else if (r.saveActor.conflict) conflicts++;
          else error(new Error(`refused: ${JSON.stringify(r.saveActor.problems).slice(0, 160)}`));
        } catch (e) {
          error(e);
        }
      }
    };
    const coverage = async () => {
      while (Date.now() < stop) {
        const t0 = performance.now();
        try {
          await gql(COVERAGE, { b: pick(BARRIERS), t: rand() < 0.7 ? pick(communes) : null });
          coverageMs.push(performance.now() - t0);
        } catch (e) {
          error(e);
        }
      }
    };

    log(
      `measuring: ${CLIENTS} clients reading and saving actors (${Math.round(HOT_SHARE * 100)} % on ${HOT} hot records) and 1 coverage client for ${SECONDS} s`,
    );
    const t0 = performance.now();
    await Promise.all([...Array.from({ length: CLIENTS }, (_, c) => client(c)), coverage()]);
    const elapsed = (performance.now() - t0) / 1000;

    // No lost update: every accepted save of a hot record moved its version by exactly one.
    const lost: string[] = [];
    for (const id of hot) {
      const version = (await readActor(id)).version;
      const expected = (start.get(id) ?? 1) + (accepted.get(id) ?? 0);
      log(`  ${id}: version ${version}, started at ${start.get(id)}, ${accepted.get(id) ?? 0} accepted saves`);
      if (version !== expected || start.get(id) !== 1) lost.push(`${id}: version ${version}, expected ${expected} (1 + accepted saves)`);
    }

    const writes = [...accepted.values()].reduce((a, b) => a + b, 0);
    saveMs.sort((a, b) => a - b);
    coverageMs.sort((a, b) => a - b);
    console.log(
      `\nEdits on the Finistère seed: ${CLIENTS} clients for ${elapsed.toFixed(0)} s, ${HOT} hot records (${Math.round(HOT_SHARE * 100)} % of the saves)`,
    );
    console.log(
      `${cpus().length} CPUs, Node ${process.version}, load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (1, 5, 15 min)`,
    );
    console.log(`saves sent          ${saves}`);
    console.log(`accepted writes     ${writes} (${(writes / elapsed).toFixed(1)} writes/s)`);
    console.log(`conflicts           ${conflicts} (${saves ? ((100 * conflicts) / saves).toFixed(1) : 0} % of the saves)`);
    console.log(`save latency        p50 ${quantile(saveMs, 0.5).toFixed(0)} ms, p95 ${quantile(saveMs, 0.95).toFixed(0)} ms`);
    console.log(
      `coverage alongside  ${coverageMs.length} queries, p50 ${quantile(coverageMs, 0.5).toFixed(0)} ms, p95 ${quantile(coverageMs, 0.95).toFixed(0)} ms`,
    );
    console.log(`lost updates        ${lost.length ? lost.join('; ') : 'none (every hot record: version = 1 + accepted saves)'}`);
    console.log(`other errors        ${errors.size ? [...errors].map(([k, n]) => `${n} × ${k}`).join('; ') : 'none'}`);
    if (lost.length || errors.size) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
