// Editing (SPEC "Editing"): save, delete and undo, each in one write transaction with its
// history record. Every write is validated by the import's validator (validate.ts) on the records
// it writes, as a small interchange document; a refused write rolls back and writes nothing.
// Writes take the import lock, so a version check and the write after it never interleave.
import neo4j from 'neo4j-driver';
import { changeById, deleteRecords, existingRefs, linksOf, markUndone, setVersions } from '../../../cypher/editing/queries.js';
import {
  existingGraph,
  linkOverlaps,
  linkTerritories,
  upsertActors,
  upsertLinks,
  upsertProgrammes,
  upsertStatistics,
  upsertTerritories,
} from '../../../cypher/import/queries.js';
import { afterPairsWrite, leftPairsStale, refreshPairs } from '../analyses/pairs/store.js';
import type { ActorDoc, ImportProblem, InterchangeDocument, LinkDoc, ProgrammeDoc } from '../import/document.js';
import { toRows } from '../import/load.js';
import { validateDocument } from '../import/validate.js';
import type { Executor } from '../neo4j/executor.js';
import {
  type ChangeShape,
  emptyKeys,
  type LinkEntry,
  linkId,
  nextChangeNumber,
  parseState,
  type RecordState,
  type Run,
  readState,
  recordChange,
  stateKeys,
  toChange,
} from './state.js';

export interface WriteResult {
  ok: boolean;
  conflict: boolean;
  problems: ImportProblem[];
  version: number | null;
  change: ChangeShape | null;
  /** On a conflict: the stored record (null when it does not exist). */
  current: unknown;
}

/** Thrown inside the transaction to roll it back (the lock's counter included) and answer. */
class Answer extends Error {
  constructor(readonly result: WriteResult) {
    super('write refused');
  }
}

const refused = (problems: ImportProblem[]): Answer => new Answer({ ok: false, conflict: false, problems, version: null, change: null, current: null });
const conflict = (current: unknown, version: number | null, problems: ImportProblem[] = []): Answer =>
  new Answer({ ok: false, conflict: true, problems, version, change: null, current });

async function transaction(db: Executor, tag: string, work: (run: Run, seq: number) => Promise<WriteResult>): Promise<WriteResult> {
  try {
    let stale = false;
    const result = await db.writeTransaction(tag, async (run) => {
      const r = await work(run, await nextChangeNumber(run));
      stale = leftPairsStale(run);
      return r;
    });
    // A write with a national effect left the stored pairs stale: they are rebuilt now it committed (ADR 013).
    afterPairsWrite(db, stale);
    return result;
  } catch (e) {
    if (e instanceof Answer) return e.result;
    throw e;
  }
}

const emptyState = (): RecordState => ({ territories: [], actors: [], programmes: [], links: [], statistics: [] });

/** Drops null and undefined fields (GraphQL gives null for an explicit null), in sites too. */
function compact<T>(input: object): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? compact(x) : x)) : v;
  }
  return out as T;
}

const present = <T>(list: { doc: T | null }[]): T[] => list.flatMap((e) => (e.doc ? [e.doc] : []));

/**
 * Writes `target` (each record's new state; null deletes it) after validating it, and returns
 * the state before and after. Deleting an actor or a programme takes its links along (added to the
 * target, so that they are in the history and come back on undo). `where` renames the problems'
 * locations (e.g. actors[0] -> input).
 */
