// Paging of the analyses' lists (issue 14): `limit` and an opaque cursor `after`. A list is ordered
// by a key (a list of numbers and strings, compared element by element as Cypher compares lists);
// the cursor is the key of the last row of a page, and the next page holds the rows whose key is
// greater. The contract's list fields keep their default (every row); the `…Page` fields default
// to PAGE_SIZE rows and give `totalCount` and `pageInfo`.
import type { ObjectRef } from '@pothos/core';
import { PageInfoRef } from '../../schema/actor.js';
import { badInput, builder } from '../../schema/builder.js';

export type Key = (string | number)[];

/** At most this many rows in one answer. */
export const MAX_LIMIT = 100_000;
/** Rows of a page when the client does not say. */
export const PAGE_SIZE = 100;

/** The row limit: `limit` when given (1…MAX_LIMIT), else `fallback` (null: every row). */
export function checkLimit(limit: number | null | undefined, fallback: number | null = null): number | null {
  if (limit == null) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badInput('limit', `must be between 1 and ${MAX_LIMIT} (got ${limit})`);
  return limit;
}

export const encodeCursor = (key: Key): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key in a cursor returned by this API, or a clear error naming `argument`. */
export function decodeCursor(argument: string, cursor: string | null | undefined): Key | null {
  if (cursor == null) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    /* reported below */
  }
  throw badInput(argument, 'not a cursor returned by this API');
}

/** Compares two keys as Cypher compares lists. */
export function compareKeys(x: Key, y: Key): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const a = x[i] as string | number;
    const b = y[i] as string | number;
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return x.length - y.length;
}

export interface Page<T> {
  nodes: T[];
  /** a number, or how to count (only when a client asks for it) */
  totalCount: number | (() => Promise<number>);
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A page from rows that carry their key, fetched with one row more than `limit` so that we know
 * whether another page follows.
 */
export function pageOf<T>(rows: T[], keyOf: (row: T) => Key, limit: number | null, totalCount: Page<T>['totalCount']): Page<T> {
  const nodes = limit == null ? rows : rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, hasNextPage: limit != null && rows.length > limit, endCursor: last === undefined ? null : encodeCursor(keyOf(last)) };
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The Pothos object type `name` for a page of `item`: nodes, pageInfo and totalCount. */
export function pageRef<T>(name: string, item: ObjectRef<Types, T>, description: string) {
  return builder.objectRef<Page<T>>(name).implement({
    description,
    fields: (t) => ({
      nodes: t.field({ type: [item], resolve: (p) => p.nodes }),
      totalCount: t.int({
        description: 'the number of rows of the whole list',
        resolve: (p) => (typeof p.totalCount === 'function' ? p.totalCount() : p.totalCount),
      }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (p) => ({ hasNextPage: p.hasNextPage, endCursor: p.endCursor }) }),
    }),
  });
}
