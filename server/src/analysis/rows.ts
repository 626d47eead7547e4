// Shapes of the rows returned by cypher/analysis/*.cypher, and the decoding of the compact ones.
// The large analyses return ids and names only (not whole nodes): the driver decodes maps of
// thousands of nodes slowly, and the API loads the other fields only when a client asks.
import type { ActorShape, ProgrammeShape, TerritoryShape } from '../schema/shapes.js';
import { vocabulary } from '../vocabulary.js';

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

const rank = (ids: { id: string }[]) => new Map(ids.map((x, i) => [x.id, i]));
const BARRIER_RANK = rank(vocabulary.barriers);
const PUBLIC_RANK = rank(vocabulary.publics);
/** In the vocabulary's order (the database returns relationships in storage order). */
const inOrder = (ids: string[], order: Map<string, number>) => [...ids].sort((x, y) => (order.get(x) ?? 1e9) - (order.get(y) ?? 1e9) || byCode(x, y));

/** One overlap, with its shared barriers and publics in the vocabulary's order and its territories by name. */
export const overlapRow = (r: OverlapRecord): OverlapRow => ({
  a: { id: r.a, name: r.aName },
  b: { id: r.b, name: r.bName },
  score: r.score,
  jaccard: r.jaccard,
  publicFactor: r.publicFactor,
  sharedBarriers: inOrder(r.sharedBarriers, BARRIER_RANK),
  sharedPublics: inOrder(r.sharedPublics, PUBLIC_RANK),
  sharedTerritories: r.sharedTerritories.map(([id, name, level]) => ({ id, name, level })).sort((x, y) => byCode(x.name, y.name) || byCode(x.id, y.id)),
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

export interface InformationGapsRecord {
  /** per gap: [a id, a name, b id, b name, then per reason: code, programme id, programme name] (see the Cypher) */
  gaps: (string | null)[][];
}

const KIND_ORDER: Record<GapReasonKind, number> = { PROGRAMME: 0, REFERRAL: 1, PARTNERSHIP: 2 };
const KINDS: Record<string, GapReasonKind> = { P: 'PROGRAMME', R: 'REFERRAL', T: 'PARTNERSHIP' };
const ROLES: [string, string][] = [
  ['O', 'OPERATES'],
  ['F', 'FUNDS'],
  ['P', 'PRESCRIBES'],
];
const roles = (flags: string) => ROLES.filter(([f]) => flags.includes(f)).map(([, r]) => r);

/** One reason from its code "kind:rolesA:rolesB:directions:formal" and programme. */
function reason(code: string, programme: string | null, name: string | null): GapReasonRow {
  const [k = '', ra = '', rb = '', dirs = '', formal = ''] = code.split(':');
  const kind = KINDS[k] ?? 'PARTNERSHIP';
  if (kind === 'PROGRAMME')
    return { kind, programme: { id: programme ?? '', name: name ?? programme ?? '' }, rolesA: roles(ra), rolesB: roles(rb), directions: null, formal: null };
  const directions: Direction[] = [];
  if (dirs.includes('a')) directions.push('A_TO_B');
  if (dirs.includes('b')) directions.push('B_TO_A');
  return { kind, programme: null, rolesA: null, rolesB: null, directions, formal: formal === 'f' };
}

/** Expands the compact record; reasons in order: common programmes by name, referral, partnership. */
export function informationGapRows(record: InformationGapsRecord): InformationGapRow[] {
  return record.gaps.map((flat) => {
    const [a, aName, b, bName] = flat as string[];
    const list: GapReasonRow[] = [];
    for (let i = 4; i < flat.length; i += 3) {
      list.push(reason(flat[i] as string, flat[i + 1] ?? null, flat[i + 2] ?? null));
    }
    list.sort(
      (x, y) =>
        KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
        byCode(x.programme?.name ?? '', y.programme?.name ?? '') ||
        byCode(x.programme?.id ?? '', y.programme?.id ?? ''),
    );
    return { a: { id: a as string, name: aName as string }, b: { id: b as string, name: bName as string }, strength: list.length, reasons: list };
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
