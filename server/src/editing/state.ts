// The state of a set of records (actors, programmes, links, territories, statistics) in the
// interchange shape, read inside a write transaction, and the history record (`Change`) that
// holds it before and after a write: enough to show a diff and to undo it (SPEC "Editing").
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { allKeys, createChange, editLock, type LinkKey, type RecordKeys, setVersions, snapshot } from '../../../cypher/editing/queries.js';
import type { ActorDoc, InterchangeDocument, LinkDoc, ProgrammeDoc, StatisticDoc, TerritoryDoc } from '../import/document.js';
import { actorDoc, linkDoc, programmeDoc, statisticDoc, territoryDoc } from '../import/export.js';
import type { Executor } from '../neo4j/executor.js';

/** The `run` of a write transaction (Executor.writeTransaction). */
export type Run = Parameters<Parameters<Executor['writeTransaction']>[1]>[0];

export interface Entry<T> {
  id: string;
  /** null: the record does not exist. */
  doc: T | null;
  /** Actors and programmes: their version (absent when the record does not exist). */
  version?: number;
}
export interface LinkEntry {
  key: LinkKey;
  doc: LinkDoc | null;
}
export interface RecordState {
  territories: Entry<TerritoryDoc>[];
  actors: Entry<ActorDoc>[];
  programmes: Entry<ProgrammeDoc>[];
  links: LinkEntry[];
  statistics: Entry<StatisticDoc>[];
}

export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'UNDO';

/**
 * A recorded change as the API shows it. `before`/`after` (JSON) are what the API shows: the record,
 * or for a whole import the number of records of each kind. `state` (JSON, read only to undo) holds
 * every record touched, before and after.
 */
export interface ChangeShape {
  id: string;
  seq: number;
  at: string;
  by: string;
  action: ChangeAction;
  recordType: string;
  recordId: string;
  summary: string;
  undoneBy: string | null;
  before: string | null;
  after: string | null;
  /** Only when read for undo (listings leave it out: it can be large). */
  state?: string;
}

export const emptyKeys = (): RecordKeys => ({ territories: [], actors: [], programmes: [], links: [], statistics: [] });
export const linkId = (l: LinkKey): string => `${l.type}:${l.from}:${l.to}`;
export const statisticKey = (s: { territory: string; indicator: string; year?: number | undefined }) => `${s.territory}|${s.indicator}|${s.year ?? ''}`;

/** Adds `more` to `keys` (no duplicates). */
export function mergeKeys(keys: RecordKeys, more: RecordKeys): RecordKeys {
  for (const k of ['territories', 'actors', 'programmes', 'statistics'] as const) {
    const seen = new Set(keys[k]);
    for (const id of more[k]) {
      if (seen.has(id)) continue;
      seen.add(id);
      keys[k].push(id);
    }
  }
  const seen = new Set(keys.links.map(linkId));
  for (const l of more.links) {
    if (seen.has(linkId(l))) continue;
    seen.add(linkId(l));
    keys.links.push({ type: l.type, from: l.from, to: l.to });
  }
  return keys;
}

/** The records a (valid) interchange document names. */
export function documentKeys(input: unknown): RecordKeys {
  const doc = input as InterchangeDocument;
  return mergeKeys(emptyKeys(), {
    territories: (doc.territories ?? []).map((t) => t.id),
    actors: (doc.actors ?? []).map((a) => a.id),
    programmes: (doc.programmes ?? []).map((p) => p.id),
    links: (doc.links ?? []).map((l) => ({ type: l.type, from: l.from, to: l.to })),
    statistics: (doc.statistics ?? []).map(statisticKey),
  });
}

export function stateKeys(state: RecordState): RecordKeys {
  return {
    territories: state.territories.map((e) => e.id),
    actors: state.actors.map((e) => e.id),
    programmes: state.programmes.map((e) => e.id),
    links: state.links.map((e) => e.key),
    statistics: state.statistics.map((e) => e.id),
  };
}

/** The keys under which the history finds a record (ChangeRecord.key). */
export function historyKeys(keys: RecordKeys): string[] {
  return [...keys.territories, ...keys.actors, ...keys.programmes, ...keys.links.map(linkId), ...keys.statistics.map((k) => `stat:${k}`)];
}

export async function storedKeys(run: Run): Promise<RecordKeys> {
  const [row] = await run(allKeys, {});
  return row ?? emptyKeys();
}

