// Rule CIR_DISTANCE: the actors with no path to the CIR within maxHops links (CIR articulation
// analysis, its default distance), grouped by domain (the domains of the barriers they address;
// actors without a barrier form one group) so that each domain gets one recommendation.
// Recommendation: an orientation path to the OFII (who refers the people they meet to the CIR).
import type { Ref } from '../../analyses/common/refs.js';
import { vocabulary } from '../../vocabulary.js';
import { type Draft, draft, frenchList, inBarrierOrder } from '../draft.js';
import { largestBpi, type RuleContext } from './context.js';

export function cirDistanceRule(unlinked: readonly Ref[], ctx: Pick<RuleContext, 'subjects' | 'bpi'>, maxHops: number): Draft[] {
  const groups = [...vocabulary.domains.map((d) => ({ id: d.id, label: d.label })), { id: 'NONE', label: '' }].map((domain) => {
    const actors = unlinked.filter((a) => {
      const barriers = ctx.subjects.get(a.id)?.barriers ?? [];
      if (domain.id === 'NONE') return barriers.length === 0;
      return barriers.some((b) => vocabulary.barriers.find((x) => x.id === b)?.domains.includes(domain.id));
    });
    return { domain, actors };
  });
  return groups
    .filter((g) => g.actors.length)
    .map(({ domain, actors }) => {
      const barrierIds =
        domain.id === 'NONE'
          ? []
          : inBarrierOrder(
              actors.flatMap((a) =>
                (ctx.subjects.get(a.id)?.barriers ?? []).filter((b) => vocabulary.barriers.find((x) => x.id === b)?.domains.includes(domain.id)),
              ),
            );
      const territories = [...new Map(actors.flatMap((a) => ctx.subjects.get(a.id)?.territories ?? []).map((t) => [t.id, t])).values()];
      const scope = domain.id === 'NONE' ? 'sans frein renseigné' : `du domaine « ${domain.label} »`;
      return draft({
        key: `CIR_DISTANCE:${domain.id}`,
        rule: 'CIR_DISTANCE',
        title: `Organiser l'orientation vers l'OFII : ${actors.length} acteur${actors.length > 1 ? 's' : ''} ${scope} éloigné${actors.length > 1 ? 's' : ''} du CIR`,
        what: `construire un parcours d'orientation vers l'OFII et le CIR pour ${frenchList(actors.map((a) => a.name))} : contact identifié à la direction territoriale de l'OFII, fiche d'orientation, information des équipes.`,
        who: actors,
        where: territories,
        why: `${actors.length} acteur${actors.length > 1 ? 's' : ''} ${scope} ${actors.length > 1 ? "n'ont" : "n'a"} aucun chemin vers le CIR en ${maxHops} lien${maxHops > 1 ? 's' : ''} au plus (articulation avec le CIR).`,
        barrierIds,
        bpi: largestBpi(territories, ctx.bpi),
        severity: Math.min(1, 0.5 + actors.length / 10),
        evidence: { maxHops, actors: actors.map((a) => a.id) },
      });
    });
}
