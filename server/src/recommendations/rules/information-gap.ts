// Rule INFORMATION_GAP: the pairs of actors that are co-involved (common programmes, referrals,
// partnership) but share no information, strongest first (information gaps analysis), at most
// INFORMATION_GAP_TOP of them. Recommendation: formalise the exchange (a convention, a shared
// referent). Where: the territories both are active in (or either, when none is common).
import { reasonText } from '../../analyses/information-gaps/explain.js';
import type { InformationGapRow } from '../../analyses/information-gaps/query.js';
import { type Draft, draft, inBarrierOrder } from '../draft.js';
import { largestBpi, type RuleContext } from './context.js';

export const INFORMATION_GAP_TOP = 10;

export function informationGapRule(rows: readonly InformationGapRow[], ctx: Pick<RuleContext, 'subjects' | 'bpi'>): Draft[] {
  return [...rows]
    .sort((a, b) => b.strength - a.strength)
    .slice(0, INFORMATION_GAP_TOP)
    .map((g) => {
      const a = ctx.subjects.get(g.a.id);
      const b = ctx.subjects.get(g.b.id);
      const common = (a?.territories ?? []).filter((t) => b?.territories.some((u) => u.id === t.id));
      const where = common.length ? common : [...new Map([...(a?.territories ?? []), ...(b?.territories ?? [])].map((t) => [t.id, t])).values()];
      const sharedBarriers = (a?.barriers ?? []).filter((x) => b?.barriers.includes(x));
      const barrierIds = inBarrierOrder(sharedBarriers.length ? sharedBarriers : [...(a?.barriers ?? []), ...(b?.barriers ?? [])]);
      const reasons = g.reasons.map((r) => reasonText(r, g.a.name, g.b.name));
      return draft({
        key: `INFORMATION_GAP:${[g.a.id, g.b.id].sort().join('|')}`,
        rule: 'INFORMATION_GAP',
        title: `Formaliser l'échange entre ${g.a.name} et ${g.b.name}`,
        what: `formaliser l'échange d'information entre ${g.a.name} et ${g.b.name} : une convention de partenariat et un référent partagé pour le suivi des personnes orientées.`,
        who: [g.a, g.b],
        where,
        why: `lacune d'information de force ${g.strength} : ils sont co-impliqués (${reasons.join(' ; ')}) sans aucun lien d'échange d'information enregistré.`,
        barrierIds,
        bpi: largestBpi(where, ctx.bpi),
        severity: Math.min(1, g.strength / 3),
        evidence: {
          strength: g.strength,
          reasons: g.reasons.map((r) => ({ kind: r.kind, programme: r.programme?.id ?? null, directions: r.directions, formal: r.formal })),
        },
      });
    });
}
