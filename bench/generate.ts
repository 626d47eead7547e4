// Synthetic cartographies for benchmarks: any number of departments, each the size and
// shape of the Finistère seed (seed/finistere.json: 305 territories of which 277 communes,
// 98 actors, 56 programmes, ~280 links with a few programmes gathering most actors, plus BPI
// statistics), deterministic from a seed number.
// Ids are prefixed per department (D01-…); departments are grouped into regions
// (R01, R02… of `departmentsPerRegion` departments). One national CIR programme is
// operated by every department's OFII direction, as in the real graph.
// Where help is given (analyses v2): each department lies in its own cell of a grid over
// France (departments do not overlap, as in reality); every actor has 1–4 sites in communes
// of its department; about one programme in five has sites of its own; about one programme
// in ten (and a few actors) comes to people (outreach); a few programmes have ended.
import type { ActorDoc, InterchangeDocument, LinkDoc, ProgrammeDoc, StatisticDoc, TerritoryDoc } from '../server/src/import/document.js';
import { vocabulary } from '../server/src/vocabulary.js';

export interface GenerateOptions {
  departments: number;
  seed: number;
  /** Departments per region (default 4): 10 departments make 3 regions. */
  departmentsPerRegion?: number;
}

/** mulberry32: a small, fast, deterministic PRNG. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, sample };
}
type Rng = ReturnType<typeof prng>;

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const SYLLABLES = ['Plou', 'Ker', 'Lan', 'Tré', 'Gou', 'Lo', 'Pen', 'Kerg', 'Saint-', 'Le ', 'Guer', 'Land', 'Quim', 'Mor', 'Bras', 'Ros'];
const ENDINGS = ['gastel', 'nevez', 'divisiau', 'hars', 'laix', 'per', 'ven', 'lé', 'morc', 'ouarn', 'nilis', 'aven', 'coff', 'dern', 'ezec'];
const placeName = (r: Rng) => `${r.pick(SYLLABLES)}${r.pick(ENDINGS)}`;

/** Kinds of actors per department, with their count (97, plus the OFII), as in the Finistère seed. */
const ACTOR_MIX: [string, number, string][] = [
  ['STATE_SERVICE', 8, 'Service de l’État'],
  ['LOCAL_AUTHORITY', 6, 'Collectivité'],
  ['PUBLIC_EMPLOYMENT_SERVICE', 13, 'Agence emploi'],
  ['SOCIAL_PROTECTION', 3, 'Caisse'],
  ['ACCOMMODATION_OPERATOR', 6, 'Centre d’hébergement'],
  ['HOUSING_PROVIDER', 9, 'Bailleur'],
  ['ASSOCIATION', 26, 'Association'],
  ['ECONOMIC_ACTOR', 7, 'Réseau économique'],
  ['TRAINING_BODY', 6, 'Organisme de formation'],
  ['HEALTH_ACTOR', 9, 'Centre de santé'],
  ['OTHER', 4, 'Structure'],
];
/** Operators per programme, drawn as in the seed (8 with none, 21 with one… one with nine). */
const OPERATORS: number[] = [...Array(8).fill(0), ...Array(21).fill(1), ...Array(12).fill(2), ...Array(7).fill(3), 4, 4, 4, 5, 5, 6, 6, 9];
const PUBLIC_SETS = [
  ['GENERAL_PUBLIC'],
  ['GENERAL_PUBLIC'],
  ['GENERAL_PUBLIC'],
  ['BPI'],
  ['BPI', 'FOREIGN_NATIONALS'],
  ['BPI_IN_DNA', 'ASYLUM_SEEKERS'],
  ['BPI_OUTSIDE_DNA'],
  ['YOUNG_UNDER_26'],
  ['FAMILIES', 'GENERAL_PUBLIC'],
  ['BPI', 'BPI_IN_DNA', 'BPI_OUTSIDE_DNA'],
];
const BARRIERS = vocabulary.barriers.map((b) => b.id);
/** Peripheral barriers that few actors lift, and only locally: they make the coverage gaps. */
const RARE = new Set(['CHILDCARE', 'DRIVING_LICENCE', 'QUALIFICATION_RECOGNITION', 'MENTAL_HEALTH', 'LITERACY']);
const COMMON = BARRIERS.filter((b) => !RARE.has(b));
const domainsOf = (barriers: string[]) => [...new Set(barriers.flatMap((id) => vocabulary.barriers.find((b) => b.id === id)?.domains ?? []))];

interface Department {
  territories: TerritoryDoc[];
  actors: ActorDoc[];
  programmes: ProgrammeDoc[];
  links: LinkDoc[];
  statistics: StatisticDoc[];
}

/** The south-west corner of department d's cell: a 12-column grid over France, cells of 1.0° × 1.3°. */
function cell(d: number): { lat: number; lon: number } {
  const i = (d - 1) % 96;
  return { lat: 42.4 + Math.floor(i / 12) * 1.0, lon: -4.8 + (i % 12) * 1.3 };
}

