// Parameters and rows of the editing queries of this folder (one declaration per .cypher file).
import type { Integer } from 'neo4j-driver';
import type { RowOf } from '../../server/src/neo4j/query.js';
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';
import type { exportAll } from '../export/queries.js';

type Props = Record<string, unknown>;
export interface LinkKey {
  type: string;
  from: string;
  to: string;
}
export type RecordKeys = {
  territories: string[];
  actors: string[];
  programmes: string[];
  links: LinkKey[];
  statistics: string[];
};

/** Takes the one write lock and returns the number of the change about to be recorded. */
export const editLock = defineQuery<NoParams, { seq: number }>('editing/lock');
/** Stored records in the export's row shape (absent records are left out). */
export const snapshot = defineQuery<RecordKeys, RowOf<typeof exportAll>>('editing/snapshot');
export const linksOf = defineQuery<{ ids: string[] }, LinkKey>('editing/links-of');
export const allKeys = defineQuery<NoParams, RecordKeys>('editing/all-keys');
export const deleteRecords = defineQuery<{ links: LinkKey[]; nodes: string[]; statistics: string[]; territories: string[] }, never>('editing/delete-records');
export const setVersions = defineQuery<{ rows: { id: string; version: Integer }[] }, never>('editing/set-versions');
export const createChange = defineQuery<{ change: Props; keys: string[]; related: string[] }, { touched: number }>('editing/create-change');
export const changeById = defineQuery<{ id: string }, { change: Props; touchedSince: boolean }>('editing/change');
export const markUndone = defineQuery<{ id: string; undoneBy: string }, never>('editing/mark-undone');
export const changesPage = defineQuery<{ recordId: string | null; afterSeq: Integer | null; first: Integer }, { total: number; page: Props[] }>(
  'editing/changes',
);
export const history = defineQuery<{ keys: string[] }, { key: string; changes: Props[] }>('editing/history');
export const clearHistory = defineQuery<NoParams, never>('editing/clear-history');
/** Which of the ids are actors, programmes, territories (with their level): a save's references. */
export const existingRefs = defineQuery<{ ids: string[] }, { actors: string[]; programmes: string[]; territories: [string, string][] }>(
  'editing/existing-refs',
);
