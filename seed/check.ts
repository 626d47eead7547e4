/**
 * Checks seed/finistere.json and reports the figures of issue 12.
 *
 * - Validation: the server's own validator (server/src/import/validate.ts, which reads the project's
 *   contract/interchange.schema.json), plus the rules that only hold for this seed: territory counts,
 *   site communes that exist in the seed, CIR operated by OFII, sources on every fact, no aggregator,
 *   mirror or unnamed-press citation, an end date on the programmes known to have ended.
 * - Report: counts, contacts, locations, sites, documented sources versus general knowledge,
 *   ended programmes, statistics by indicator and territory level, and each target met or not.
 *
 * Run: node --import tsx seed/check.ts   (exit code 1 on any error; targets not met are reported, not errors)
 * The test tests/unit/seed-check.test.ts runs the same check in `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ActorDoc, InterchangeDocument, LinkDoc, ProgrammeDoc, StatisticDoc, TerritoryDoc } from '../server/src/import/document.js';
import { validateDocument } from '../server/src/import/validate.js';

const SEED_DIR = dirname(fileURLToPath(import.meta.url));
export const SEED_FILE = join(SEED_DIR, 'finistere.json');

/** Where help is given (contract/interchange.schema.json, not yet in the server's TypeScript shapes). */
interface Site {
  commune: string;
  address?: string;
  label?: string;
  phone?: string;
  hours?: string;
}
type Located = { sites?: Site[]; outreach?: boolean };
export type SeedActor = ActorDoc & Located;
export type SeedProgramme = ProgrammeDoc & Located;
export interface SeedDocument extends InterchangeDocument {
  territories: TerritoryDoc[];
  actors: SeedActor[];
  programmes: SeedProgramme[];
  links: LinkDoc[];
  statistics: StatisticDoc[];
}

/** Programmes the diagnostic knows to have ended: each must carry an endDate (it then leaves the analyses). */
export const ENDED_PROGRAMMES = ['ACCELAIR', 'GUINGEMPLOI_ANKRAGE', 'FAIR', 'VOLONTR', 'BREST_COB_INCLUSIF', 'ADVENTUS'] as const;

export const TARGETS = { actors: 140, programmes: 70, contactPct: 90, locatedPct: 100, generalKnowledgeLinksPctBelow: 30 } as const;

// Partisan aggregators that reproduce press articles (names split so that this file does not match a grep).
const AGGREGATORS = [
  ['fde', 'souche'],
  ['breizh', '-info'],
  ['enva', 'his'],
].map((p) => p.join(''));
// Document mirrors and copies: cite the original document (title and year) or the publisher's page instead.
const MIRRORS = [
  'scribd.com',
  'slideserve.com',
  'doczz.',
  'readkong.com',
  'docplayer.',
  'pdfslide.',
  'vdocuments.',
  'yumpu.com',
  'fdocuments.',
  '123dok.',
  'docslib.org',
  'pdfprof.com',
  'linkedin.com',
  'trk=public_post',
  'juriblio.fr',
  'attrap.fr',
  'viareunir.com',
  'europesays.com',
];
const PRESS = /^(Ouest-France|Le Télégramme|France Bleu|Océane)/;

export type SourceClass = 'page' | 'document' | 'press' | 'general' | 'aggregator' | 'mirror' | 'unnamed-press';