function department(r: Rng, d: number, region: string): Department {
  const D = `D${pad(d, 2)}`;
  const origin = cell(d);
  const territories: TerritoryDoc[] = [];
  const statistics: StatisticDoc[] = [];
  const stat = (territory: string, value: number, year: number) => statistics.push({ territory, indicator: 'BPI_COUNT', year, value, source: 'synthetic' });
  territories.push({ id: D, name: `Département ${pad(d, 2)}`, level: 'DEPARTMENT', partOf: [region], population: 0 });
  const areas = Array.from({ length: 5 }, (_, i) => ({
    id: `${D}-ZE${i + 1}`,
    name: `Zone d’emploi de ${placeName(r)}`,
    level: 'EMPLOYMENT_AREA' as const,
    partOf: [D],
  }));
  const epcis = Array.from({ length: 21 }, (_, i) => ({
    id: `${D}-EPCI${pad(i + 1, 2)}`,
    name: `CC ${placeName(r)} ${pad(i + 1, 2)}`,
    level: 'EPCI' as const,
    partOf: [D],
  }));
  territories.push(...areas, ...epcis);
  const communes: TerritoryDoc[] = [];
  for (let i = 0; i < 277; i++) {
    const epci = epcis[Math.min(20, Math.floor((i * 21) / 277))] as TerritoryDoc;
    const area = areas[Math.min(4, Math.floor((i * 5) / 277 + (r.next() < 0.1 ? 1 : 0)) % 5)] as TerritoryDoc;
    const big = i % 40 === 0;
    const population = big ? r.int(30_000, 140_000) : Math.round(300 + r.next() ** 3 * 8000);
    const lat = origin.lat + 0.05 + r.next() * 0.9;
    const lon = origin.lon + 0.05 + r.next() * 1.2;
    communes.push({
      id: `${D}-C${pad(i + 1, 3)}`,
      name: `${placeName(r)}-${pad(i + 1, 3)}`,
      level: 'COMMUNE',
      partOf: [epci.id, area.id],
      population,
      lat,
      lon,
    });
  }
  territories.push(...communes);
  // BPI statistics: the department, its EPCIs, and the communes that host BPI (about one in six), two years.
  stat(D, r.int(1500, 3000), 2023);
  stat(D, r.int(1200, 2800), 2022);
  for (const e of epcis) stat(e.id, r.int(5, 300), 2023);
  for (const c of communes) if ((c.population ?? 0) > 5000 || r.next() < 0.1) stat(c.id, r.int(1, 200), 2023);

  /** n barriers; rare ones only for local (non-department) scopes, and less often. */
  const pickBarriers = (n: number, local: boolean): string[] => r.sample(local && r.next() < 0.5 ? BARRIERS : COMMON, n);
  const pickTerritories = (): string[] => {
    const x = r.next();
    if (x < 0.4) return [D];
    if (x < 0.7) return r.sample(epcis, r.int(1, 3)).map((t) => t.id);
    if (x < 0.85) return [r.pick(areas).id];
    return [r.pick(communes).id];
  };
  const actors: ActorDoc[] = [];
  for (const [kind, count, label] of ACTOR_MIX) {
    for (let i = 0; i < count; i++) {
      const commune = r.pick(communes.slice(0, 80));
      const n = actors.length + 1;
      const activeIn = kind === 'STATE_SERVICE' || kind === 'SOCIAL_PROTECTION' ? [D] : pickTerritories();
      actors.push({
        id: `${D}-A${pad(n, 3)}`,
        name: `${label} ${placeName(r)} ${pad(n, 3)}`,
        kind,
        email: `contact${n}@${D.toLowerCase()}.example.org`,
        phone: `02 98 ${pad(r.int(0, 99), 2)} ${pad(r.int(0, 99), 2)} ${pad(r.int(0, 99), 2)}`,
        address: `${r.int(1, 120)} rue ${placeName(r)}`,
        commune: commune.id,
        website: `https://${D.toLowerCase()}-a${n}.example.org`,
        activeIn,
        addresses: pickBarriers(r.pick([0, 1, 1, 1, 2, 2, 3]), activeIn[0] !== D),
        sources: ['synthetic'],
        sites: r.sample(communes, r.int(1, 4)).map((c, j) => ({ commune: c.id, label: `Permanence ${j + 1}`, hours: 'mardi 9h–12h' })),
        ...(r.next() < 0.04 ? { outreach: true } : {}),
      });
    }
  }
  const ofii: ActorDoc = {
    id: `${D}-OFII`,
    name: `OFII – direction territoriale ${pad(d, 2)}`,
    kind: 'STATE_SERVICE',
    activeIn: [D],
    addresses: ['CIVIC_KNOWLEDGE', 'FRENCH_LANGUAGE'],
    sources: ['synthetic'],
  };
  actors.push(ofii);

  const programmes: ProgrammeDoc[] = [];
  for (let i = 0; i < 56; i++) {
    const territory = r.next() < 0.5 ? [] : r.next() < 0.6 ? [D] : pickTerritories();
    const addresses = pickBarriers(r.pick([1, 1, 2, 2, 2, 3, 3, 4, 5]), territory.length > 0 && territory[0] !== D);
    programmes.push({
      id: `${D}-P${pad(i + 1, 2)}`,
      name: `Dispositif ${placeName(r)} ${pad(i + 1, 2)}`,
      kind: r.pick(['COMMON_LAW', 'COMMON_LAW', 'SPECIALISED', 'GLOBAL_SUPPORT']),
      addresses,
      domains: domainsOf(addresses),
      publics: r.pick(PUBLIC_SETS),
      activeIn: territory,
      sources: ['synthetic'],
      ...(r.next() < 0.2 ? { sites: r.sample(communes, r.int(1, 3)).map((c) => ({ commune: c.id, label: 'Lieu d’accueil' })) } : {}),
      ...(r.next() < 0.1 ? { outreach: true } : {}),
      ...(r.next() < 0.05 ? { startDate: '2021-01-01', endDate: '2023-12-31' } : r.next() < 0.1 ? { startDate: '2024-01-01', endDate: '2027-12-31' } : {}),
    });
  }

  const links: LinkDoc[] = [];
  const seen = new Set<string>();
  const link = (type: LinkDoc['type'], from: string, to: string) => {
    const k = `${type}|${from}|${to}`;
    if (from === to || seen.has(k)) return false;
    seen.add(k);
    links.push({ type, from, to, sources: ['synthetic'] });
    return true;
  };
  const others = actors.filter((a) => a !== ofii);
  link('OPERATES', ofii.id, 'CIR');
  link('PRESCRIBES', r.pick(others).id, 'CIR');
  for (const p of programmes) for (const a of r.sample(others, r.pick(OPERATORS))) link('OPERATES', a.id, p.id);
  const add = (type: LinkDoc['type'], count: number, target: () => string) => {
    for (let made = 0, tries = 0; made < count && tries < count * 10; tries++) if (link(type, r.pick(others).id, target())) made++;
  };
  // A few programmes (AGIR, the RSA, the CEJ…) gather most funders and prescribers.
  const popular = () => (r.next() < 0.6 ? r.pick(programmes.slice(0, 8)) : r.pick(programmes)).id;
  add('FUNDS', 35, popular);
  add('PRESCRIBES', 44, popular);
  add('PARTNERS_WITH', 43, () => r.pick(others).id);
  add('REFERS_TO', 28, () => r.pick(others).id);
  add('SHARES_INFO_WITH', 18, () => r.pick(others).id);
  return { territories, actors, programmes, links, statistics };
}

