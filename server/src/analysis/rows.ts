// Shapes of the rows returned by cypher/analysis/*.cypher.
import type { ActorShape, ProgrammeShape, TerritoryShape } from '../schema/shapes.js';

export type Scope = 'FULL' | 'PARTIAL';

/** cypher/analysis/barrier-coverage: one covering actor at its best scope. */
export interface CoverageRow {
  actor: ActorShape;
  commune: TerritoryShape | null;
  scope: Scope;
  /** its own direct coverage reaches that scope */
  direct: boolean;
  /** the programmes through which it reaches that scope */
  via: ProgrammeShape[];
  /** the scope territories that give it that scope */
  territories: TerritoryShape[];
}

/** cypher/analysis/programme-overlaps: one pair of programmes. */
export interface OverlapRow {
  a: ProgrammeShape;
  b: ProgrammeShape;
  score: number;
  jaccard: number;
  publicFactor: number;
  sharedBarriers: string[];
  sharedPublics: string[];
  sharedTerritories: TerritoryShape[];
}

export type GapReasonKind = 'PROGRAMME' | 'REFERRAL' | 'PARTNERSHIP';

export interface GapReasonRow {
  kind: GapReasonKind;
  programme: ProgrammeShape | null;
  rolesA: string[] | null;
  rolesB: string[] | null;
  /** REFERRAL, PARTNERSHIP: A_TO_B and/or B_TO_A */
  directions: ('A_TO_B' | 'B_TO_A')[] | null;
  formal: boolean | null;
}

/** cypher/analysis/information-gaps: one pair of actors. */
export interface InformationGapRow {
  a: ActorShape;
  b: ActorShape;
  strength: number;
  reasons: GapReasonRow[];
}

export interface PathLinkRow {
  type: string;
  from: string;
  to: string;
}

export interface CirLinkedRow {
  actor: ActorShape;
  distance: number;
  path: string[];
  names: string[];
  links: PathLinkRow[];
}

export interface CirUnlinkedRow {
  actor: ActorShape;
  distance: number | null;
}

/** cypher/analysis/cir-articulation: the whole answer in one row. */
export interface CirRow {
  cir: ProgrammeShape;
  linked: CirLinkedRow[];
  unlinked: CirUnlinkedRow[];
}

/** cypher/analysis/coverage-gaps: one territory with its gap barriers. */
export interface CoverageGapsRow {
  territory: TerritoryShape;
  gaps: string[];
  bpiCount: number | null;
}
