// The definitions of the analyses (v1), shown to users next to each result: the French
// text for the interface and the report, and the English text of the specification.

export const ANALYSES = ['BARRIER_COVERAGE', 'PROGRAMME_OVERLAPS', 'INFORMATION_GAPS', 'CIR_ARTICULATION', 'COVERAGE_GAPS'] as const;
export type Analysis = (typeof ANALYSES)[number];

export interface AnalysisDefinition {
  analysis: Analysis;
  /** The Query field that runs it. */
  query: string;
  version: string;
  title: string;
  titleEn: string;
  definition: string;
  definitionEn: string;
}

const CONTAINS =
  'Un territoire S contient un territoire T quand S = T ou que T fait partie de S, directement ou par étapes (une commune fait partie de son intercommunalité et de sa zone d’emploi, qui font partie du département).';

export const DEFINITIONS: Record<Analysis, AnalysisDefinition> = {
  BARRIER_COVERAGE: {
    analysis: 'BARRIER_COVERAGE',
    query: 'barrierCoverage',
    version: 'v1',
    title: 'Couverture d’un frein',
    titleEn: 'Barrier coverage',
    definition: `Pour un frein B et, facultativement, un territoire T. Un acteur A couvre B directement (A lève B ; périmètre : les territoires d’intervention de A) ou via un dispositif P qu’il opère (P lève B ; périmètre : les territoires de P, ou ceux de A quand P n’en a pas). Avec T, la couverture est totale quand un territoire du périmètre contient T, partielle quand aucun ne le contient mais que l’un d’eux est contenu dans T ; les acteurs sans l’un ni l’autre ne sont pas listés. Sans T, tout acteur qui couvre B est en couverture totale. Chaque acteur est listé une fois, à sa meilleure couverture, avec les dispositifs par lesquels il l’atteint (aucun quand seule sa couverture directe l’atteint). Ordre : couverture totale d’abord, puis nom de l’acteur. ${CONTAINS}`,
    definitionEn:
      "Barrier coverage (barrier B, optional territory T). An actor A covers B directly ((A)-[:ADDRESSES]->(B), scope = A's ACTIVE_IN territories) or through a programme P it operates ((A)-[:OPERATES]->(P)-[:ADDRESSES]->(B), scope = P's ACTIVE_IN territories, or A's when P has none). With T: the coverage is FULL when a scope territory contains T, PARTIAL when none does but one is contained in T; actors with neither are not listed. Without T every covering actor is FULL. Each actor is listed once, at its best scope, with via = the programmes through which it reaches that scope (empty when only its own direct coverage does). Order: FULL first, then by actor name. S contains T when S = T or T -[:PART_OF*]-> S.",
  },
  PROGRAMME_OVERLAPS: {
    analysis: 'PROGRAMME_OVERLAPS',
    query: 'programmeOverlaps',
    version: 'v1',
    title: 'Concurrence des dispositifs',
    titleEn: 'Programme overlap',
    definition: `Pour deux dispositifs P et Q distincts : score = J(freins) × territoire(P, Q) × public(P, Q). J est l’indice de Jaccard des freins qu’ils lèvent (freins communs ÷ freins levés par l’un ou l’autre). Territoire = 1 quand un territoire du périmètre de l’un contient un territoire du périmètre de l’autre, 0 sinon (le périmètre d’un dispositif sans territoire est celui de ses opérateurs). Public = 1 quand ils ont un public cible en commun (« BPI » est commun avec « BPI hébergés dans le DNA » et « BPI hors DNA »), 0,5 quand un seul des deux s’adresse à tout public, 0 sinon. Les paires de score positif et au moins égal au seuil (0,3 par défaut) sont listées une seule fois, avec les freins, territoires et publics communs, du plus fort score au plus faible. ${CONTAINS}`,
    definitionEn:
      'Programme overlap (concurrence des dispositifs). For two programmes P ≠ Q: score = J(barriers) × territory(P,Q) × public(P,Q), where J is the Jaccard index of their ADDRESSES barrier sets; territory = 1 when a scope territory of one contains a scope territory of the other, else 0; public = 1 when they share a target public (BPI counts as sharing with BPI_IN_DNA and BPI_OUTSIDE_DNA), 0.5 when only one of them targets GENERAL_PUBLIC, else 0. Pairs with a positive score ≥ minScore (default 0.3) are listed with the shared barriers, territories and publics, highest score first.',
  },
  INFORMATION_GAPS: {
    analysis: 'INFORMATION_GAPS',
    query: 'informationGaps',
    version: 'v1',
    title: 'Défauts de partage d’information',
    titleEn: 'Information-sharing gap',
    definition:
      'Deux acteurs sont co-impliqués quand ils opèrent, financent ou prescrivent un même dispositif (chaque dispositif commun est une raison), quand l’un oriente des bénéficiaires vers l’autre (une raison, quels que soient le sens et le nombre de liens) ou quand ils sont partenaires (une raison, de même). Une paire co-impliquée sans échange d’information, dans un sens comme dans l’autre, est un défaut de partage d’information ; sa force est son nombre de raisons. Les plus fortes d’abord, chacune avec ses raisons en clair.',
    definitionEn:
      'Information-sharing gap. Two actors are co-involved when they operate, fund or prescribe a common programme (each such programme is one reason), when one refers beneficiaries to the other (one reason, whichever the direction, however many links), or when they are partners (one reason, likewise). A co-involved pair with no SHARES_INFO_WITH in either direction is a gap; strength = number of reasons; strongest first, each with its reasons in words.',
  },
  CIR_ARTICULATION: {
    analysis: 'CIR_ARTICULATION',
    query: 'cirArticulation',
    version: 'v1',
    title: 'Articulation avec le CIR',
    titleEn: 'CIR articulation',
    definition:
      'En suivant les liens « opère », « finance », « prescrit », « partenaire », « oriente vers » et « échange de l’information », sans tenir compte de leur sens, la distance d’un acteur au CIR est la longueur du plus court chemin jusqu’au dispositif CIR (1 = lien direct). Les acteurs à une distance au plus égale au maximum (2 par défaut) sont liés, avec leur distance et un plus court chemin ; tous les autres acteurs sont non liés.',
    definitionEn:
      "CIR articulation. Over the relationships OPERATES, FUNDS, PRESCRIBES, PARTNERS_WITH, REFERS_TO and SHARES_INFO_WITH taken without direction, an actor's distance to the CIR is the length of the shortest path to the programme CIR (1 = directly linked). Actors within maxHops (default 2) are linked, with their distance and one shortest path; all other actors are unlinked.",
  },
  COVERAGE_GAPS: {
    analysis: 'COVERAGE_GAPS',
    query: 'coverageGaps',
    version: 'v1',
    title: 'Zones blanches',
    titleEn: 'Coverage gaps',
    definition: `Pour chaque territoire T du niveau choisi et chaque frein B : le nombre d’acteurs qui couvrent totalement B sur T (au sens de la couverture d’un frein). Les couples à 0 sont des zones blanches, classées par nombre de BPI de T (dernière année connue) quand la donnée existe, du plus grand au plus petit, puis les autres territoires par nom. ${CONTAINS}`,
    definitionEn:
      'Coverage gaps (territory level L). For every territory T of level L and every barrier B, the number of actors with FULL coverage of B in T; rows with 0 are gaps, ordered by the BPI count of T when population data exists, else by territory name.',
  },
};
