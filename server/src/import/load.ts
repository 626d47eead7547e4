// Writes a validated interchange document in one transaction, in batches (UNWIND).
// A REPLACE document is validated before the transaction (it does not depend on the
// database); a MERGE document is validated inside it, after the import lock, against what
// that transaction reads, so that no concurrent import can leave a dangling reference.
import neo4j, { Neo4jError } from 'neo4j-driver';
import {
  countCartography,
  deleteCartography,
  existingGraph as existingGraphQuery,
  existingKeys,
  importLock,
  linkOverlaps,
  linkTerritories,
  upsertActors,
  upsertLinks,
  upsertProgrammes,
  upsertStatistics,
  upsertTerritories,
  upsertVocabulary,
} from '../../../cypher/import/queries.js';
import { afterPairsWrite, leftPairsStale, refreshPairs } from '../analyses/pairs/store.js';
import {
  type ChangeShape,
  documentKeys,
  mergeKeys,
  nextChangeNumber,
  type RecordState,
  readState,
  recordChange,
  restoreVersions,
  storedKeys,
} from '../editing/state.js';
import type { Executor } from '../neo4j/executor.js';
import type { RowOf } from '../neo4j/query.js';
import { searchKey, vocabulary } from '../vocabulary.js';
import { type ExistingGraph, emptyGraph } from './consistency.js';
import type { ImportProblem, InterchangeDocument, SiteDoc } from './document.js';
import { checkLimits, type DocumentLimits, tooBigForOneTransaction, transactionMemoryProblem } from './limits.js';
import { transactionMemoryMax } from './memory.js';
import { validateDocument } from './validate.js';

export type ImportMode = 'MERGE' | 'REPLACE';

export interface ImportReport {
  ok: boolean;
  created: number;
  updated: number;
  /** Entities a REPLACE removed (stored before, absent from the document); 0 for MERGE. */
  deleted: number;
  problems: ImportProblem[];
  /** The IMPORT change recorded with it (undo reverts it whole). */
  change?: ChangeShape;
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

type ExistingRow = RowOf<typeof existingGraphQuery>;

function toExisting(row: ExistingRow | undefined): ExistingGraph {
  if (!row) return emptyGraph();
  return {
    actors: new Set(row.actors),
    programmes: new Set(row.programmes),
    territories: new Map(row.territories),
    partOf: row.partOf,
    communes: row.communes,
  };
}

/** Thrown inside the transaction to roll it back when the document is refused. */
class Refused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('import refused');
  }
}

/** Thrown at the end of a dry run to roll back what it wrote, carrying the report it would give. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const refused = (problems: ImportProblem[]): ImportReport => ({ ok: false, created: 0, updated: 0, deleted: 0, problems });

function isTransactionMemoryError(e: unknown): boolean {
  return e instanceof Neo4jError && /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimit/i.test(`${e.code} ${e.message}`);
}

export interface ImportOptions extends DocumentLimits {
  now?: Date;
  /** Who imports, for the history (the signed-in user or token). */
  by?: string;
  /** Runs the whole import, then rolls it back: the report is the preview of the real one. */
  dryRun?: boolean;
}

/** Sites in their document order; two sites may share a commune. */
const sites = (list: SiteDoc[] | undefined) =>
  (list ?? []).map((s, order) => ({ commune: s.commune, props: clean({ address: s.address, label: s.label, phone: s.phone, hours: s.hours, order }) }));

const statKey = (s: { territory: string; indicator: string; year?: number | undefined }) => `${s.territory}|${s.indicator}|${s.year ?? ''}`;

