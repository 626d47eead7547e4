// The queries of the stored national pairs (ADR 013): their upkeep on every write and the national
// pages of programme overlaps and information gaps read from them.
import { defineQuery, type NoParams } from '../../neo4j/query.js';
import type { Key } from '../common/paging.js';
import type { LargeProgrammeTuple } from '../information-gaps/query.js';
import type { OverlapTuple } from '../programme-overlaps/query.js';

export const lockPairs = defineQuery<NoParams, { version: number | null }>('analyses/pairs/lock');
export const markPairs = defineQuery<{ version: number | null }, never>('analyses/pairs/mark');
export const pairState = defineQuery<NoParams, { version: number | null; writes: number }>('analyses/pairs/state');
export const claimRebuild = defineQuery<{ token: string; staleMs: number }, { writes: number }>('analyses/pairs/claim');
export const finishRebuild = defineQuery<{ token: string; writes: number; version: number; complete: boolean }, { fresh: boolean }>('analyses/pairs/finish');
export const clearPairsBatch = defineQuery<{ batch: number }, { deleted: number }>('analyses/pairs/clear-batch');
export const touchedByWrite = defineQuery<{ ids: string[] }, { programmes: string[]; actors: string[] }>('analyses/pairs/touched');

export interface OverlapPairRow {
  a: string;
  b: string;
  score: number;
  jaccard: number;
  publicFactor: number;
  barriers: string[];
  publics: string[];
  territories: string[];
}
export const clearOverlapPairs = defineQuery<{ ids: string[] | null }, never>('analyses/pairs/overlap-clear');
export const writeOverlapPairs = defineQuery<{ rows: OverlapPairRow[] }, never>('analyses/pairs/overlap-write');

export interface GapPairRow {
  a: string;
  b: string;
  aName: string;
  bName: string;
  strength: number;
  /** code, programme id, programme name per reason ('' for none) */
  reasons: string[];
}
export const clearGapPairs = defineQuery<{ ids: string[] | null }, never>('analyses/pairs/gap-clear');
export const writeGapPairs = defineQuery<{ rows: GapPairRow[] }, never>('analyses/pairs/gap-write');

/** [large, kind, roles of x, roles of y, directions, formal, programme id, programme name] */
export type RawReason = [boolean, 'P' | 'R' | 'T', string[], string[], string[], boolean | null, string | null, string | null];
export const gapsOfActors = defineQuery<
  { ids: string[]; largeProgramme: number },
  { x: string; xName: string; y: string; yName: string; first: boolean; reasons: RawReason[] }
>('analyses/pairs/gaps-of');

export const storedOverlapPage = defineQuery<
  { minScore: number; today: string; after: Key | null; take: number },
  { version: number | null; total: number; page: OverlapTuple[] }
>('analyses/pairs/overlap-page');
export const storedGapPage = defineQuery<
  { minStrength: number; after: Key | null; take: number },
  { version: number | null; total: number; page: (string | null | Key)[][] }
>('analyses/pairs/gap-page');
export const nationalLargeProgrammes = defineQuery<{ largeProgramme: number }, { large: LargeProgrammeTuple[] }>('analyses/pairs/large');
