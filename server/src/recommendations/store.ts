// The stored recommendations: a regeneration writes the drafts in one transaction (keeping what
// consultants accepted, discarded or edited), the list, and a consultant's review.
import {
  type DraftParam,
  listRecommendations,
  pruneRecommendations,
  type StoredRecommendation,
  updateRecommendation,
  upsertRecommendations,
} from '../../../cypher/recommendations/queries.js';
import type { Executor } from '../neo4j/executor.js';
import { type Draft, evidenceHash } from './draft.js';

export const toParam = (d: Draft): DraftParam => ({
  key: d.key,
  evidence: JSON.stringify(d.evidence),
  evidenceHash: evidenceHash(d.evidence),
  fields: {
    rule: d.rule,
    title: d.title,
    draftText: d.text,
    what: d.what,
    why: d.why,
    actorIds: d.who.map((a) => a.id),
    actorNames: d.who.map((a) => a.name),
    territoryIds: d.where.map((t) => t.id),
    territoryNames: d.where.map((t) => t.name),
    domainIds: d.domainIds,
    barrierIds: d.barrierIds,
    peripheralIds: d.peripheralIds,
    bpiDisplay: d.bpi?.display ?? null,
    priority: d.priority,
    priorityLevel: d.priorityLevel,
  },
});

/** Writes a regeneration's drafts; answers how many were drafted and how many stale drafts were removed. */
export async function storeDrafts(db: Executor, drafts: readonly Draft[]): Promise<{ drafted: number; removed: number }> {
  const params = drafts.map(toParam);
  return db.writeTransaction('recommendations/regenerate', async (run) => {
    await run(upsertRecommendations, { drafts: params });
    const [pruned] = await run(pruneRecommendations, { keys: params.map((p) => p.key) });
    return { drafted: params.length, removed: pruned?.removed ?? 0 };
  });
}

export async function listStored(
  db: Executor,
  filter: { status: string | null; domainId: string | null; barrierId: string | null; territoryId: string | null },
): Promise<StoredRecommendation[]> {
  return (await db.read(listRecommendations, filter)).map((r) => r.recommendation);
}

/** null when no recommendation has this id. */
export async function reviewStored(db: Executor, key: string, text: string | null, status: string | null, by: string): Promise<StoredRecommendation | null> {
  const [row] = await db.write(updateRecommendation, { key, text, status, by });
  return row?.recommendation ?? null;
}
