// Test helper: the real app on the test database, queried through Yoga via app.inject.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app.js';
import type { Executor } from '../../server/src/neo4j/executor.js';

export async function testApp(db: Executor): Promise<FastifyInstance> {
  return buildApp({ db, config: { GRAPHIQL: true, CORS_ORIGINS: [], BODY_LIMIT_MB: 20, NODE_ENV: 'test' } });
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