/** Validates the whole document, then (only if it is valid) writes it atomically. */
export async function importDocument(db: Executor, input: unknown, mode: ImportMode, options: ImportOptions | Date = {}): Promise<ImportReport> {
  const opts: ImportOptions = options instanceof Date ? { now: options } : options;
  const now = opts.now ?? new Date();
  const limits = checkLimits(input, opts);
  if (limits.problems.length) return refused(validateDocument(input, emptyGraph(), opts));
  if (mode === 'REPLACE') {
    const problems = validateDocument(input, emptyGraph(), opts);
    if (problems.length) return refused(problems);
  }
  // Refused up front when it cannot fit in one transaction (docs/adr/003-large-imports.md).
  const tooBig = transactionMemoryProblem(limits.size, await transactionMemoryMax(db));
  if (tooBig) return refused([tooBig]);

  let stale = false;
  try {
    const committed = await db.writeTransaction(`import-${mode.toLowerCase()}`, async (run) => {
      await run(importLock, {});
      const seq = await nextChangeNumber(run);
      let existingCount = 0;
      let storedBefore = 0;
      // Rows only from a valid document (a MERGE document is validated just below).
      let rows: ReturnType<typeof toRows> | undefined;
      const get = () => {
        rows ??= toRows(input, now);
        return rows;
      };
      const keys = () => ({
        territories: get().territories.map((t) => t.id),
        actors: get().actors.map((a) => a.id),
        programmes: get().programmes.map((p) => p.id),
        statistics: get().statistics.map((s) => s.key),
        links: get().links.map((l) => ({ type: l.type, from: l.from, to: l.to })),
      });
      // What the import touches, as it was: the history's before-state, for undo (SPEC "Editing").
      const touched = documentKeys(input);
      let before: RecordState;
      if (mode === 'REPLACE') {
        const [count] = await run(countCartography, {});
        storedBefore = Number(count?.total ?? 0);
        if (storedBefore) existingCount = Number((await run(existingKeys, keys()))[0]?.existing ?? 0);
        mergeKeys(touched, await storedKeys(run));
        before = await readState(run, touched);
        await run(deleteCartography, {});
      } else {
        const [stored] = await run(existingGraphQuery, {});
        const problems = validateDocument(input, toExisting(stored), opts);
        if (problems.length) throw new Refused(problems);
        before = await readState(run, touched);
      }
      if (mode === 'MERGE') {
        const [row] = await run(existingKeys, keys());
        existingCount = Number(row?.existing ?? 0);
      }
      const { territories, actors, programmes, links, statistics, total } = get();
      for (const batch of chunks(territories, 2000)) await run(upsertTerritories, { rows: batch });
      for (const batch of chunks(territories, 2000)) await run(linkTerritories, { rows: batch });
      // Territories that share communes without one holding the other (analyses v2).
      if (territories.length) await run(linkOverlaps, {});
      for (const batch of chunks(actors, 1000)) await run(upsertActors, { rows: batch });
      for (const batch of chunks(programmes, 1000)) await run(upsertProgrammes, { rows: batch });
      for (const batch of chunks(links, 2000)) await run(upsertLinks, { rows: batch });
      for (const batch of chunks(statistics, 2000)) await run(upsertStatistics, { rows: batch });
      // The stored national pairs of the analyses, in the same transaction (ADR 013).
      await refreshPairs(run, mode === 'REPLACE' ? 'all' : keys());
      // REPLACE re-creates what it keeps: those records carry on from their version, +1.
      if (mode === 'REPLACE') await restoreVersions(run, before, touched);
      const after = await readState(run, touched);
      const created = total - existingCount;
      const deleted = mode === 'REPLACE' ? storedBefore - existingCount : 0;
      const change = await recordChange(run, seq, {
        action: 'IMPORT',
        recordType: 'Cartography',
        by: opts.by ?? 'import',
        at: now,
        summary: `Import (${mode === 'MERGE' ? 'fusion' : 'remplacement'}) : ${created} enregistrement(s) créé(s), ${existingCount} mis à jour${mode === 'REPLACE' ? `, ${deleted} supprimé(s)` : ''}`,
        before,
        after,
      });
      const report: ImportReport = { ok: true, created, updated: existingCount, deleted, problems: [], change };
      // A dry run rolls everything back, the IMPORT change included: the report is the preview.
      if (opts.dryRun) throw new DryRun(report);
      stale = leftPairsStale(run);
      return report;
    });
    // An import with a national effect left the stored pairs stale: they are rebuilt now it committed (ADR 013).
    afterPairsWrite(db, stale);
    return committed;
  } catch (e) {
    if (e instanceof Refused) return refused(e.problems);
    if (e instanceof DryRun) return e.report;
    if (isTransactionMemoryError(e)) return refused([tooBigForOneTransaction(limits.size.bytes, await transactionMemoryMax(db), true)]);
    throw e;
  }
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The rows the import queries write, from a valid document. */
export function toRows(input: unknown, now: Date) {
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
  return { territories, actors, programmes, links, statistics, total };
}
