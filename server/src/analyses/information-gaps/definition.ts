// The definition of information gaps (SPEC, "Analyses (definitions v2)").
import { type AnalysisDefinition, DEFINITIONS_VERSION } from '../common/definition.js';
import { LARGE_PROGRAMME } from './query.js';

export const definition: AnalysisDefinition = {
  analysis: 'INFORMATION_GAPS',
  query: 'informationGaps',
  version: DEFINITIONS_VERSION,
  title: 'Défauts de partage d’information',
  titleEn: 'Information-sharing gap',
  definition: `Deux acteurs sont co-impliqués quand ils opèrent, financent ou prescrivent un même dispositif (chaque dispositif commun est une raison), quand l’un oriente des bénéficiaires vers l’autre (une raison, quels que soient le sens et le nombre de liens) ou quand ils sont partenaires (une raison, de même). Une paire co-impliquée sans échange d’information, dans un sens comme dans l’autre, est un défaut de partage d’information ; sa force est son nombre de raisons. Les plus fortes d’abord, chacune avec ses raisons en clair. Un dispositif qui réunit plus de ${LARGE_PROGRAMME} acteurs (qui l’opèrent, le financent ou le prescrivent, parmi les acteurs considérés) ne forme pas à lui seul des paires : il est résumé en une ligne (« N acteurs co-impliqués sans échange », avec le nombre de paires sans échange) ; il reste une raison des paires co-impliquées par ailleurs. Avec un territoire, seuls comptent les acteurs actifs sur un territoire qui le recouvre (une commune en commun).`,
  definitionEn: `Information-sharing gap. Two actors are co-involved when they operate, fund or prescribe a common programme (each such programme is one reason), when one refers beneficiaries to the other (one reason, whichever the direction, however many links), or when they are partners (one reason, likewise). A co-involved pair with no SHARES_INFO_WITH in either direction is a gap; strength = number of reasons; strongest first, each with its reasons in words. A programme with more than N = ${LARGE_PROGRAMME} participants (actors that operate, fund or prescribe it, among the actors considered) gives no pairs by itself: it is summarised in one line ("N acteurs co-impliqués sans échange", with the number of pairs without exchange); it remains a reason of the pairs co-involved otherwise. With a territory, only the actors active in a territory that overlaps it (a common leaf) are considered.`,
};
