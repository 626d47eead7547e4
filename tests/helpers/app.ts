// Test helper: the real app on the test database, queried through Yoga via app.inject.
// The app gets AGIR_ADMIN_TOKEN and its `inject` sends it by default, so every test runs with
// accounts on, as an ADMIN; pass an `authorization` header ('' for none) to be someone else.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type AppConfig, buildApp } from '../../server/src/app.js';
import type { Executor } from '../../server/src/neo4j/executor.js';

/** The AGIR_ADMIN_TOKEN of every app the helpers build (an ADMIN named admin-token). */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789-abcdefghij';
export const ADMIN_HEADERS = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } as const;

/** Makes `app.inject` send the admin token unless the request names its own `authorization`. */
function authenticateByDefault(app: FastifyInstance): void {
  const raw = app.inject.bind(app) as (o?: InjectOptions | string) => ReturnType<FastifyInstance['inject']>;
  app.inject = ((opts?: InjectOptions | string) => {
    if (opts === undefined) return raw();
    const o: InjectOptions = typeof opts === 'string' ? { url: opts } : opts;
    return raw({ ...o, headers: { ...ADMIN_HEADERS, ...(o.headers ?? {}) } });
  }) as FastifyInstance['inject'];
}

/** The app as `npm start` builds it, with rate limits out of the way (tests send many writes). */
export async function testApp(db: Executor, config: AppConfig = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    db,
    config: {
      GRAPHIQL: true,
      NODE_ENV: 'test',
      RATE_LIMIT_WRITES_PER_MIN: 100_000,
      RATE_LIMIT_EXPORTS_PER_MIN: 100_000,
      RATE_LIMIT_SIGN_IN_PER_MIN: 100_000,
      AGIR_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      ...config,
    },
  });
  authenticateByDefault(app);
  return app;
}

export interface GqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

/** A GraphQL request, as ADMIN unless `headers` say otherwise (e.g. `{ authorization: '' }`, a cookie). */
export async function gql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query, variables } });
  return res.json() as GqlResult<T>;
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const r = await gql<T>(app, query, variables, headers);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
