// The definition of programme overlaps (SPEC, "Analyses (definitions v2)").
import { type AnalysisDefinition, DEFINITIONS_VERSION, LEAVES_EN, LEAVES_FR } from '../common/definition.js';

export const definition: AnalysisDefinition = {
  analysis: 'PROGRAMME_OVERLAPS',
  query: 'programmeOverlaps',
  version: DEFINITIONS_VERSION,
  title: 'Concurrence des dispositifs',
  titleEn: 'Programme overlap',
  definition: `Pour deux dispositifs P et Q distincts : score = J(freins) × territoire(P, Q) × public(P, Q). J est l’indice de Jaccard des freins qu’ils lèvent (freins communs ÷ freins levés par l’un ou l’autre). Territoire = 1 quand un territoire du périmètre de l’un recouvre un territoire du périmètre de l’autre, 0 sinon (le périmètre d’un dispositif sans territoire est celui de ses opérateurs). ${LEAVES_FR} Public = 1 quand ils ont un public cible en commun (« BPI » est commun avec « BPI hébergés dans le DNA » et « BPI hors DNA »), 0,5 quand un seul des deux s’adresse à tout public, 0 sinon. Un dispositif dont la date de fin est passée n’est pas comparé (il ne concurrence plus personne). Les paires de score positif et au moins égal au seuil (0,3 par défaut) sont listées une seule fois, avec les freins et publics communs et les territoires où elles se recouvrent (pour chaque paire de territoires qui se recouvrent, celui qui est compris dans l’autre, ou leurs communes communes quand aucun ne comprend l’autre), du plus fort score au plus faible, puis par noms.`,
  definitionEn: `Programme overlap (concurrence des dispositifs). For two programmes P ≠ Q: score = J(barriers) × territory(P,Q) × public(P,Q), where J is the Jaccard index of their ADDRESSES barrier sets; territory = 1 when a scope territory of one overlaps a scope territory of the other (scope = activeIn, or the union of its operators' activeIn when it has none), else 0; public = 1 when they share a target public (BPI counts as sharing with BPI_IN_DNA and BPI_OUTSIDE_DNA), 0.5 when only one of them targets GENERAL_PUBLIC, else 0. ${LEAVES_EN} A programme with an endDate before today is not compared (it no longer competes). Pairs with a positive score ≥ minScore (default 0.3) are listed with the shared barriers, territories (for each pair of overlapping scope territories, the one within the other, or their common leaves when neither holds the other) and publics, highest score first, then by names.`,
};
