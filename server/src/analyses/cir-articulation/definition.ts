// The definition of the CIR articulation (SPEC, "Analyses (definitions v2)").
import { type AnalysisDefinition, DEFINITIONS_VERSION } from '../common/definition.js';
import { MAX_HOPS } from './query.js';

export const definition: AnalysisDefinition = {
  analysis: 'CIR_ARTICULATION',
  query: 'cirArticulation',
  version: DEFINITIONS_VERSION,
  title: 'Articulation avec le CIR',
  titleEn: 'CIR articulation',
  definition: `En suivant les liens « opère », « finance », « prescrit », « partenaire », « oriente vers » et « échange de l’information », sans tenir compte de leur sens, la distance d’un acteur au CIR est la longueur du plus court chemin jusqu’au dispositif CIR (1 = lien direct). Les acteurs à une distance au plus égale au maximum (2 par défaut, ${MAX_HOPS} au plus) sont liés, avec leur distance et un plus court chemin ; tous les autres acteurs sont non liés. La recherche part du CIR, en largeur, jusqu’au maximum : au-delà, la distance n’est pas calculée. Avec un territoire, seuls sont listés les acteurs actifs sur un territoire qui le recouvre ; les chemins passent par tout acteur.`,
  definitionEn: `CIR articulation. Over the relationships OPERATES, FUNDS, PRESCRIBES, PARTNERS_WITH, REFERS_TO and SHARES_INFO_WITH taken without direction, an actor's distance to the CIR is the length of the shortest path to the programme CIR (1 = directly linked). Actors within maxHops (default 2, at most ${MAX_HOPS}) are linked, with their distance and one shortest path; all other actors are unlinked. The search goes breadth-first from the CIR up to maxHops; further distances are not computed. With a territory, only the actors active in a territory that overlaps it are listed; paths go through any actor.`,
};
