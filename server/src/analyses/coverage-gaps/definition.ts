// The definition of coverage gaps, "zones blanches" (SPEC, "Analyses (definitions v2)").
import { ROUTES_EN, ROUTES_FR } from '../barrier-coverage/definition.js';
import { type AnalysisDefinition, DEFINITIONS_VERSION, LEAVES_EN, LEAVES_FR } from '../common/definition.js';

export const definition: AnalysisDefinition = {
  analysis: 'COVERAGE_GAPS',
  query: 'coverageGaps',
  version: DEFINITIONS_VERSION,
  title: 'Zones blanches',
  titleEn: 'Coverage gaps',
  definition: `Pour chaque territoire T du niveau choisi et chaque frein B : le nombre d’acteurs qui couvrent totalement B sur T (au sens de la couverture d’un frein), et la part atteinte de T. Une commune C de T est atteinte quand une voie d’un acteur, dont le périmètre contient C, est à une distance connue d’au plus la distance maximale (20 km par défaut) de C. La part atteinte est la part des communes de T qui sont atteintes, pondérée par la population quand toutes les communes de T ont la leur, sinon une par commune (« 3 communes sur 7 »). Le couple (T, B) est un manque quand la part atteinte est inférieure à 1 ; aucun acteur et une part nulle font une zone blanche. Une distance inconnue ne compte jamais comme atteinte : l’outil montre où il lui manque des lieux (acteurs sans commune ni site localisés) plutôt que de masquer un manque. ${LEAVES_FR} ${ROUTES_FR} Ordre : nombre de BPI de T (sa dernière statistique connue ; du plus grand au plus petit, inconnu en dernier), puis part atteinte croissante, puis nom du territoire, puis ordre des freins dans le vocabulaire.`,
  definitionEn: `Coverage gaps — zones blanches (territory level L, maxKm default 20). For every territory T of level L and every barrier B: actorCount = the number of actors with FULL coverage of B in T. A leaf C of T is reached when some route of some actor, whose scope's leaves contain C, has a known distance to C of at most maxKm. reachedShare = the share of T's leaves that are reached, weighted by population when every leaf of T has one, else one per leaf. The pair (T, B) is a gap when reachedShare < 1; actorCount = 0 and reachedShare = 0 is a white zone. Order: BPI count of T (its latest BPI_COUNT statistic; highest first; unknown last), then reachedShare (lowest first), then territory name, then the barrier's order in the vocabulary. An unknown distance never counts as reached: the tool shows where it lacks locations (actors without commune or sites) instead of hiding a gap. ${LEAVES_EN} ${ROUTES_EN}`,
};
