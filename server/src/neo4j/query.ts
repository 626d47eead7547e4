// A Cypher file with its parameters and row shape, declared once next to the file
// (cypher/<area>/queries.ts, or the analysis folder's query.ts). The executor takes the
// declaration, so a call passes the right parameters and gets typed rows. Declaring a query
// loads its text: a missing file fails at start-up, not at the first call.
import { cypher } from './cypher.js';

export interface Query<P, R> {
  readonly name: string;
  /** Phantom field carrying the types; never set. */
  readonly types?: { params: P; row: R };
}

/** Every declared query, by name (a name declared twice is an error). */
export const declaredQueries = new Map<string, Query<unknown, unknown>>();

export function defineQuery<P extends Record<string, unknown>, R>(name: string): Query<P, R> {
  cypher(name);
  if (declaredQueries.has(name)) throw new Error(`Cypher query "${name}" is declared twice`);
  const q: Query<P, R> = { name };
  declaredQueries.set(name, q);
  return q;
}

/** A query without parameters. */
export type NoParams = Record<string, never>;

export type RowOf<Q> = Q extends Query<unknown, infer R> ? R : never;
