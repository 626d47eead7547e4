// Parameters and rows of the recommendations' queries (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';

export interface SubjectRow {
  id: string;
  name: string;
  barriers: string[];
  territories: { id: string; name: string; level: string }[];
  operators: { id: string; name: string }[];
}

export const subjectsQuery = defineQuery<{ ids: string[] }, SubjectRow>('recommendations/subjects');

export const barrierActorsQuery = defineQuery<{ barrierIds: string[]; perBarrier: number }, { barrierId: string; actors: { id: string; name: string }[] }>(
  'recommendations/barrier-actors',
);

/** The stored properties of a :Recommendation (the lists and the evidence JSON are written by the server). */
export interface StoredRecommendation {
  key: string;
  rule: string;
  status: string;
  title: string;
  draftText: string;
  text: string | null;
  what: string;
  why: string;
  actorIds: string[];
  actorNames: string[];
  territoryIds: string[];
  territoryNames: string[];
  domainIds: string[];
  barrierIds: string[];
  peripheralIds: string[];
  bpiDisplay: string | null;
  priority: number;
  priorityLevel: string;
  evidence: string;
  evidenceHash: string;
  evidenceChanged: boolean;
  /** the newly drafted text of a kept recommendation whose evidence changed */
  proposedText: string | null;
  findingGone: boolean | null;
  createdAt: string;
  updatedAt: string | null;
  updatedBy: string | null;
  regeneratedAt: string | null;
}

export interface DraftParam {
  key: string;
  evidence: string;
  evidenceHash: string;
  fields: Omit<
    StoredRecommendation,
    | 'key'
    | 'status'
    | 'text'
    | 'evidence'
    | 'evidenceHash'
    | 'evidenceChanged'
    | 'proposedText'
    | 'findingGone'
    | 'createdAt'
    | 'updatedAt'
    | 'updatedBy'
    | 'regeneratedAt'
  >;
}

export const upsertRecommendations = defineQuery<{ drafts: DraftParam[] }, { written: number }>('recommendations/upsert');
export const pruneRecommendations = defineQuery<{ keys: string[] }, { removed: number }>('recommendations/prune');
export const listRecommendations = defineQuery<
  { status: string | null; domainId: string | null; barrierId: string | null; territoryId: string | null },
  { recommendation: StoredRecommendation }
>('recommendations/list');
export const updateRecommendation = defineQuery<
  { key: string; text: string | null; status: string | null; by: string },
  { recommendation: StoredRecommendation }
>('recommendations/update');
export const clearRecommendations = defineQuery<NoParams, never>('recommendations/clear');