/** An interchange document of `departments` synthetic departments, deterministic from `seed`. */
export function generateCartography({ departments, seed, departmentsPerRegion = 4 }: GenerateOptions): InterchangeDocument {
  const r = prng(seed);
  const doc: Required<Omit<InterchangeDocument, 'title'>> & { title: string } = {
    format: 'agir-cartography',
    version: 1,
    title: `Cartographie synthétique (${departments} départements, graine ${seed})`,
    territories: [],
    actors: [],
    programmes: [
      {
        id: 'CIR',
        name: 'CIR – Contrat d’intégration républicaine',
        kind: 'SPECIALISED',
        addresses: ['FRENCH_LANGUAGE', 'CIVIC_KNOWLEDGE'],
        domains: ['LANGUAGE', 'SOCIAL_LINK'],
        publics: ['FOREIGN_NATIONALS', 'BPI'],
        sources: ['synthetic'],
      },
    ],
    links: [],
    statistics: [],
  };
  const regions = Math.ceil(departments / departmentsPerRegion);
  for (let i = 1; i <= regions; i++) doc.territories.push({ id: `R${pad(i, 2)}`, name: `Région ${pad(i, 2)}`, level: 'REGION' });
  for (let d = 1; d <= departments; d++) {
    const region = `R${pad(Math.ceil(d / departmentsPerRegion), 2)}`;
    const dep = department(r, d, region);
    doc.territories.push(...dep.territories);
    doc.actors.push(...dep.actors);
    doc.programmes.push(...dep.programmes);
    doc.links.push(...dep.links);
    doc.statistics.push(...dep.statistics);
  }
  // One regional programme per region, operated by the first department's first association.
  for (let i = 1; i <= regions; i++) {
    const id = `R${pad(i, 2)}-HOPE`;
    doc.programmes.push({
      id,
      name: `HOPE – région ${pad(i, 2)}`,
      kind: 'SPECIALISED',
      addresses: ['EMPLOYMENT_ACCESS', 'VOCATIONAL_TRAINING', 'FRENCH_LANGUAGE'],
      domains: ['EMPLOYMENT', 'LANGUAGE'],
      publics: ['BPI'],
      activeIn: [`R${pad(i, 2)}`],
      sources: ['synthetic'],
    });
    const operator = doc.actors.find((a) => a.kind === 'TRAINING_BODY' && a.id.startsWith(`D${pad((i - 1) * departmentsPerRegion + 1, 2)}-`));
    if (operator) doc.links.push({ type: 'OPERATES', from: operator.id, to: id, sources: ['synthetic'] });
  }
  return doc;
}
