// Builds the Fastify app: GraphQL (Yoga), health checks, export, and the web explorer.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import type { Config } from './config.js';
import { exportDocument } from './import/export.js';
import { DatabaseUnavailableError, type Executor } from './neo4j/executor.js';
import type { Context } from './schema/builder.js';
import { schema } from './schema/index.js';
import { createLoaders } from './schema/loaders.js';

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  db: Executor;
  config: Pick<Config, 'GRAPHIQL' | 'CORS_ORIGINS' | 'BODY_LIMIT_MB' | 'NODE_ENV'>;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ db, config, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: config.BODY_LIMIT_MB * 1024 * 1024, requestTimeout: 120_000 });

  const yoga = createYoga<{ req: unknown; reply: unknown }, Context>({
    schema,
    context: () => ({ db, loaders: createLoaders(db) }),
    graphqlEndpoint: '/graphql',
    graphiql: config.GRAPHIQL ? { title: 'AGIR Cartographie — GraphQL' } : false,
    renderGraphiQL,
    cors: config.CORS_ORIGINS.length ? { origin: config.CORS_ORIGINS, credentials: false } : false,
    landingPage: false,
    // Keep Yoga's masking of unexpected errors, but say plainly when the database is down.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DatabaseUnavailableError)
          return new GraphQLError('The database is unavailable; try again in a moment.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
        return maskError(error, message, isDev);
      },
    },
    logging: {
      debug: (...a) => app.log.debug(a.map(String).join(' ')),
      info: (...a) => app.log.info(a.map(String).join(' ')),
      warn: (...a) => app.log.warn(a.map(String).join(' ')),
      error: (...a) => app.log.error(a.map((x) => (x instanceof Error ? (x.stack ?? x.message) : String(x))).join(' ')),
    },
  });

  // Yoga reads the raw body itself: no Fastify body parsing on this route.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    scope.route({
      url: yoga.graphqlEndpoint,
      method: ['GET', 'POST', 'OPTIONS'],
      handler: (req, reply) => yoga.handleNodeRequestAndResponse(req, reply, { req, reply }),
    });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await db.verify();
      return { status: 'ready' };
    } catch (e) {
      reply.code(503);
      return { status: 'unavailable', reason: e instanceof Error ? e.message : String(e) };
    }
  });

  app.get<{ Querystring: { format?: string } }>('/api/export', async (req, reply) => {
    const format = req.query.format ?? 'json';
    if (format !== 'json') {
      reply.code(400);
      return { error: `format: unsupported export format "${format}" (supported: json)` };
    }
    const doc = await exportDocument(db);
    const date = new Date().toISOString().slice(0, 10);
    reply.header('content-disposition', `attachment; filename="cartographie-agir-${date}.json"`);
    return doc;
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof DatabaseUnavailableError) {
      reply.code(503).send({ error: err.message });
      return;
    }
    req.log.error(err);
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    reply.code(status).send({ error: status >= 500 ? 'Internal error' : (err as Error).message });
  });

  if (existsSync(resolve(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: `Not found: ${req.method} ${req.url}` });
    });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="fr"><meta charset="utf-8"><title>AGIR Cartographie</title><body style="font-family:sans-serif;max-width:40rem;margin:3rem auto"><h1>AGIR Cartographie</h1><p>L’explorateur n’est pas encore construit : lancez <code>npm run build</code>. L’API GraphQL est disponible sur <a href="/graphql">/graphql</a>.</p></body></html>',
        ),
    );
  }
  return app;
}