/** Classifies one citation. A page has an address; a document is cited by title and year; a press article by newspaper, « title » and date. */
export function classifySource(source: string): SourceClass {
  const s = source.toLowerCase();
  if (AGGREGATORS.some((a) => s.includes(a))) return 'aggregator';
  if (/presse régionale/i.test(source)) return 'unnamed-press';
  if (MIRRORS.some((m) => s.includes(m))) return 'mirror';
  if (PRESS.test(source)) return /«[^»]+»/.test(source) && /\b(19|20)\d{2}\b/.test(source) ? 'press' : 'unnamed-press';
  if (/https?:\/\//.test(source)) return 'page';
  if (/^Document : .*\b(19|20)\d{2}\b/.test(source)) return 'document';
  return 'general';
}
const DOCUMENTED: ReadonlySet<SourceClass> = new Set(['page', 'document', 'press']);
const isDocumented = (sources: string[] | undefined): boolean => (sources ?? []).some((s) => DOCUMENTED.has(classifySource(s)));

const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

export interface SeedFigures {
  territories: Record<string, number>;
  actors: number;
  programmes: number;
  links: number;
  statistics: number;
  linksByType: Record<string, number>;
  actorsWithContact: number;
  contactPct: number;
  actorsLocated: number;
  locatedPct: number;
  unlocatedActors: string[];
  outreachActors: number;
  sites: { actors: number; programmes: number; total: number; actorsWithSites: number };
  documented: { actors: number; programmes: number; links: number };
  generalKnowledge: { actors: number; programmes: number; links: number };
  generalKnowledgePct: { actors: number; programmes: number; links: number; linksByType: Record<string, number> };
  citations: Record<SourceClass, number>;
  bannedCitations: number;
  endedProgrammes: { id: string; endDate: string }[];
  statisticsByIndicator: { indicator: string; level: string; territory: string; year: number | null; value: number }[];
  targets: { name: string; value: number; target: string; met: boolean }[];
}

export interface SeedCheck {
  errors: string[];
  figures: SeedFigures;
}

export function readSeedDocument(file = SEED_FILE): SeedDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as SeedDocument;
}

/** Every file under seed/ that names a partisan aggregator (the seed must not cite them anywhere). */
function filesNamingAggregators(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesNamingAggregators(path));
    else {
      const content = readFileSync(path, 'utf8').toLowerCase();
      for (const word of AGGREGATORS) if (content.includes(word)) found.push(`${relative(SEED_DIR, path)} (${word})`);
    }
  }
  return found;
}

