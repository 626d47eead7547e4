// biome-ignore-all lint/suspicious/noExplicitAny: random documents are loosely typed
// A bounded, seeded fuzz test: a few hundred random GraphQL queries built from the schema
// (random fields, arguments of right and wrong types, nesting, aliases) and random
// interchange documents (fixture mutated: wrong types, huge or blank strings, deep values,
// unknown references). No answer may be a 5xx or show internals.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { schema } from '../../server/src/schema/index.js';
import { readSeed } from '../../server/src/seed.js';
import { testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const SEED = 20261130;
const QUERIES = 250;
const DOCUMENTS = 100;
const INTERNALS = /\bat \S+ \((?:file:|node:|\/)|\/work\/|node_modules|\.[jt]s:\d+:\d+|Neo\.\w+Error|elementId|ECONNREFUSED|127\.0\.0\.1:\d+|"stack"/;

function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

const IDS = [
  '29',
  '29019',
  '29232',
  '53',
  'ofii',
  'CIR',
  'HOUSING_ACCESS',
  'CHILDCARE',
  '',
  ' ',
  'x'.repeat(300),
  '"; MATCH (n) DETACH DELETE n //',
  '\u0000',
  '🏠',
];
const STRINGS = ['Brest', 'mor', '', '%', '\\', "' OR 1=1 --", 'é'.repeat(50), 'a'.repeat(5000)];

function literal(type: GraphQLInputType, r: Rng, depth = 0): string {
  if (r.chance(0.05)) return r.pick(['null', '42', '"wrong"', 'true', '[]', '{}', '-1', '1e300']);
  if (isNonNullType(type)) return literal(type.ofType, r, depth);
  if (isListType(type)) return `[${Array.from({ length: r.int(3) }, () => literal(type.ofType, r, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return r.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || r.chance(0.4));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, r, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(r.pick(IDS));
      case 'String':
        return JSON.stringify(r.pick(STRINGS));
      case 'Int':
        return String(r.pick([0, 1, 2, 10, 500, 501, -5, 100000, 2147483647]));
      case 'Float':
        return String(r.pick([0, 0.3, 1, 1.5, -1]));
      case 'Boolean':
        return String(r.chance(0.5));
      case 'JSON':
        return '{ format: "agir-cartography", version: 1 }';
    }
  }
  return 'null';
}

function selection(type: GraphQLOutputType, r: Rng, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = fields.filter(() => r.chance(0.5));
  if (!chosen.length) chosen.push(r.pick(fields));
  return `{ ${chosen
    .map((f) => {
      const sub = isObjectType(getNamedType(f.type)) ? (depth < 4 ? selection(f.type, r, depth + 1) : '') : '';
      if (isObjectType(getNamedType(f.type)) && !sub) return '__typename';
      const args = f.args.filter((a) => isNonNullType(a.type) || r.chance(0.3));
      const alias = r.chance(0.1) ? `a${r.int(1000)}: ` : '';
      return `${alias}${f.name}${args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type, r)}`).join(', ')})` : ''} ${sub}`;
    })
    .join(' ')} }`;
}

function randomQuery(r: Rng): string {
  const query = schema.getQueryType();
  if (!query) throw new Error('no query type');
  if (r.chance(0.05)) return r.pick(['{', '{ actors(first: ) }', 'query { ...F }', '{ __schema { types { name } } }', 'subscription { x }', '']);
  const all = Object.values(query.getFields());
  const fields = [...new Set(Array.from({ length: 1 + r.int(2) }, () => r.pick(all)))];
  return `{ ${fields
    .map((f) => {
      const args = f.args.filter((a) => isNonNullType(a.type) || r.chance(0.5));
      const sub = selection(f.type, r, 1);
      return `${f.name}${args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type, r)}`).join(', ')})` : ''} ${sub}`;
    })
    .join(' ')} }`;
}

const fixture = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

function randomDocument(r: Rng): unknown {
  const doc = fixture();
  const lists = ['territories', 'actors', 'programmes', 'links', 'statistics'];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const list = doc[r.pick(lists)] as Record<string, unknown>[];
    const item = list[r.int(list.length)] as Record<string, unknown>;
    const keys = Object.keys(item);
    const key = r.chance(0.1) ? 'unexpected' : r.pick(keys);
    item[key] = r.pick<unknown>([
      null,
      42,
      -1,
      true,
      '',
      '   ',
      'x'.repeat(r.pick([201, 501, 20_001])),
      r.pick(IDS),
      [r.pick(IDS)],
      { nested: { deeper: [1, 2, 3] } },
      JSON.parse(`${'['.repeat(300)}1${']'.repeat(300)}`),
      'Acteur \ud800',
    ]);
    if (r.chance(0.1)) delete item[key];
  }
  if (r.chance(0.1)) return r.pick([null, [], 'text', 7, { format: 'other' }]);
  return doc;
}

let db: Executor;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  expect((await importDocument(db, readSeed(), 'REPLACE')).ok).toBe(true);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe(`fuzz (seed ${SEED})`, () => {
  it(`${QUERIES} random queries: no 5xx, no internals`, async () => {
    const r = prng(SEED);
    const statuses = new Map<number, number>();
    for (let i = 0; i < QUERIES; i++) {
      const query = randomQuery(r);
      const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query } });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500 || INTERNALS.test(res.body) || res.body.includes('Unexpected error.'))
        throw new Error(`query ${i} gave ${res.statusCode}: ${query.slice(0, 500)}\n${res.body.slice(0, 1000)}`);
    }
    // Both answers and refusals happened: the generator reaches the resolvers.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(QUERIES / 3);
  }, 300_000);

  it(`${DOCUMENTS} random documents: no 5xx, no internals, refused ones write nothing`, async () => {
    const r = prng(SEED + 1);
    let refused = 0;
    for (let i = 0; i < DOCUMENTS; i++) {
      const d = randomDocument(r);
      const before = await exportDocument(db);
      const mode = r.chance(0.5) ? 'MERGE' : 'REPLACE';
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: {
          query: 'mutation($d: JSON!, $m: ImportMode!){ importCartography(document: $d, mode: $m) { ok problems { where message } } }',
          variables: { d, m: mode },
        },
      });
      if (res.statusCode >= 500 || INTERNALS.test(res.body)) throw new Error(`document ${i} (${mode}) gave ${res.statusCode}: ${res.body.slice(0, 1000)}`);
      const body = res.json() as any;
      if (body.errors) {
        // A GraphQL-level refusal (e.g. a null document): said plainly, never « Unexpected error. ».
        expect(body.errors.map((e: any) => e.message)).not.toContain('Unexpected error.');
        refused++;
        expect(await exportDocument(db)).toEqual(before);
        continue;
      }
      if (!body.data.importCartography.ok) {
        refused++;
        expect(body.data.importCartography.problems.length).toBeGreaterThan(0);
        expect(await exportDocument(db)).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(DOCUMENTS / 2);
  }, 300_000);
});
