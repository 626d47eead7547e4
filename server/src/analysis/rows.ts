// Shapes of the rows returned by cypher/analysis/*.cypher, and the decoding of the compact ones.
// The large analyses return ids and names only (not whole nodes): the driver decodes maps of
// thousands of nodes slowly, and the API loads the other fields only when a client asks.
import type { ActorShape, ProgrammeShape, TerritoryShape } from '../schema/shapes.js';

export type Scope = 'FULL' | 'PARTIAL';

/** An actor or programme named by an analysis. */
export interface Ref {
  id: string;
  name: string;
}
export interface TerritoryRef extends Ref {
  level: string;
}

/** Compares strings as Cypher's ORDER BY does (by code unit, not by locale). */
export const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

// ---- barrier-coverage: small answers, whole nodes (the contact details are the point) ----

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

// ---- programme-overlaps: one record per pair ----

export interface OverlapRecord {
  a: string;
  aName: string;
  b: string;
  bName: string;
  score: number;
  jaccard: number;
  publicFactor: number;
  sharedBarriers: string[];
  sharedPublics: string[];
  /** [id, name, level] */
  sharedTerritories: [string, string, string][];
}

export interface OverlapRow {
  a: Ref;
  b: Ref;
  score: number;
  jaccard: number;
  publicFactor: number;
  sharedBarriers: string[];
  sharedPublics: string[];
  sharedTerritories: TerritoryRef[];
}

export const overlapRow = (r: OverlapRecord): OverlapRow => ({
  a: { id: r.a, name: r.aName },
  b: { id: r.b, name: r.bName },
  score: r.score,
  jaccard: r.jaccard,
  publicFactor: r.publicFactor,
  sharedBarriers: r.sharedBarriers,
  sharedPublics: r.sharedPublics,
  sharedTerritories: r.sharedTerritories.map(([id, name, level]) => ({ id, name, level })),
});

// ---- information-gaps: one record for the whole answer ----

export type GapReasonKind = 'PROGRAMME' | 'REFERRAL' | 'PARTNERSHIP';
type Direction = 'A_TO_B' | 'B_TO_A';

export interface GapReasonRow {
  kind: GapReasonKind;
  /** the common programme (PROGRAMME) */
  programme: Ref | null;
  rolesA: string[] | null;
  rolesB: string[] | null;
  /** REFERRAL, PARTNERSHIP: A_TO_B and/or B_TO_A */
  directions: Direction[] | null;
  formal: boolean | null;
}

export interface InformationGapRow {
  a: Ref;
  b: Ref;
  strength: number;
  reasons: GapReasonRow[];
}

type ReasonRecord = [GapReasonKind, string | null, string | null, string[] | null, string[] | null, Direction[] | null, boolean | null];
export interface InformationGapsRecord {
  /** [a id, a name, b id, b name, reasons] */
  gaps: [string, string, string, string, ReasonRecord[]][];
}

const KIND_ORDER: Record<GapReasonKind, number> = { PROGRAMME: 0, REFERRAL: 1, PARTNERSHIP: 2 };

/** Expands the compact record; reasons in order: common programmes by name, referral, partnership. */
export function informationGapRows(record: InformationGapsRecord): InformationGapRow[] {
  return record.gaps.map(([a, aName, b, bName, reasons]) => {
    const list: GapReasonRow[] = reasons.map(([kind, programme, name, rolesA, rolesB, directions, formal]) => ({
      kind,
      programme: programme == null ? null : { id: programme, name: name ?? programme },
      rolesA,
      rolesB,
      directions,
      formal,
    }));
    list.sort(
      (x, y) =>
        KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
        byCode(x.programme?.name ?? '', y.programme?.name ?? '') ||
        byCode(x.programme?.id ?? '', y.programme?.id ?? ''),
    );
    return { a: { id: a, name: aName }, b: { id: b, name: bName }, strength: list.length, reasons: list };
  });
}

// ---- cir-articulation: one record for the whole answer ----

export interface PathLinkRow {
  type: string;
  from: string;
  to: string;
}

export interface CirLinkedRow {
  actor: Ref;
  distance: number;
  path: string[];
  names: string[];
  links: PathLinkRow[];
}

export interface CirUnlinkedRow {
  actor: Ref;
  distance: number | null;
}

export interface CirRecord {
  cir: ProgrammeShape;
  /** [id, name, distance, path ids, path names, links as [type, from, to]] */
  linked: [string, string, number, string[], string[], [string, string, string][]][];
  /** [id, name, distance or null] */
  unlinked: [string, string, number | null][];
}

export const cirLinkedRow = ([id, name, distance, path, names, links]: CirRecord['linked'][number]): CirLinkedRow => ({
  actor: { id, name },
  distance,
  path,
  names,
  links: links.map(([type, from, to]) => ({ type, from, to })),
});
export const cirUnlinkedRow = ([id, name, distance]: CirRecord['unlinked'][number]): CirUnlinkedRow => ({ actor: { id, name }, distance });

// ---- coverage-gaps: one record per territory with gaps ----

export interface CoverageGapsRecord {
  id: string;
  name: string;
  level: string;
  gaps: string[];
  bpiCount: number | null;
}
