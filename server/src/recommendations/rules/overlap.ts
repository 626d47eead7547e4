// Rule OVERLAP: the pairs of programmes with the highest overlap scores (programme overlaps
// analysis, its default minScore), at most OVERLAP_TOP of them. Recommendation: clarify the roles
// of the two programmes (who does what, for whom, where), with their operators.
import type { OverlapRow } from '../../analyses/programme-overlaps/query.js';
import { barrierLabel, type Draft, decimal, draft, frenchList, percent } from '../draft.js';
import { largestBpi, type RuleContext } from './context.js';

export const OVERLAP_TOP = 10;

export function overlapRule(rows: readonly OverlapRow[], ctx: Pick<RuleContext, 'subjects' | 'bpi'>): Draft[] {
  return [...rows]
    .sort((a, b) => b.score - a.score)
    .slice(0, OVERLAP_TOP)
    .map((o) => {
      const operators = [...(ctx.subjects.get(o.a.id)?.operators ?? []), ...(ctx.subjects.get(o.b.id)?.operators ?? [])];
      const who = [...new Map(operators.map((a) => [a.id, a])).values()];
      const barriers = o.sharedBarriers.map(barrierLabel);
      return draft({
        key: `OVERLAP:${[o.a.id, o.b.id].sort().join('|')}`,
        rule: 'OVERLAP',
        title: `Clarifier les rôles de « ${o.a.name} » et « ${o.b.name} »`,
        what: `clarifier les rôles respectifs des programmes « ${o.a.name} » et « ${o.b.name} » (publics, étapes du parcours, territoires) et organiser l'orientation de l'un vers l'autre.`,
        who,
        where: o.sharedTerritories,
        why: `recouvrement de score ${decimal(o.score)} (territoires communs ${percent(o.jaccard)} selon Jaccard, facteur public ${decimal(o.publicFactor)}) sur ${barriers.length ? `les freins ${frenchList(barriers.map((b) => `« ${b} »`))}` : 'aucun frein commun'}.`,
        barrierIds: o.sharedBarriers,
        bpi: largestBpi(o.sharedTerritories, ctx.bpi),
        severity: o.score,
        evidence: {
          score: o.score,
          jaccard: o.jaccard,
          publicFactor: o.publicFactor,
          sharedBarriers: o.sharedBarriers,
          sharedPublics: o.sharedPublics,
          sharedTerritories: o.sharedTerritories.map((t) => t.id),
        },
      });
    });
}
