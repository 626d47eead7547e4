// Test helper: the real app on the test database, queried through Yoga via app.inject.
import type { FastifyInstance } from 'fastify';
import { type AppConfig, buildApp } from '../../server/src/app.js';
import type { Executor } from '../../server/src/neo4j/executor.js';

/** The app as `npm start` builds it, with rate limits out of the way (tests send many writes). */
export async function testApp(db: Executor, config: AppConfig = {}): Promise<FastifyInstance> {
  return buildApp({ db, config: { GRAPHIQL: true, NODE_ENV: 'test', RATE_LIMIT_WRITES_PER_MIN: 100_000, RATE_LIMIT_EXPORTS_PER_MIN: 100_000, ...config } });
}

export interface GqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

export async function gql<T = Record<string, unknown>>(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query, variables } });
  return res.json() as GqlResult<T>;
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = Record<string, unknown>>(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app, query, variables);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
