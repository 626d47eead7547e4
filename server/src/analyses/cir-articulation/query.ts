// The query of the CIR articulation and the decoding of its compact rows.
import { defineQuery } from '../../neo4j/query.js';
import type { ProgrammeShape } from '../../schema/shapes.js';
import type { Ref } from '../common/refs.js';

/** The breadth-first search is written out level by level in query.cypher, up to this many. */
export const MAX_HOPS = 6;

export type CirParams = { maxHops: number; territoryId: string | null; actorKinds: string[] | null };

export interface CirRecord {
  cir: ProgrammeShape;
  /** [id, name, distance, path ids, path names, links as [type, from, to]], from the actor to CIR */
  linked: [string, string, number, string[], string[], [string, string, string][]][];
  /** [id, name] */
  unlinked: [string, string][];
}

export const cirQuery = defineQuery<CirParams, CirRecord>('analyses/cir-articulation/query');

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
}

export const cirLinkedRow = ([id, name, distance, path, names, links]: CirRecord['linked'][number]): CirLinkedRow => ({
  actor: { id, name },
  distance,
  path,
  names,
  links: links.map(([type, from, to]) => ({ type, from, to })),
});
export const cirUnlinkedRow = ([id, name]: CirRecord['unlinked'][number]): CirUnlinkedRow => ({ actor: { id, name } });
