// The GraphQL route: Yoga with the request limits (graphql-armor: depth, aliases,
// tokens, directives, cost; no field suggestions), a Cypher budget and a time-out per
// request, error masking that never depends on NODE_ENV, JSON bodies only (no
// form-encoded or multipart request that a foreign page could send without a
// preflight), a rate limit on mutations, and read-your-writes bookmarks. Queries run through
// graphql-jit (compiled once per document, cached with Yoga's parsed document): a large answer costs
// about half the execution time of graphql-js's generic executor.

import { useGraphQlJit } from '@envelop/graphql-jit';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { fastifyCookie } from '@fastify/cookie';
import { useDisableIntrospection as disableIntrospectionPlugin } from '@graphql-yoga/plugin-disable-introspection';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, getOperationAST, Kind, parse } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { DatabaseUnavailableError, type Executor, QueryBudgetError, QueryTimeoutError, RequestCancelledError } from '../neo4j/executor.js';
import type { Context } from '../schema/builder.js';
import { schema } from '../schema/index.js';
import { createLoaders, LoadBudgetError } from '../schema/loaders.js';
import { CSRF_HEADER, principalOf, requireRole } from './auth.js';
import { graphiqlAssetRoute, renderGraphiQLPage } from './graphiql.js';
import { useRoles } from './graphql-auth.js';
import type { RateLimits } from './rate-limit.js';

/** Limits of one GraphQL request; every query the explorer sends stays well inside them. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20000,
  /** Nodes and relation lists one request may load (each nested object counts one). */
  maxLoads: 100_000,
} as const;

export type GraphqlConfig = Pick<Config, 'GRAPHIQL' | 'INTROSPECTION' | 'QUERY_BUDGET' | 'REQUEST_TIMEOUT_S'>;

const BOOKMARK_COOKIE = 'agir_bookmark';

function readBookmarks(req: FastifyRequest): string[] | undefined {
  const raw = req.headers.cookie;
  if (!raw || !raw.includes(BOOKMARK_COOKIE)) return undefined;
  const value = fastifyCookie.parse(raw)[BOOKMARK_COOKIE];
  if (!value) return undefined;
  const list = value.split(' ').filter((b: string) => b.length > 0 && b.length <= 256);
  return list.length > 0 && list.length <= 8 ? list : undefined;
}

/** The errors a client may read as they are; anything else becomes « Unexpected error. ». */
function clientError(original: unknown): GraphQLError | null {
  if (original instanceof DatabaseUnavailableError)
    return new GraphQLError(original.message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } } });
  if (original instanceof QueryTimeoutError) return new GraphQLError(original.message, { extensions: { code: 'TIMEOUT' } });
  if (original instanceof QueryBudgetError) return new GraphQLError(original.message, { extensions: { code: 'QUERY_BUDGET_EXCEEDED' } });
  if (original instanceof LoadBudgetError) return new GraphQLError(original.message, { extensions: { code: 'RESPONSE_TOO_LARGE' } });
  if (original instanceof RequestCancelledError) return new GraphQLError(original.message, { extensions: { code: 'CANCELLED' } });
  return null;
}

/** Mutations are rate-limited; the operation type is read from the body (parsed once, cached). */
const operationKinds = new Map<string, boolean>();
function isMutation(body: object): boolean {
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
  const cached = operationKinds.get(key);
  if (cached !== undefined) return cached;
  let mutation = false;
  try {
    const doc = parse(query, { noLocation: true, maxTokens: GRAPHQL_LIMITS.maxTokens });
    const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const op = typeof operationName === 'string' ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
    // An ambiguous document (several operations, none named) counts as a write: Yoga refuses it anyway.
    mutation = op ? op.operation === 'mutation' : ops.some((o) => o.operation === 'mutation');
  } catch {
    mutation = false; // Yoga answers the syntax error
  }
  // Only the app's own, short queries are worth remembering (and a huge key would cost memory).
  if (key.length <= 10_000) {
    if (operationKinds.size >= 1000) operationKinds.clear();
    operationKinds.set(key, mutation);
  }
  return mutation;
}

const graphqlError = (reply: FastifyReply, status: number, message: string) =>
  reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

