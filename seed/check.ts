/**
 * Validates seed/finistere.json: JSON Schema (ajv, draft 2020-12), references, link endpoint types,
 * territory DAG, minimum counts, sources, banned third-party sites; then prints the counts and a
 * preview of the SPEC analyses (CIR articulation, information gaps, overlaps, childcare in Morlaix).
 *
 * Run: node --import tsx seed/check.ts   (exit code 1 on any error)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';

const SEED_DIR = dirname(fileURLToPath(import.meta.url));
const SCHEMA_FILE = '/work/shared/contract/interchange.schema.json';

interface Territory {
  id: string;
  name: string;
  level: string;
  partOf?: string[];
}
interface Actor {
  id: string;
  name: string;
  kind: string;
  commune?: string;
  activeIn?: string[];
  addresses?: string[];
  sources?: string[];
}
interface Programme {
  id: string;
  name: string;
  kind: string;
  domains?: string[];
  addresses?: string[];
  publics?: string[];
  activeIn?: string[];
  sources?: string[];
}
interface Link {
  type: string;
  from: string;
  to: string;
  sources?: string[];
}
interface Statistic {
  territory: string;
  indicator: string;
  year?: number;
  source?: string;
}
interface Doc {
  territories: Territory[];
  actors: Actor[];
  programmes: Programme[];
  links: Link[];
  statistics: Statistic[];
}
interface Vocabulary {
  domains: { id: string }[];
  barriers: { id: string }[];
  publics: { id: string }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const doc = readJson<Doc>(join(SEED_DIR, 'finistere.json'));
const vocab = readJson<Vocabulary>(join(SEED_DIR, '..', 'contract', 'vocabulary.json'));
const errors: string[] = [];
const fail = (message: string): void => {
  errors.push(message);
};

// 1. JSON Schema. ajv-formats is CommonJS: its default export may arrive wrapped once more.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(readJson<object>(SCHEMA_FILE));
if (!validate(doc)) {
  for (const e of validate.errors ?? []) fail(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
}

// 2. Unique ids.
function uniqueIds(items: { id: string }[], what: string): Map<string, number> {
  const seen = new Map<string, number>();
  for (const item of items) {
    if (seen.has(item.id)) fail(`duplicate ${what} id ${item.id}`);
    seen.set(item.id, 1);
  }
  return seen;
}
const territoryById = new Map(doc.territories.map((t) => [t.id, t]));
uniqueIds(doc.territories, 'territory');
const actorIds = uniqueIds(doc.actors, 'actor');
const programmeIds = uniqueIds(doc.programmes, 'programme');
const barrierIds = new Set(vocab.barriers.map((b) => b.id));
const domainIds = new Set(vocab.domains.map((d) => d.id));
const publicIds = new Set(vocab.publics.map((p) => p.id));
// One id names one node whatever its type, and vocabulary ids are reserved (as the server's import checks).
const allIds = [...doc.territories, ...doc.actors, ...doc.programmes].map((x) => x.id);
for (const id of new Set(allIds.filter((id, i) => allIds.indexOf(id) !== i))) fail(`id ${id} is used by two nodes`);
for (const id of allIds) if (barrierIds.has(id) || domainIds.has(id) || publicIds.has(id)) fail(`id ${id} is reserved by the vocabulary`);

// 3. Territories: references, every territory reaches "29" (except the region), no cycle.
const LEVEL_RANK: Record<string, number> = { REGION: 0, DEPARTMENT: 1, EMPLOYMENT_AREA: 2, EPCI: 2, COMMUNE: 3 };
for (const t of doc.territories) {
  for (const parent of t.partOf ?? []) {
    const p = territoryById.get(parent);
    if (!p) fail(`territory ${t.id}: unknown partOf ${parent}`);
    else if ((LEVEL_RANK[p.level] ?? 9) >= (LEVEL_RANK[t.level] ?? -1)) fail(`territory ${t.id}: parent ${parent} is not a larger level`);
  }
}
function ancestors(id: string, path: string[] = []): Set<string> {
  if (path.includes(id)) {
    fail(`territory cycle: ${[...path, id].join(' -> ')}`);
    return new Set();
  }
  const result = new Set<string>();
  for (const parent of territoryById.get(id)?.partOf ?? []) {
    result.add(parent);
    for (const a of ancestors(parent, [...path, id])) result.add(a);
  }
  return result;
}
const ancestorsOf = new Map(doc.territories.map((t) => [t.id, ancestors(t.id)]));
for (const t of doc.territories) {
  if (t.id !== '29' && t.level !== 'REGION' && !ancestorsOf.get(t.id)?.has('29')) fail(`territory ${t.id} does not reach 29`);
}
const contains = (s: string, t: string): boolean => s === t || (ancestorsOf.get(t)?.has(s) ?? false);

// 4. References of actors, programmes, links, statistics; non-empty sources.
const checkIds = (owner: string, ids: string[] | undefined, known: { has(id: string): boolean }, what: string): void => {
  for (const id of ids ?? []) if (!known.has(id)) fail(`${owner}: unknown ${what} ${id}`);
  if (new Set(ids).size !== (ids ?? []).length) fail(`${owner}: a ${what} is listed twice`);
};
const checkSources = (owner: string, sources: string[] | undefined): void => {
  if (!sources || sources.length === 0 || sources.some((s) => s.trim() === '')) fail(`${owner}: missing or empty sources`);
};
for (const a of doc.actors) {
  const owner = `actor ${a.id}`;
  if (!/^[a-z0-9_]+$/.test(a.id)) fail(`${owner}: id is not lowercase snake_case`);
  if (a.commune !== undefined && territoryById.get(a.commune)?.level !== 'COMMUNE') fail(`${owner}: commune ${a.commune} is not a commune`);
  checkIds(owner, a.activeIn, territoryById, 'territory');
  checkIds(owner, a.addresses, barrierIds, 'barrier');
  checkSources(owner, a.sources);
}
for (const p of doc.programmes) {
  const owner = `programme ${p.id}`;
  if (!/^[A-Za-z0-9_]+$/.test(p.id)) fail(`${owner}: id is not ASCII`);
  checkIds(owner, p.activeIn, territoryById, 'territory');
  checkIds(owner, p.addresses, barrierIds, 'barrier');
  checkIds(owner, p.domains, domainIds, 'domain');
  checkIds(owner, p.publics, publicIds, 'public');
  checkSources(owner, p.sources);
}
const PROGRAMME_LINKS = new Set(['OPERATES', 'FUNDS', 'PRESCRIBES']);
const linkKeys = new Set<string>();
for (const l of doc.links) {
  const owner = `link ${l.type} ${l.from} -> ${l.to}`;
  if (!actorIds.has(l.from)) fail(`${owner}: from is not an actor`);
  const target = PROGRAMME_LINKS.has(l.type) ? programmeIds : actorIds;
  if (!target.has(l.to)) fail(`${owner}: to is not ${PROGRAMME_LINKS.has(l.type) ? 'a programme' : 'an actor'}`);
  if (l.from === l.to) fail(`${owner}: self link`);
  const symmetric = l.type === 'PARTNERS_WITH' ? [l.from, l.to].sort().join('|') : `${l.from}|${l.to}`;
  if (linkKeys.has(`${l.type}|${symmetric}`)) fail(`${owner}: duplicate`);
  linkKeys.add(`${l.type}|${symmetric}`);
  checkSources(owner, l.sources);
}
for (const s of doc.statistics) {
  if (!territoryById.has(s.territory)) fail(`statistic ${s.indicator}: unknown territory ${s.territory}`);
  if (!s.source) fail(`statistic ${s.territory}/${s.indicator}: missing source`);
}

// 5. Counts and key entities.
const count = (level: string): number => doc.territories.filter((t) => t.level === level).length;
const expectAtLeast = (what: string, actual: number, min: number): void => {
  if (actual < min) fail(`${what}: ${actual} < ${min}`);
};
expectAtLeast('actors', doc.actors.length, 85);
expectAtLeast('programmes', doc.programmes.length, 30);
expectAtLeast('links', doc.links.length, 180);
if (count('COMMUNE') !== 277) fail(`communes: ${count('COMMUNE')} !== 277`);
if (count('EPCI') !== 21) fail(`EPCI: ${count('EPCI')} !== 21`);
if (count('EMPLOYMENT_AREA') !== 5) fail(`employment areas: ${count('EMPLOYMENT_AREA')} !== 5`);
const programme = (id: string): Programme | undefined => doc.programmes.find((p) => p.id === id);
if (programme('CIR')?.kind !== 'SPECIALISED') fail('programme CIR missing or not SPECIALISED');
if (programme('AGIR')?.kind !== 'GLOBAL_SUPPORT') fail('programme AGIR missing or not GLOBAL_SUPPORT');
if (!doc.links.some((l) => l.type === 'OPERATES' && l.from === 'ofii' && l.to === 'CIR')) fail('ofii does not OPERATE CIR');

// 6. No partisan aggregator site anywhere under seed/ (names built so that this file does not match a grep).
const banned = [
  ['fde', 'souche'],
  ['breizh', '-info'],
  ['enva', 'his'],
].map((parts) => parts.join(''));
function scan(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) scan(path);
    else {
      const content = readFileSync(path, 'utf8').toLowerCase();
      for (const word of banned) if (content.includes(word)) fail(`banned source ${word} in ${relative(SEED_DIR, path)}`);
    }
  }
}
scan(SEED_DIR);

// 7. Preview of the SPEC analyses, to check that the seed exercises them.
const operators = (p: string): string[] => doc.links.filter((l) => l.type === 'OPERATES' && l.to === p).map((l) => l.from);
const actorById = new Map(doc.actors.map((a) => [a.id, a]));
const scope = (p: Programme): string[] => (p.activeIn?.length ? p.activeIn : [...new Set(operators(p.id).flatMap((a) => actorById.get(a)?.activeIn ?? []))]);

const graph = new Map<string, Set<string>>();
const edge = (a: string, b: string): void => {
  graph.set(a, (graph.get(a) ?? new Set()).add(b));
  graph.set(b, (graph.get(b) ?? new Set()).add(a));
};
for (const l of doc.links) edge(l.from, l.to);
const distance = new Map<string, number>([['CIR', 0]]);
for (let frontier = ['CIR']; frontier.length > 0; ) {
  const next: string[] = [];
  for (const node of frontier) {
    for (const n of graph.get(node) ?? []) {
      if (!distance.has(n)) {
        distance.set(n, (distance.get(node) ?? 0) + 1);
        next.push(n);
      }
    }
  }
  frontier = next;
}
const linkedToCir = doc.actors.filter((a) => (distance.get(a.id) ?? Infinity) <= 2).length;
if (linkedToCir === doc.actors.length) fail('every actor is within 2 hops of the CIR: no articulation gap to show');

const reasons = new Map<string, number>();
const addReason = (a: string, b: string): void => {
  if (a === b) return;
  const key = [a, b].sort().join('|');
  reasons.set(key, (reasons.get(key) ?? 0) + 1);
};
for (const p of doc.programmes) {
  const involved = [...new Set(doc.links.filter((l) => PROGRAMME_LINKS.has(l.type) && l.to === p.id).map((l) => l.from))];
  for (let i = 0; i < involved.length; i++) for (let j = i + 1; j < involved.length; j++) addReason(involved[i] ?? '', involved[j] ?? '');
}
for (const type of ['REFERS_TO', 'PARTNERS_WITH']) {
  for (const key of new Set(doc.links.filter((l) => l.type === type).map((l) => [l.from, l.to].sort().join('|')))) {
    const [a, b] = key.split('|');
    addReason(a ?? '', b ?? '');
  }
}
const sharing = new Set(doc.links.filter((l) => l.type === 'SHARES_INFO_WITH').map((l) => [l.from, l.to].sort().join('|')));
const gaps = [...reasons].filter(([key]) => !sharing.has(key)).sort((x, y) => y[1] - x[1]);
if (gaps.length === 0) fail('no information-sharing gap');

const expandPublics = (ps: string[]): Set<string> => new Set(ps.flatMap((p) => (p === 'BPI' ? ['BPI', 'BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] : [p])));
const overlaps: [string, number][] = [];
for (let i = 0; i < doc.programmes.length; i++) {
  for (let j = i + 1; j < doc.programmes.length; j++) {
    const p = doc.programmes[i];
    const q = doc.programmes[j];
    if (!p || !q) continue;
    const bp = new Set(p.addresses ?? []);
    const bq = new Set(q.addresses ?? []);
    const union = new Set([...bp, ...bq]).size;
    const jaccard = union === 0 ? 0 : [...bp].filter((b) => bq.has(b)).length / union;
    const sp = scope(p);
    const sq = scope(q);
    const territory = sp.some((s) => sq.some((t) => contains(s, t) || contains(t, s))) ? 1 : 0;
    const pp = expandPublics(p.publics ?? []);
    const pq = expandPublics(q.publics ?? []);
    const shared = [...pp].some((x) => pq.has(x));
    const general = pp.has('GENERAL_PUBLIC') !== pq.has('GENERAL_PUBLIC');
    const score = jaccard * territory * (shared ? 1 : general ? 0.5 : 0);
    if (score >= 0.3) overlaps.push([`${p.id} ~ ${q.id}`, Math.round(score * 100) / 100]);
  }
}
overlaps.sort((x, y) => y[1] - x[1]);
if (overlaps.length === 0) fail('no programme overlap with score >= 0.3');

const coversFully = (a: Actor, barrier: string, t: string): boolean =>
  ((a.addresses ?? []).includes(barrier) && (a.activeIn ?? []).some((s) => contains(s, t))) ||
  doc.links.some((l) => {
    if (l.type !== 'OPERATES' || l.from !== a.id) return false;
    const p = programme(l.to);
    return !!p && (p.addresses ?? []).includes(barrier) && (p.activeIn?.length ? p.activeIn : (a.activeIn ?? [])).some((s) => contains(s, t));
  });
const childcareMorlaix = doc.actors.filter((a) => coversFully(a, 'CHILDCARE', '29151')).map((a) => a.id);

// Report.
console.log(
  `territories ${doc.territories.length} (REGION ${count('REGION')}, DEPARTMENT ${count('DEPARTMENT')}, ` +
    `EMPLOYMENT_AREA ${count('EMPLOYMENT_AREA')}, EPCI ${count('EPCI')}, COMMUNE ${count('COMMUNE')})`,
);
console.log(`actors ${doc.actors.length}, programmes ${doc.programmes.length}, links ${doc.links.length}, statistics ${doc.statistics.length}`);
const byType = new Map<string, number>();
for (const l of doc.links) byType.set(l.type, (byType.get(l.type) ?? 0) + 1);
console.log(`links by type: ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}`);
console.log(`CIR articulation: ${linkedToCir} actors within 2 hops, ${doc.actors.length - linkedToCir} beyond or unlinked`);
console.log(
  `information-sharing gaps: ${gaps.length} pairs; strongest: ${gaps
    .slice(0, 5)
    .map(([k, n]) => `${k} (${n})`)
    .join(', ')}`,
);
console.log(
  `overlapping programme pairs (score >= 0.3): ${overlaps.length}; top: ${overlaps
    .slice(0, 5)
    .map(([k, s]) => `${k} ${s}`)
    .join(', ')}`,
);
console.log(`actors fully covering CHILDCARE in Morlaix (29151): ${childcareMorlaix.join(', ') || 'none'}`);

if (errors.length > 0) {
  console.error(`\n${errors.length} error(s):\n${errors.map((e) => `- ${e}`).join('\n')}`);
  process.exit(1);
}
console.log('\nOK: seed/finistere.json is valid.');