async function apply(run: Run, target: RecordState, now: Date, where: (p: string) => string = (p) => p) {
  const gone = [...target.actors, ...target.programmes].filter((e) => !e.doc).map((e) => e.id);
  if (gone.length) {
    const have = new Set(target.links.map((l) => linkId(l.key)));
    for (const key of await run(linksOf, { ids: gone })) if (!have.has(linkId(key))) target.links.push({ key, doc: null });
  }
  const keys = stateKeys(target);
  const before = await readState(run, keys);

  const doc: InterchangeDocument = {
    format: 'agir-cartography',
    version: 1,
    territories: present(target.territories),
    actors: present(target.actors),
    programmes: present(target.programmes),
    links: present(target.links),
    statistics: present(target.statistics),
  };
  const stored = await existingFor(run, target, doc);
  if (stored) {
    const removed = new Set([...gone, ...target.territories.filter((e) => !e.doc).map((e) => e.id)]);
    const problems = validateDocument(doc, {
      actors: new Set(stored.actors.filter((id) => !removed.has(id))),
      programmes: new Set(stored.programmes.filter((id) => !removed.has(id))),
      territories: new Map(stored.territories.filter(([id]) => !removed.has(id))),
      partOf: stored.partOf.filter(([c, p]) => !removed.has(c) && !removed.has(p)),
      communes: stored.communes.filter(([a]) => !removed.has(a)),
    }).map((p) => ({ where: where(p.where), message: p.message }));
    if (problems.length) throw refused(problems);
  }

  const deadLinks = target.links.filter((e) => !e.doc).map((e) => e.key);
  const deadNodes = gone;
  const deadStats = target.statistics.filter((e) => !e.doc).map((e) => e.id);
  const deadTerritories = target.territories.filter((e) => !e.doc).map((e) => e.id);
  if (deadLinks.length + deadNodes.length + deadStats.length + deadTerritories.length)
    await run(deleteRecords, { links: deadLinks, nodes: deadNodes, statistics: deadStats, territories: deadTerritories });

  const rows = toRows(doc, now);
  if (rows.territories.length) {
    await run(upsertTerritories, { rows: rows.territories });
    await run(linkTerritories, { rows: rows.territories });
  }
  if (rows.territories.length || deadTerritories.length) await run(linkOverlaps, {});
  if (rows.actors.length) await run(upsertActors, { rows: rows.actors });
  if (rows.programmes.length) await run(upsertProgrammes, { rows: rows.programmes });
  if (rows.links.length) await run(upsertLinks, { rows: rows.links });
  if (rows.statistics.length) await run(upsertStatistics, { rows: rows.statistics });

  // Re-created records (an undone delete) carry on from the version they had, +1.
  const wasGone = new Set([...before.actors, ...before.programmes].filter((e) => !e.doc).map((e) => e.id));
  const again = [...target.actors, ...target.programmes]
    .filter((e) => e.doc && wasGone.has(e.id) && e.version !== undefined)
    .map((e) => ({ id: e.id, version: neo4j.int((e.version ?? 0) + 1) }));
  if (again.length) await run(setVersions, { rows: again });

  // The stored national pairs of the analyses, in the same transaction (ADR 013).
  await refreshPairs(run, keys);
  const after = await readState(run, keys);
  return { before, after };
}

/**
 * What the validator needs to know of the database. A save of actors, programmes and links only
 * asks about the ids it names (a small, indexed query); a write with territories (an undone
 * import) reads the whole graph as the import does.
 */
async function existingFor(run: Run, target: RecordState, doc: InterchangeDocument) {
  if (target.territories.length || target.statistics.length) return (await run(existingGraph, {}))[0];
  const ids = new Set<string>();
  const add = (v: unknown) => typeof v === 'string' && ids.add(v);
  for (const r of [...(doc.actors ?? []), ...(doc.programmes ?? [])]) {
    add(r.id);
    if ('commune' in r) add(r.commune);
    for (const t of r.activeIn ?? []) add(t);
    for (const s of r.sites ?? []) add(s.commune);
  }
  for (const l of doc.links ?? []) {
    add(l.from);
    add(l.to);
  }
  for (const e of [...target.actors, ...target.programmes]) add(e.id);
  const [row] = await run(existingRefs, { ids: [...ids] });
  return row ? { ...row, partOf: [] as [string, string][], communes: [] as [string, string][] } : undefined;
}