export async function registerGraphql(
  app: FastifyInstance,
  opts: { db: Executor; config: GraphqlConfig; limits: RateLimits; log: FastifyBaseLogger },
): Promise<void> {
  const { db, config, limits, log } = opts;
  const scopes = new WeakMap<object, Executor>();

  // After the response is built: hand the bookmark of this request's write to the client, so
  // that its next read waits for it even on another app server behind a load balancer.
  const bookmarkPlugin: Plugin = {
    onResponse({ response, serverContext }) {
      const req = (serverContext as { req?: object }).req;
      const scoped = req ? scopes.get(req) : undefined;
      const bookmarks = scoped?.lastBookmarks;
      if (bookmarks?.length) {
        response.headers.append(
          'set-cookie',
          fastifyCookie.serialize(BOOKMARK_COOKIE, bookmarks.join(' '), { path: '/', httpOnly: true, sameSite: 'strict', maxAge: 600 }),
        );
      }
    },
  };

  const yoga = createYoga<{ req: FastifyRequest; reply: FastifyReply }, Context>({
    schema,
    context: async ({ req, request }) => {
      const scoped = db.forRequest({
        budget: config.QUERY_BUDGET,
        timeoutS: config.REQUEST_TIMEOUT_S,
        signal: request.signal,
        logger: req.log,
        ...(readBookmarks(req) ? { bookmarks: readBookmarks(req) } : {}),
      });
      scopes.set(req, scoped);
      return { db: scoped, loaders: createLoaders(scoped, GRAPHQL_LIMITS.maxLoads), principal: await principalOf(req) };
    },
    graphqlEndpoint: '/graphql',
    // GraphiQL sends the CSRF header with every request (it is signed in by the session cookie).
    graphiql: config.GRAPHIQL ? { title: 'AGIR Cartographie — GraphQL', headers: JSON.stringify({ [CSRF_HEADER]: 'GraphiQL' }) } : false,
    renderGraphiQL: renderGraphiQLPage,
    cors: false, // @fastify/cors answers for every route (server/src/http/security.ts)
    landingPage: false,
    plugins: [
      maxTokensPlugin({ n: GRAPHQL_LIMITS.maxTokens }),
      maxDepthPlugin({ n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
      maxAliasesPlugin({ n: GRAPHQL_LIMITS.maxAliases }),
      maxDirectivesPlugin({ n: GRAPHQL_LIMITS.maxDirectives }),
      costLimitPlugin({ maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true }),
      blockFieldSuggestionsPlugin(),
      ...(config.INTROSPECTION ? [] : [disableIntrospectionPlugin()]),
      bookmarkPlugin,
      useRoles(),
      // After the role check (which may stop the operation). Queries only: mutations are few and
      // small, and keep graphql-js's reference executor.
      useGraphQlJit(
        {},
        {
          enableIf: (args) => getOperationAST(args.document, args.operationName)?.operation === 'query',
          onError: (r) => log.warn(`graphql-jit: ${r.errors?.map((e) => e.message).join('; ')}`),
        },
      ),
    ],
    // Masking does not depend on NODE_ENV: clients never see a stack, a path or a Neo4j name;
    // the full error goes to the server log.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        const known = clientError(original);
        // Yoga logs the original of every error masked here (see `logging` below).
        return known ?? maskError(error, message, false);
      },
    },
    logging: {
      debug: (...a) => log.debug(a.map(String).join(' ')),
      info: (...a) => log.info(a.map(String).join(' ')),
      warn: (...a) => log.warn(a.map(String).join(' ')),
      // Expected refusals (time-out, budget, database down) are warnings without a stack;
      // anything else is an error with its stack, for the operator only.
      error: (...a) => {
        if (a.some((x) => clientError(x) !== null)) log.warn(a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : String(x))).join(' '));
        else log.error(a.map((x) => (x instanceof Error ? (x.stack ?? x.message) : String(x))).join(' '));
      },
    },
  });

  app.get('/graphiql/:file', { config: { role: 'VIEWER' } }, graphiqlAssetRoute);

  await app.register(async (scope) => {
    // Only JSON (and application/graphql) bodies: a foreign page can send form-encoded,
    // multipart or text/plain bodies without a CORS preflight, never these. The body is read
    // as text, within the body limit, and handed to Yoga as is.
    // (The future upload route, POST /api/import, takes multipart in its own scope with its
    // own parser and its own checks; nothing here applies to it.)
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(['application/json', 'application/graphql'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.addContentTypeParser('*', (req, _payload, done) => {
      const type = String(req.headers['content-type'] ?? '').split(';')[0];
      const err = Object.assign(
        new Error(`content-type "${type}" is not accepted: send GraphQL requests as application/json (form-encoded, multipart and text bodies are refused)`),
        { statusCode: 415 },
      );
      done(err, undefined);
    });

    // The route is public: each operation is checked against the caller's role (graphql-auth.ts).
    scope.addHook('preHandler', async (req, reply) => {
      if (req.method === 'GET') {
        // The GraphiQL page (a browser asking for HTML without a query) needs a VIEWER.
        if (!(req.query as Record<string, unknown>).query && String(req.headers.accept ?? '').includes('text/html')) await requireRole(req, 'VIEWER');
        const q = req.query as Record<string, unknown>;
        for (const name of ['variables', 'extensions']) {
          const v = q[name];
          if (typeof v !== 'string' || v === '') continue;
          try {
            JSON.parse(v);
          } catch {
            return graphqlError(reply, 400, `${name}: not valid JSON`);
          }
        }
        return;
      }
      if (req.method === 'POST' && typeof req.body === 'string' && String(req.headers['content-type']).startsWith('application/json')) {
        let body: unknown;
        try {
          body = JSON.parse(req.body);
        } catch {
          return graphqlError(reply, 400, 'the request body is not valid JSON');
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) return graphqlError(reply, 400, 'the request body must be a JSON object');
        // Parsed once: Yoga reads this object instead of parsing the text again.
        req.body = body;
        if (isMutation(body)) {
          await limits.writes.call(app, req, reply);
          if (reply.sent) return reply;
        }
      }
    });

    scope.route({
      url: yoga.graphqlEndpoint,
      method: ['GET', 'POST'],
      exposeHeadRoute: false,
      config: { public: true },
      handler: (req, reply) => yoga.handleNodeRequestAndResponse(req, reply, { req, reply }),
    });
    scope.route({
      url: yoga.graphqlEndpoint,
      method: ['HEAD', 'PUT', 'PATCH', 'DELETE'],
      config: { public: true },
      handler: (_req, reply) => reply.header('allow', 'GET, POST, OPTIONS').code(405).send({ error: 'method not allowed: use GET or POST' }),
    });
  });
}
