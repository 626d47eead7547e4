// Writes a validated interchange document in one transaction, in batches (UNWIND).
import neo4j from 'neo4j-driver';
import {
  deleteCartography,
  existingGraph as existingGraphQuery,
  existingKeys,
  linkOverlaps,
  linkTerritories,
  upsertActors,
  upsertLinks,
  upsertProgrammes,
  upsertStatistics,
  upsertTerritories,
  upsertVocabulary,
} from '../../../cypher/import/queries.js';
import type { Executor } from '../neo4j/executor.js';
import { searchKey, vocabulary } from '../vocabulary.js';
import type { ImportProblem, InterchangeDocument, SiteDoc } from './document.js';
import { type ExistingGraph, emptyGraph, validateDocument } from './validate.js';

export type ImportMode = 'MERGE' | 'REPLACE';

export interface ImportReport {
  ok: boolean;
  created: number;
  updated: number;
  problems: ImportProblem[];
}

type Props = Record<string, unknown>;

/** Drops undefined values (Neo4j properties cannot hold null or undefined). */
function clean(o: Props): Props {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

/** Whole numbers are stored as Neo4j integers, not floats. */
const int = (v: number | undefined) => (v === undefined ? undefined : neo4j.int(v));

export async function loadVocabulary(db: Executor): Promise<void> {
  await db.write(upsertVocabulary, {
    domains: vocabulary.domains.map((d) => ({ id: d.id, label: d.label, en: d.en ?? null })),
    publics: vocabulary.publics.map((d) => ({ id: d.id, label: d.label, en: d.en ?? null })),
    barriers: vocabulary.barriers.map((d) => ({ id: d.id, label: d.label, en: d.en ?? null, domains: d.domains })),
  });
}

export async function existingGraph(db: Executor): Promise<ExistingGraph> {
  const [row] = await db.read(existingGraphQuery, {});
  if (!row) return emptyGraph();
  return { actors: new Set(row.actors), programmes: new Set(row.programmes), territories: new Map(row.territories), partOf: row.partOf };
}

/** Sites in their document order; two sites may share a commune. */
const sites = (list: SiteDoc[] | undefined) =>
  (list ?? []).map((s, order) => ({ commune: s.commune, props: clean({ address: s.address, label: s.label, phone: s.phone, hours: s.hours, order }) }));

const statKey = (s: { territory: string; indicator: string; year?: number | undefined }) => `${s.territory}|${s.indicator}|${s.year ?? ''}`;

/** Validates the whole document, then (only if it is valid) writes it atomically. */
export async function importDocument(db: Executor, input: unknown, mode: ImportMode, now: Date = new Date()): Promise<ImportReport> {
  const existing = mode === 'MERGE' ? await existingGraph(db) : emptyGraph();
  const problems = validateDocument(input, existing);
  if (problems.length) return { ok: false, created: 0, updated: 0, problems };
  const doc = input as InterchangeDocument;
  const updatedAt = now.toISOString();

  const territories = (doc.territories ?? []).map((t) => ({
    id: t.id,
    partOf: t.partOf ?? [],
    props: clean({ id: t.id, name: t.name, level: t.level, population: int(t.population), lat: t.lat, lon: t.lon, searchName: searchKey(t.name) }),
  }));
  const actors = (doc.actors ?? []).map((a) => ({
    id: a.id,
    activeIn: a.activeIn ?? [],
    addresses: a.addresses ?? [],
    sites: sites(a.sites),
    props: clean({
      id: a.id,
      name: a.name,
      kind: a.kind,
      description: a.description,
      website: a.website,
      email: a.email,
      phone: a.phone,
      address: a.address,
      commune: a.commune,
      outreach: a.outreach,
      sources: a.sources ?? [],
      searchName: searchKey(a.name),
      updatedAt,
    }),
  }));
  const programmes = (doc.programmes ?? []).map((p) => ({
    id: p.id,
    activeIn: p.activeIn ?? [],
    addresses: p.addresses ?? [],
    domains: p.domains ?? [],
    publics: p.publics ?? [],
    sites: sites(p.sites),
    props: clean({
      id: p.id,
      name: p.name,
      kind: p.kind,
      description: p.description,
      website: p.website,
      capacity: int(p.capacity),
      startDate: p.startDate,
      endDate: p.endDate,
      outreach: p.outreach,
      sources: p.sources ?? [],
      searchName: searchKey(p.name),
      updatedAt,
    }),
  }));
  const links = (doc.links ?? []).map((l) => ({
    type: l.type,
    from: l.from,
    to: l.to,
    props: clean({ formal: l.formal, note: l.note, sources: l.sources ?? [], updatedAt }),
  }));
  const statistics = (doc.statistics ?? []).map((s) => ({
    key: statKey(s),
    territory: s.territory,
    props: clean({ key: statKey(s), territory: s.territory, indicator: s.indicator, year: int(s.year), value: s.value, source: s.source }),
  }));
  const total = territories.length + actors.length + programmes.length + links.length + statistics.length;

  return db.writeTransaction(`import-${mode.toLowerCase()}`, async (run) => {
    let existingCount = 0;
    if (mode === 'REPLACE') await run(deleteCartography);
    else {
      const [row] = await run(existingKeys, {
        territories: territories.map((t) => t.id),
        actors: actors.map((a) => a.id),
        programmes: programmes.map((p) => p.id),
        statistics: statistics.map((s) => s.key),
        links: links.map((l) => ({ type: l.type, from: l.from, to: l.to })),
      });
      existingCount = Number(row?.existing ?? 0);
    }
    for (const batch of chunks(territories, 2000)) await run(upsertTerritories, { rows: batch });
    for (const batch of chunks(territories, 2000)) await run(linkTerritories, { rows: batch });
    // Territories that share communes without one holding the other (analyses v2).
    if (territories.length) await run(linkOverlaps, {});
    for (const batch of chunks(actors, 1000)) await run(upsertActors, { rows: batch });
    for (const batch of chunks(programmes, 1000)) await run(upsertProgrammes, { rows: batch });
    for (const batch of chunks(links, 2000)) await run(upsertLinks, { rows: batch });
    for (const batch of chunks(statistics, 2000)) await run(upsertStatistics, { rows: batch });
    return { ok: true, created: total - existingCount, updated: existingCount, problems: [] };
  });
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