const versionIn = (state: RecordState, id: string): number | null => [...state.actors, ...state.programmes].find((e) => e.id === id && e.doc)?.version ?? null;

type Kind = 'actor' | 'programme';
const LABEL: Record<Kind, { type: 'Actor' | 'Programme'; the: string; of: string }> = {
  actor: { type: 'Actor', the: 'l’acteur', of: 'de l’acteur' },
  programme: { type: 'Programme', the: 'le dispositif', of: 'du dispositif' },
};

/** Creates (expectedVersion null) or replaces an actor or a programme. */
async function saveRecord(
  db: Executor,
  kind: Kind,
  input: ActorDoc | ProgrammeDoc,
  expectedVersion: number | null | undefined,
  by: string,
): Promise<WriteResult> {
  const list = kind === 'actor' ? 'actors' : 'programmes';
  const doc = compact<ActorDoc & ProgrammeDoc>(input);
  return transaction(db, `save-${kind}`, async (run, seq) => {
    const stored = (await readState(run, { ...emptyKeys(), [list]: [doc.id] }))[list][0];
    if (expectedVersion == null && stored?.doc) throw conflict(stored.doc, stored.version ?? null);
    if (expectedVersion != null && (!stored?.doc || stored.version !== expectedVersion)) throw conflict(stored?.doc ?? null, stored?.version ?? null);
    const target = emptyState();
    target[list].push({ id: doc.id, doc } as never);
    const now = new Date();
    const prefix = `${list}[0]`;
    const { before, after } = await apply(run, target, now, (w) => (w.startsWith(prefix) ? `input${w.slice(prefix.length)}` : w));
    const creating = expectedVersion == null;
    const change = await recordChange(run, seq, {
      action: creating ? 'CREATE' : 'UPDATE',
      recordType: LABEL[kind].type,
      recordId: doc.id,
      by,
      at: now,
      summary: `${creating ? 'Ajout' : 'Modification'} ${LABEL[kind].of} ${doc.name}`,
      before,
      after,
    });
    return { ok: true, conflict: false, problems: [], version: versionIn(after, doc.id), change, current: null };
  });
}

async function deleteRecord(db: Executor, kind: Kind, id: string, expectedVersion: number, by: string): Promise<WriteResult> {
  const list = kind === 'actor' ? 'actors' : 'programmes';
  return transaction(db, `delete-${kind}`, async (run, seq) => {
    const stored = (await readState(run, { ...emptyKeys(), [list]: [id] }))[list][0];
    if (!stored?.doc || stored.version !== expectedVersion) throw conflict(stored?.doc ?? null, stored?.version ?? null);
    const target = emptyState();
    target[list].push({ id, doc: null });
    const now = new Date();
    const { before, after } = await apply(run, target, now);
    const links = before.links.filter((l) => l.doc).length;
    const change = await recordChange(run, seq, {
      action: 'DELETE',
      recordType: LABEL[kind].type,
      recordId: id,
      by,
      at: now,
      summary: `Suppression ${LABEL[kind].of} ${stored.doc.name}${links ? ` et de ses ${links} lien${links > 1 ? 's' : ''}` : ''}`,
      before,
      after,
    });
    return { ok: true, conflict: false, problems: [], version: null, change, current: null };
  });
}

export const saveActor = (db: Executor, input: ActorDoc, expectedVersion: number | null | undefined, by: string) =>
  saveRecord(db, 'actor', input, expectedVersion, by);
export const saveProgramme = (db: Executor, input: ProgrammeDoc, expectedVersion: number | null | undefined, by: string) =>
  saveRecord(db, 'programme', input, expectedVersion, by);
export const deleteActor = (db: Executor, id: string, expectedVersion: number, by: string) => deleteRecord(db, 'actor', id, expectedVersion, by);
export const deleteProgramme = (db: Executor, id: string, expectedVersion: number, by: string) => deleteRecord(db, 'programme', id, expectedVersion, by);