export function checkSeed(doc: SeedDocument = readSeedDocument()): SeedCheck {
  const errors: string[] = validateDocument(doc).map((p) => `${p.where}: ${p.message}`);
  const fail = (message: string): void => {
    errors.push(message);
  };

  // Territories: the open-data structure of the Finistère.
  const levelOf = new Map(doc.territories.map((t) => [t.id, t.level]));
  const territories: Record<string, number> = {};
  for (const t of doc.territories) territories[t.level] = (territories[t.level] ?? 0) + 1;
  for (const [level, n] of [
    ['COMMUNE', 277],
    ['EPCI', 21],
    ['EMPLOYMENT_AREA', 5],
    ['DEPARTMENT', 1],
    ['REGION', 1],
  ] as const) {
    if (territories[level] !== n) fail(`territories: ${territories[level] ?? 0} ${level}, expected ${n}`);
  }
  for (const t of doc.territories) {
    if (t.level === 'COMMUNE' && (t.lat === undefined || t.lon === undefined)) fail(`territory ${t.id}: a commune without coordinates`);
  }

  // Ids, sources, sites.
  const checkSites = (owner: string, sites: Site[] | undefined): void => {
    for (const [i, s] of (sites ?? []).entries()) {
      if (levelOf.get(s.commune) !== 'COMMUNE') fail(`${owner}.sites[${i}]: ${s.commune} is not a commune of the seed`);
    }
  };
  const checkSources = (owner: string, sources: string[] | undefined): void => {
    if (!sources || sources.length === 0 || sources.some((s) => s.trim() === '')) fail(`${owner}: missing or empty sources`);
  };
  for (const a of doc.actors) {
    if (!/^[a-z0-9_]+$/.test(a.id)) fail(`actor ${a.id}: id is not lowercase snake_case`);
    checkSources(`actor ${a.id}`, a.sources);
    checkSites(`actor ${a.id}`, a.sites);
  }
  for (const p of doc.programmes) {
    if (!/^[A-Z0-9_]+$/.test(p.id)) fail(`programme ${p.id}: id is not UPPER_SNAKE`);
    checkSources(`programme ${p.id}`, p.sources);
    checkSites(`programme ${p.id}`, p.sites);
  }
  for (const l of doc.links) checkSources(`link ${l.type} ${l.from} -> ${l.to}`, l.sources);
  for (const s of doc.statistics) {
    if (!s.source) fail(`statistic ${s.territory}/${s.indicator}: missing source`);
    if (s.year === undefined) fail(`statistic ${s.territory}/${s.indicator}: missing year`);
  }

  // Key facts other code relies on.
  const programme = (id: string): SeedProgramme | undefined => doc.programmes.find((p) => p.id === id);
  if (programme('CIR')?.kind !== 'SPECIALISED') fail('programme CIR missing or not SPECIALISED');
  if (programme('AGIR')?.kind !== 'GLOBAL_SUPPORT') fail('programme AGIR missing or not GLOBAL_SUPPORT');
  if (!doc.links.some((l) => l.type === 'OPERATES' && l.from === 'ofii' && l.to === 'CIR')) fail('ofii does not OPERATE CIR');
  for (const id of ENDED_PROGRAMMES) {
    const p = programme(id);
    if (!p) fail(`programme ${id} missing`);
    else if (!p.endDate) fail(`programme ${id} has ended but has no endDate`);
  }

  // Citations.
  const citations = { page: 0, document: 0, press: 0, general: 0, aggregator: 0, mirror: 0, 'unnamed-press': 0 } satisfies Record<SourceClass, number>;
  const cite = (owner: string, sources: string[] | undefined): void => {
    for (const s of sources ?? []) {
      const c = classifySource(s);
      citations[c]++;
      if (c === 'aggregator' || c === 'mirror' || c === 'unnamed-press') fail(`${owner}: ${c} citation « ${s.slice(0, 80)} »`);
    }
  };
  for (const a of doc.actors) cite(`actor ${a.id}`, a.sources);
  for (const p of doc.programmes) cite(`programme ${p.id}`, p.sources);
  for (const l of doc.links) cite(`link ${l.type} ${l.from} -> ${l.to}`, l.sources);
  for (const s of doc.statistics) cite(`statistic ${s.territory}/${s.indicator}`, s.source ? [s.source] : []);
  for (const f of filesNamingAggregators(SEED_DIR)) fail(`aggregator named in seed/${f}`);

  // Figures.
  const contact = doc.actors.filter((a) => a.phone || a.email).length;
  const located = doc.actors.filter((a) => a.commune || (a.sites?.length ?? 0) > 0 || a.outreach === true);
  const unlocated = doc.actors.filter((a) => !located.includes(a)).map((a) => a.id);
  const actorSites = doc.actors.reduce((n, a) => n + (a.sites?.length ?? 0), 0);
  const programmeSites = doc.programmes.reduce((n, p) => n + (p.sites?.length ?? 0), 0);
  const documented = {
    actors: doc.actors.filter((a) => isDocumented(a.sources)).length,
    programmes: doc.programmes.filter((p) => isDocumented(p.sources)).length,
    links: doc.links.filter((l) => isDocumented(l.sources)).length,
  };
  const generalKnowledge = {
    actors: doc.actors.length - documented.actors,
    programmes: doc.programmes.length - documented.programmes,
    links: doc.links.length - documented.links,
  };
  const linksByType: Record<string, number> = {};
  const gkByType: Record<string, number> = {};
  for (const l of doc.links) {
    linksByType[l.type] = (linksByType[l.type] ?? 0) + 1;
    if (!isDocumented(l.sources)) gkByType[l.type] = (gkByType[l.type] ?? 0) + 1;
  }
  const gkPctByType = Object.fromEntries(Object.entries(linksByType).map(([t, n]) => [t, pct(gkByType[t] ?? 0, n)]));
  const figures: SeedFigures = {
    territories,
    actors: doc.actors.length,
    programmes: doc.programmes.length,
    links: doc.links.length,
    statistics: doc.statistics.length,
    linksByType,
    actorsWithContact: contact,
    contactPct: pct(contact, doc.actors.length),
    actorsLocated: located.length,
    locatedPct: pct(located.length, doc.actors.length),
    unlocatedActors: unlocated,
    outreachActors: doc.actors.filter((a) => a.outreach === true).length,
    sites: {
      actors: actorSites,
      programmes: programmeSites,
      total: actorSites + programmeSites,
      actorsWithSites: doc.actors.filter((a) => a.sites?.length).length,
    },
    documented,
    generalKnowledge,
    generalKnowledgePct: {
      actors: pct(generalKnowledge.actors, doc.actors.length),
      programmes: pct(generalKnowledge.programmes, doc.programmes.length),
      links: pct(generalKnowledge.links, doc.links.length),
      linksByType: gkPctByType,
    },
    citations,
    bannedCitations: citations.aggregator + citations.mirror + citations['unnamed-press'],
    endedProgrammes: doc.programmes.filter((p) => p.endDate).map((p) => ({ id: p.id, endDate: p.endDate as string })),
    statisticsByIndicator: [...doc.statistics]
      .sort((x, y) =>
        x.indicator === y.indicator ? x.territory.localeCompare(y.territory) || (x.year ?? 0) - (y.year ?? 0) : x.indicator.localeCompare(y.indicator),
      )
      .map((s) => ({ indicator: s.indicator, level: levelOf.get(s.territory) ?? '?', territory: s.territory, year: s.year ?? null, value: s.value })),
    targets: [],
  };
  figures.targets = [
    { name: 'actors', value: figures.actors, target: `≥ ${TARGETS.actors}`, met: figures.actors >= TARGETS.actors },
    { name: 'programmes', value: figures.programmes, target: `≥ ${TARGETS.programmes}`, met: figures.programmes >= TARGETS.programmes },
    {
      name: 'actors with a phone or an e-mail (%)',
      value: figures.contactPct,
      target: `≥ ${TARGETS.contactPct}`,
      met: figures.contactPct >= TARGETS.contactPct,
    },
    { name: 'actors located (%)', value: figures.locatedPct, target: `${TARGETS.locatedPct}`, met: figures.locatedPct >= TARGETS.locatedPct },
    {
      name: 'links on general knowledge only (%)',
      value: figures.generalKnowledgePct.links,
      target: `< ${TARGETS.generalKnowledgeLinksPctBelow}`,
      met: figures.generalKnowledgePct.links < TARGETS.generalKnowledgeLinksPctBelow,
    },
    { name: 'aggregator, mirror or unnamed-press citations', value: figures.bannedCitations, target: '0', met: figures.bannedCitations === 0 },
  ];
  return { errors, figures };
}

