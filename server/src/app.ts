// Builds the Fastify app: security (Host check, CORS, headers), rate limits, GraphQL
// (Yoga), health checks, files in and out (import, export, template), and the web explorer. Listening happens in main.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { Accounts } from './auth/accounts.js';
import type { RouteAccess } from './auth/roles.js';
import { type Config, loadConfig } from './config.js';
import { registerAuth } from './http/auth.js';
import { registerFiles } from './http/files.js';
import { registerGraphql } from './http/graphql.js';
import { registerRateLimits } from './http/rate-limit.js';
import { registerSecurity } from './http/security.js';
import { DatabaseUnavailableError, type Executor, QueryTimeoutError, UNAVAILABLE_MESSAGE } from './neo4j/executor.js';
import { fromRoot } from './paths.js';

export const WEB_DIST = fromRoot('dist', 'web');

/** What the app reads of the configuration; missing keys take their defaults. */
export type AppConfig = Partial<Config>;

export interface AppOptions {
  db: Executor;
  config?: AppConfig;
  /** Why the database is down, in words (the embedded supervisor or the probe knows). */
  health?: { reason(): string | null };
  logger?: FastifyServerOptions['logger'];
  /** A pino logger shared with the rest of the server (main.ts); replaces `logger`. */
  loggerInstance?: FastifyServerOptions['loggerInstance'];
}

export async function buildApp({ db, config: overrides = {}, health, logger = false, loggerInstance }: AppOptions): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig({ NODE_ENV: overrides.NODE_ENV ?? 'development' }, ''), ...overrides };
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger }),
    bodyLimit: config.BODY_LIMIT_MB * 1024 * 1024,
    requestTimeout: Math.max(config.REQUEST_TIMEOUT_S, config.IMPORT_TIMEOUT_S) * 1000 + 10_000,
    trustProxy: config.TRUST_PROXY,
  });

  // Clients never see a stack trace, a path or a driver message, whatever NODE_ENV says.
  // On /graphql the answer has the GraphQL shape ({ errors: [{ message }] }).
  app.setErrorHandler((err, req, reply) => {
    let status = (err as { statusCode?: number }).statusCode ?? 500;
    let message = (err as Error).message;
    let code = (err as { code?: string }).code;
    if (err instanceof DatabaseUnavailableError) {
      [status, message, code] = [503, UNAVAILABLE_MESSAGE, 'SERVICE_UNAVAILABLE'];
      reply.header('retry-after', '5');
    } else if (err instanceof QueryTimeoutError) {
      [status, code] = [503, 'TIMEOUT'];
    } else if (status >= 500) {
      req.log.error(err);
      [message, code] = ['Internal error', 'INTERNAL'];
    } else {
      req.log.info({ err: message }, 'request refused');
    }
    if (req.url.startsWith('/graphql')) reply.code(status).send({ errors: [{ message, extensions: { code: code ?? 'BAD_REQUEST' } }] });
    else reply.code(status).send({ error: message });
  });

  await registerSecurity(app, config);
  const limits = await registerRateLimits(app, config);
  // Every route below declares its role; one hook enforces it (deny by default).
  const accounts = new Accounts({ db, adminToken: config.AGIR_ADMIN_TOKEN, sessionHours: config.SESSION_HOURS, sessionSecret: config.SESSION_SECRET });
  const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`;
  await registerAuth(app, { accounts, publicRead: config.PUBLIC_READ, limits, publicUrl });
  await registerGraphql(app, { db, config, limits, log: app.log });

  app.get('/healthz', { config: { public: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true } }, async (_req, reply) => {
    const down = health?.reason();
    if (down) {
      reply.code(503).header('retry-after', '5');
      return { status: 'unavailable', reason: down };
    }
    try {
      await db.verify();
      return { status: 'ready' };
    } catch (e) {
      app.log.warn({ err: (e as Error).cause ?? e }, 'readiness check failed');
      reply.code(503).header('retry-after', '5');
      return { status: 'unavailable', reason: 'la base de données ne répond pas' };
    }
  });

  await registerFiles(app, { db, config, limits });

  if (existsSync(resolve(WEB_DIST, 'index.html'))) {
    // The explorer's files are open (its sign-in page is one of them); its data is not.
    let marking = true;
    app.addHook('onRoute', (route) => {
      if (marking) route.config = { ...(route.config as RouteAccess | undefined), public: true };
    });
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
    marking = false;
    // The printable report is a page of the web app (issue 13): its shell is open like the explorer's,
    // its data needs VIEWER through the API (the page shows the sign-in form first).
    app.get('/report', { config: { public: true } }, (_req, reply) => reply.sendFile('index.html'));
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: `Not found: ${req.method} ${req.url.slice(0, 200)}` });
    });
  } else {
    app.get('/', { config: { public: true } }, async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="fr"><meta charset="utf-8"><title>AGIR Cartographie</title><body style="font-family:sans-serif;max-width:40rem;margin:3rem auto"><h1>AGIR Cartographie</h1><p>L’explorateur n’est pas encore construit : lancez <code>npm run build</code>. L’API GraphQL est disponible sur <a href="/graphql">/graphql</a>.</p></body></html>',
        ),
    );
  }
  return app;
}