const linkSentence = (l: { type: string; from: string; to: string }) => `lien ${l.type} de ${l.from} vers ${l.to}`;

/** Upserts a link by (type, from, to). */
export async function saveLink(db: Executor, input: LinkDoc, by: string): Promise<WriteResult> {
  const doc = compact<LinkDoc>(input);
  const key = { type: doc.type, from: doc.from, to: doc.to };
  return transaction(db, 'save-link', async (run, seq) => {
    const target = emptyState();
    target.links.push({ key, doc });
    const now = new Date();
    const { before, after } = await apply(run, target, now, (w) => (w.startsWith('links[0]') ? `input${w.slice('links[0]'.length)}` : w));
    const creating = !before.links[0]?.doc;
    const change = await recordChange(run, seq, {
      action: creating ? 'CREATE' : 'UPDATE',
      recordType: 'Link',
      recordId: linkId(key),
      by,
      at: now,
      summary: `${creating ? 'Ajout' : 'Modification'} du ${linkSentence(key)}`,
      before,
      after,
      related: [key.from, key.to],
    });
    return { ok: true, conflict: false, problems: [], version: null, change, current: null };
  });
}

export async function deleteLink(db: Executor, key: { type: string; from: string; to: string }, by: string): Promise<WriteResult> {
  return transaction(db, 'delete-link', async (run, seq) => {
    const stored = (await readState(run, { ...emptyKeys(), links: [key] })).links[0];
    if (!stored?.doc) throw refused([{ where: 'input', message: `aucun ${linkSentence(key)}` }]);
    const target = emptyState();
    target.links.push({ key, doc: null } as LinkEntry);
    const now = new Date();
    const { before, after } = await apply(run, target, now);
    const change = await recordChange(run, seq, {
      action: 'DELETE',
      recordType: 'Link',
      recordId: linkId(key),
      by,
      at: now,
      summary: `Suppression du ${linkSentence(key)}`,
      before,
      after,
      related: [key.from, key.to],
    });
    return { ok: true, conflict: false, problems: [], version: null, change, current: null };
  });
}

/**
 * Reverts one change (a whole import included) if no later change touched any record it touched;
 * otherwise a conflict and nothing written. Recorded as an UNDO change, itself undoable.
 */
export async function undo(db: Executor, changeId: string, by: string): Promise<WriteResult> {
  return transaction(db, 'undo', async (run, seq) => {
    const [row] = await run(changeById, { id: changeId });
    if (!row) throw refused([{ where: 'changeId', message: `modification inconnue « ${changeId} »` }]);
    const original = toChange(row.change);
    if (original.undoneBy) throw conflict(null, null, [{ where: 'changeId', message: 'cette modification a déjà été annulée' }]);
    if (row.touchedSince)
      throw conflict(null, null, [{ where: 'changeId', message: 'un enregistrement touché par cette modification a changé depuis : annulation impossible' }]);
    const { before, after: left } = parseState(original);
    // The target is the state before the change; a record it deleted comes back at the version it had.
    const target: RecordState = JSON.parse(JSON.stringify(before));
    const leftVersion = new Map([...left.actors, ...left.programmes].map((e) => [e.id, e.version]));
    for (const e of [...target.actors, ...target.programmes]) if (e.doc && leftVersion.get(e.id) !== undefined) e.version = undefined;
    const now = new Date();
    const { before: undoBefore, after } = await apply(run, target, now);
    const change = await recordChange(run, seq, {
      action: 'UNDO',
      recordType: original.recordType,
      recordId: original.recordId,
      by,
      at: now,
      summary: `Annulation : ${original.summary}`,
      before: undoBefore,
      after,
      related: original.recordType === 'Link' ? target.links.flatMap((l) => [l.key.from, l.key.to]) : [],
    });
    await run(markUndone, { id: original.id, undoneBy: change.id });
    return { ok: true, conflict: false, problems: [], version: versionIn(after, original.recordId), change, current: null };
  });
}