export function formatReport({ errors, figures: f }: SeedCheck): string {
  const lines: string[] = [];
  lines.push(
    `territories: ${Object.entries(f.territories)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}`,
  );
  lines.push(`actors ${f.actors}, programmes ${f.programmes}, links ${f.links}, statistics ${f.statistics}`);
  lines.push(
    `links by type: ${Object.entries(f.linksByType)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
  lines.push(`actors with a phone or an e-mail: ${f.actorsWithContact}/${f.actors} (${f.contactPct} %)`);
  lines.push(`actors located (commune, sites or outreach): ${f.actorsLocated}/${f.actors} (${f.locatedPct} %); outreach ${f.outreachActors}`);
  if (f.unlocatedActors.length) lines.push(`  not located: ${f.unlocatedActors.join(', ')}`);
  lines.push(`sites: ${f.sites.total} (${f.sites.actors} on ${f.sites.actorsWithSites} actors, ${f.sites.programmes} on programmes)`);
  const share = (k: 'actors' | 'programmes' | 'links') =>
    `${k} ${f.documented[k]} documented / ${f.generalKnowledge[k]} general knowledge (${f.generalKnowledgePct[k]} %)`;
  lines.push(`sources: ${share('actors')}; ${share('programmes')}; ${share('links')}`);
  lines.push(
    `  general knowledge by link type (%): ${Object.entries(f.generalKnowledgePct.linksByType)
      .map(([t, p]) => `${t} ${p}`)
      .join(', ')}`,
  );
  lines.push(
    `citations: ${Object.entries(f.citations)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
  lines.push(`ended programmes with endDate: ${f.endedProgrammes.map((p) => `${p.id} ${p.endDate}`).join(', ')}`);
  lines.push('statistics (indicator, level, territory, year, value):');
  for (const s of f.statisticsByIndicator) lines.push(`  ${s.indicator} | ${s.level} ${s.territory} | ${s.year ?? '—'} | ${s.value}`);
  lines.push('targets:');
  for (const t of f.targets) lines.push(`  ${t.met ? 'met    ' : 'NOT MET'} ${t.name}: ${t.value} (target ${t.target})`);
  if (errors.length) lines.push(`\n${errors.length} error(s):\n${errors.map((e) => `- ${e}`).join('\n')}`);
  else lines.push('\nOK: seed/finistere.json is valid.');
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = checkSeed();
  console.log(formatReport(result));
  if (result.errors.length) process.exit(1);
}
