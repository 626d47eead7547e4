// Rule ZONE_BLANCHE: a territory is a zone blanche of a barrier when less than half of its people
// (reachedShare < 0.5, coverage gaps analysis) live within reach of a service point for it.
// Recommendation: bring a service closer (outreach, a permanence). One recommendation per barrier,
// listing its zones blanches (worst first), to keep the number of drafts readable.
import type { CoverageGapRow } from '../../analyses/coverage-gaps/query.js';
import { barrierLabel, bpiOf, type Draft, draft, frenchList, percent } from '../draft.js';
import type { RuleContext } from './context.js';

export const ZONE_BLANCHE_MAX_SHARE = 0.5;

export function zoneBlancheRule(gaps: readonly CoverageGapRow[], ctx: Pick<RuleContext, 'barrierActors'>, maxKm: number): Draft[] {
  const byBarrier = new Map<string, CoverageGapRow[]>();
  for (const g of gaps) {
    if (g.reachedShare >= ZONE_BLANCHE_MAX_SHARE) continue;
    byBarrier.set(g.barrierId, [...(byBarrier.get(g.barrierId) ?? []), g]);
  }
  return [...byBarrier].map(([barrierId, rows]) => {
    const sorted = [...rows].sort(
      (a, b) => a.reachedShare - b.reachedShare || (b.bpiCount ?? -1) - (a.bpiCount ?? -1) || a.territory.name.localeCompare(b.territory.name, 'fr'),
    );
    const label = barrierLabel(barrierId);
    // The territories of one level do not nest: their BPI counts add up.
    const known = sorted.filter((g) => g.bpiCount != null);
    const bpi = known.length
      ? bpiOf(
          known.reduce((s, g) => s + (g.bpiCount ?? 0), 0),
          sorted[0]?.territory.level ?? null,
        )
      : null;
    const meanGap = sorted.reduce((s, g) => s + (1 - g.reachedShare), 0) / sorted.length;
    const facts = sorted.map(
      (g) =>
        `${g.territory.name} : ${percent(g.reachedShare)} des habitants à moins de ${maxKm} km d'un point de service, ${g.actorCount} acteur${g.actorCount > 1 ? 's' : ''} couvrant tout le territoire${g.bpiCount == null ? '' : `, ${bpiOf(g.bpiCount, g.territory.level)?.display} BPI`}`,
    );
    return draft({
      key: `ZONE_BLANCHE:${barrierId}`,
      rule: 'ZONE_BLANCHE',
      title: `Rapprocher un service « ${label} » (${sorted.length} zone${sorted.length > 1 ? 's' : ''} blanche${sorted.length > 1 ? 's' : ''})`,
      what: `renforcer ou rapprocher l'offre pour le frein « ${label} » : permanence délocalisée, aller-vers ou intervention itinérante dans ${frenchList(sorted.map((g) => g.territory.name))}.`,
      who: ctx.barrierActors.get(barrierId) ?? [],
      where: sorted.map((g) => g.territory),
      why: `zones blanches (moins de ${percent(ZONE_BLANCHE_MAX_SHARE)} des habitants à portée) — ${facts.join(' ; ')}.`,
      barrierIds: [barrierId],
      bpi,
      severity: meanGap,
      evidence: {
        maxKm,
        territories: sorted.map((g) => ({ id: g.territory.id, reachedShare: g.reachedShare, actorCount: g.actorCount, bpiCount: g.bpiCount })),
      },
    });
  });
}