/** The stored state of the given records (null docs for the ones that do not exist). */
export async function readState(run: Run, keys: RecordKeys): Promise<RecordState> {
  const [row] = await run(snapshot, { ...keys });
  const territories = new Map((row?.territories ?? []).map((t) => [String(t.props.id), territoryDoc(t)]));
  const actors = new Map((row?.actors ?? []).map((a) => [String(a.props.id), { doc: actorDoc(a), version: Number(a.props.version ?? 1) }]));
  const programmes = new Map((row?.programmes ?? []).map((p) => [String(p.props.id), { doc: programmeDoc(p), version: Number(p.props.version ?? 1) }]));
  const links = new Map((row?.links ?? []).map((l) => [linkId(l), linkDoc(l)]));
  const statistics = new Map((row?.statistics ?? []).map((s) => [String(s.key), statisticDoc(s)]));
  const versioned = <T>(id: string, found: { doc: T; version: number } | undefined): Entry<T> =>
    found ? { id, doc: found.doc, version: found.version } : { id, doc: null };
  return {
    territories: keys.territories.map((id) => ({ id, doc: territories.get(id) ?? null })),
    actors: keys.actors.map((id) => versioned(id, actors.get(id))),
    programmes: keys.programmes.map((id) => versioned(id, programmes.get(id))),
    links: keys.links.map((key) => ({ key, doc: links.get(linkId(key)) ?? null })),
    statistics: keys.statistics.map((id) => ({ id, doc: statistics.get(id) ?? null })),
  };
}

/** Takes the write lock; returns the number of the change this transaction records. */
export async function nextChangeNumber(run: Run): Promise<number> {
  const [row] = await run(editLock, {});
  return Number(row?.seq ?? 0);
}

/**
 * Actors and programmes that a write re-created (REPLACE, an undone delete) carry on from the
 * version they had in `before`, +1, instead of starting again at 1.
 */
export async function restoreVersions(run: Run, before: RecordState, touched: RecordKeys): Promise<void> {
  const now = await readState(run, { ...emptyKeys(), actors: touched.actors, programmes: touched.programmes });
  const had = new Map([...before.actors, ...before.programmes].filter((e) => e.doc).map((e) => [e.id, e.version ?? 1]));
  const rows = [...now.actors, ...now.programmes]
    .filter((e) => e.doc && had.has(e.id))
    .map((e) => ({ id: e.id, version: neo4j.int((had.get(e.id) ?? 0) + 1) }));
  if (rows.length) await run(setVersions, { rows });
}

export interface ChangeInput {
  action: ChangeAction;
  recordType: string;
  /** Defaults to the change's own id (an import). */
  recordId?: string;
  by: string;
  at?: Date;
  summary: string;
  before: RecordState;
  after: RecordState;
  /** Records it concerns without changing them (a link's ends): shown in their history, not checked by undo. */
  related?: string[];
}

/** Records a change with the state of what it touched before and after it. */
export async function recordChange(run: Run, seq: number, input: ChangeInput): Promise<ChangeShape> {
  const id = randomUUID();
  const change: ChangeShape = {
    id,
    seq,
    at: (input.at ?? new Date()).toISOString(),
    by: input.by,
    action: input.action,
    recordType: input.recordType,
    recordId: input.recordId ?? id,
    summary: input.summary,
    undoneBy: null,
    before: null,
    after: null,
    state: JSON.stringify({ before: input.before, after: input.after }),
  };
  change.before = JSON.stringify(recordIn(input.before, change));
  change.after = JSON.stringify(recordIn(input.after, change));
  const { undoneBy: _none, ...props } = change;
  await run(createChange, { change: { ...props, seq: neo4j.int(seq) }, keys: historyKeys(stateKeys(input.after)), related: input.related ?? [] });
  return change;
}

/** A Change node's properties as the API shows them. */
export function toChange(props: Record<string, unknown>): ChangeShape {
  return {
    id: String(props.id),
    seq: Number(props.seq),
    at: String(props.at),
    by: String(props.by),
    action: props.action as ChangeAction,
    recordType: String(props.recordType),
    recordId: String(props.recordId),
    summary: String(props.summary),
    undoneBy: typeof props.undoneBy === 'string' ? props.undoneBy : null,
    before: typeof props.before === 'string' ? props.before : null,
    after: typeof props.after === 'string' ? props.after : null,
    ...(typeof props.state === 'string' ? { state: props.state } : {}),
  };
}

export function parseState(change: ChangeShape): { before: RecordState; after: RecordState } {
  if (!change.state) throw new Error(`change ${change.id} was read without its state`);
  return JSON.parse(change.state) as { before: RecordState; after: RecordState };
}

/** The record a single-record change is about, in the state (null when it does not exist). */
function recordIn(state: RecordState, change: Pick<ChangeShape, 'recordType' | 'recordId'>): unknown {
  if (change.recordType === 'Actor') return state.actors.find((e) => e.id === change.recordId)?.doc ?? null;
  if (change.recordType === 'Programme') return state.programmes.find((e) => e.id === change.recordId)?.doc ?? null;
  if (change.recordType === 'Link') return state.links.find((e) => linkId(e.key) === change.recordId)?.doc ?? null;
  // A whole import: how many records of each kind existed (its full state is kept for undo only).
  const count = (list: { doc: unknown }[]) => list.filter((e) => e.doc).length;
  return {
    territories: count(state.territories),
    actors: count(state.actors),
    programmes: count(state.programmes),
    links: count(state.links),
    statistics: count(state.statistics),
  };
}

/** The contract's `before` and `after` of a change. */
export function publicSide(change: ChangeShape, side: 'before' | 'after'): unknown {
  const v = change[side];
  return v == null ? null : JSON.parse(v);
}
