// The query of information gaps and the decoding of its compact rows.
import { defineQuery } from '../../neo4j/query.js';
import type { Key } from '../common/paging.js';
import { byCode, type Ref } from '../common/refs.js';

/** Programmes with more than this many participants are summarised (see the definition). */
export const LARGE_PROGRAMME = 20;

export type InformationGapParams = {
  territoryId: string | null;
  actorId: string | null;
  minStrength: number;
  largeProgramme: number;
  limit: number | null;
  after: Key | null;
};

/** [programme id, name, participants, participants lacking an exchange with another, pairs without exchange] */
export type LargeProgrammeTuple = [string, string, number, number, number];

export interface InformationGapsRecord {
  total: number;
  /** per gap: [a id, a name, b id, b name, then per reason: code, programme id, programme name; then the key] */
  page: (string | null | Key)[][];
  large: LargeProgrammeTuple[];
}

export const informationGapsQuery = defineQuery<InformationGapParams, InformationGapsRecord>('analyses/information-gaps/query');

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
  key: Key;
}

export interface LargeProgrammeRow {
  programme: Ref;
  participants: number;
  actorsWithoutExchange: number;
  pairsWithoutExchange: number;
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

/** Expands one compact gap; reasons in order: common programmes by name, referral, partnership. */
export function informationGapRow(flat: (string | null | Key)[]): InformationGapRow {
  const key = flat[flat.length - 1] as Key;
  const [a, aName, b, bName] = flat as string[];
  const list: GapReasonRow[] = [];
  for (let i = 4; i + 2 < flat.length; i += 3)
    list.push(reason(flat[i] as string, (flat[i + 1] as string | null) ?? null, (flat[i + 2] as string | null) ?? null));
  list.sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      byCode(x.programme?.name ?? '', y.programme?.name ?? '') ||
      byCode(x.programme?.id ?? '', y.programme?.id ?? ''),
  );
  return { a: { id: a as string, name: aName as string }, b: { id: b as string, name: bName as string }, strength: list.length, reasons: list, key };
}

export const largeProgrammeRow = ([id, name, participants, without, pairs]: LargeProgrammeTuple): LargeProgrammeRow => ({
  programme: { id, name },
  participants,
  actorsWithoutExchange: without,
  pairsWithoutExchange: pairs,
});
