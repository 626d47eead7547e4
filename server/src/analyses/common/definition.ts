// What an analysis module gives the registry: its server name, the Query field that runs it, and
// its definition (the French text shown next to each result and in the report, and the English
// text of the specification).

/** The version of the definitions (SPEC, "Analyses (definitions v2)"). */
export const DEFINITIONS_VERSION = 'v2';

export interface AnalysisDefinition {
  /** The server name, e.g. BARRIER_COVERAGE: the value of the Analysis enum, used by the web too. */
  analysis: string;
  /** The Query field that runs it. */
  query: string;
  version: string;
  title: string;
  titleEn: string;
  definition: string;
  definitionEn: string;
}

/** Territories as sets of communes, shared by the definitions that compare territories. */
export const LEAVES_FR =
  'Les territoires sont comparés comme des ensembles de communes : les « feuilles » d’un territoire sont les territoires dont aucun autre ne fait partie qui sont ce territoire ou en font partie, directement ou par étapes (dans une cartographie avec ses communes : ses communes) ; deux territoires se recouvrent quand ils ont une feuille en commun.';
export const LEAVES_EN =
  'Territories are compared as sets of communes: the leaves of a territory T are the territories that nothing is PART_OF and that are T itself or lie within T through PART_OF* (in a cartography with communes: its communes); two territories overlap when their leaves intersect.';
