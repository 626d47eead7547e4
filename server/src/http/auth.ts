// Who is asking, and may they: one hook for every route (deny by default), the sign-in,
// sign-out and first-administrator routes, the session cookie, and CSRF protection for
// cookie-authenticated writes (SPEC "Accounts and roles"; ADR 010).
//
// Every route declares what it needs in its options: `config: { role: 'VIEWER' | 'EDITOR' |
// 'ADMIN' }`, or `config: { public: true }`. A route without either is refused to everyone.
// /graphql is public at the route level: its operations are checked one by one (graphql-auth.ts).
import { fastifyCookie } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Accounts, SESSION_COOKIE } from '../auth/accounts.js';
import { AccessError, decide, type Principal, type Role, type RouteAccess, SETUP_NEEDED } from '../auth/roles.js';
import type { RateLimits } from './rate-limit.js';

declare module 'fastify' {
  interface FastifyContextConfig extends RouteAccess {}
  interface FastifyRequest {
    /** The caller, once `principalOf(req)` has run (the hook runs it for every non-public route). */
    principal: Principal | null;
  }
  interface FastifyInstance {
    accounts: Accounts;
    /** PUBLIC_READ: anonymous requests read as VIEWER. */
    publicRead: boolean;
  }
}

/** The header a browser must send with every cookie-authenticated write (a foreign page cannot: CORS). */
export const CSRF_HEADER = 'x-requested-with';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface AuthState {
  principal: Promise<Principal | null> | null;
  /** An Authorization header was sent but names no live token. */
  badBearer: boolean;
}
const states = new WeakMap<FastifyRequest, AuthState>();

function sessionCookie(req: FastifyRequest): string | undefined {
  const raw = req.headers.cookie;
  if (!raw || !raw.includes(SESSION_COOKIE)) return undefined;
  return fastifyCookie.parse(raw)[SESSION_COOKIE];
}

function bearerOf(req: FastifyRequest): string | null | undefined {
  const h = req.headers.authorization;
  if (h === undefined || h === '') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m?.[1] ?? null;
}

/**
 * The caller of a request: the bearer token (AGIR_ADMIN_TOKEN or an API token) when an
 * Authorization header is sent, else the session cookie; null when anonymous. Asked once per request.
 */
export function principalOf(req: FastifyRequest): Promise<Principal | null> {
  let state = states.get(req);
  if (!state) {
    state = { principal: null, badBearer: false };
    states.set(req, state);
  }
  if (!state.principal) {
    const accounts = req.server.accounts;
    const bearer = bearerOf(req);
    const s = state;
    if (bearer !== undefined) {
      s.principal = (bearer ? accounts.fromBearer(bearer) : Promise.resolve(null)).then((p) => {
        s.badBearer = p === null;
        return p;
      });
    } else {
      const cookie = sessionCookie(req);
      s.principal = cookie ? accounts.fromCookie(cookie) : Promise.resolve(null);
    }
    s.principal = s.principal.then((p) => {
      req.principal = p;
      return p;
    });
    return s.principal;
  }
  return state.principal;
}

/** Whether anonymous requests read as VIEWER on this app (PUBLIC_READ, once an account exists). */
async function anonymousReads(req: FastifyRequest): Promise<boolean> {
  return req.server.publicRead && !(await req.server.accounts.setupRequired());
}

/**
 * The decision for a request against a role (GraphQL and REST alike): resolves to the role
 * granted, or throws an AccessError (401 without valid credentials, 403 without the right).
 */
export async function authorize(req: FastifyRequest, needed: Role): Promise<Role> {
  const principal = await principalOf(req);
  if (!principal && states.get(req)?.badBearer) throw new AccessError('UNAUTHENTICATED', 'Jeton d’accès invalide ou révoqué.');
  try {
    return decide(principal, principal ? false : await anonymousReads(req), needed);
  } catch (e) {
    if (e instanceof AccessError && !principal && (await req.server.accounts.setupRequired())) throw new AccessError('UNAUTHENTICATED', SETUP_NEEDED);
    throw e;
  }
}

/**
 * For REST handlers that need more than their route's role (e.g. an import whose mode is
 * REPLACE needs ADMIN): throws an AccessError that the app answers with 401 or 403.
 *   await requireRole(req, 'ADMIN');
 */
export async function requireRole(req: FastifyRequest, role: Role): Promise<Principal | null> {
  await authorize(req, role);
  return req.principal;
}

function csrfError(): Error {
  return Object.assign(new Error(`En-tête ${CSRF_HEADER} manquant : une écriture authentifiée par cookie doit venir de l’application (protection CSRF).`), {
    statusCode: 403,
    code: 'CSRF',
  });
}

const credentialsSchema = z.object({ name: z.string().max(400), password: z.string().max(400) });
const setupSchema = z.object({ code: z.string().max(200), name: z.string().max(400), password: z.string().max(400) });

export interface AuthOptions {
  accounts: Accounts;
  publicRead: boolean;
  limits: RateLimits;
  /** The address of the app, for the first-start setup link. */
  publicUrl: string;
}

export async function registerAuth(app: FastifyInstance, opts: AuthOptions): Promise<void> {
  const { accounts, limits } = opts;
  app.decorate('accounts', accounts);
  app.decorateRequest('principal', null);
  app.decorate('publicRead', opts.publicRead);

  // Routes that declare nothing are refused: say so when they are registered.
  app.addHook('onRoute', (route) => {
    const c = route.config as RouteAccess | undefined;
    if (!c?.public && !c?.role && route.method !== 'OPTIONS')
      app.log.warn(`route ${String(route.method)} ${route.url} declares no role (config.role or config.public): it is refused to everyone`);
  });

  app.addHook('onRequest', async (req) => {
    const access = (req.routeOptions.config ?? {}) as RouteAccess;
    const unsafe = !SAFE_METHODS.has(req.method);
    // CSRF: a write carried by the session cookie (or a sign-in) must carry the custom header,
    // which a foreign page cannot add without a CORS preflight that the app refuses.
    if (unsafe && bearerOf(req) === undefined && (access.csrf || sessionCookie(req)) && !req.headers[CSRF_HEADER]) throw csrfError();
    // The 404 handler (the explorer's index.html for its own paths) and CORS preflights are open.
    if (req.is404 || req.method === 'OPTIONS' || access.public) return;
    if (!access.role) {
      req.log.error(`route ${req.method} ${req.routeOptions.url} declares no role: refused`);
      throw new AccessError('FORBIDDEN', 'Route sans rôle déclaré : refusée.');
    }
    await authorize(req, access.role);
  });

  const setCookie = (req: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) =>
    reply.header(
      'set-cookie',
      fastifyCookie.serialize(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', maxAge }),
    );

  app.post('/api/auth/sign-in', { config: { public: true, csrf: true }, preHandler: limits.signIn }, async (req, reply) => {
    const body = credentialsSchema.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: 'name et password (textes) sont attendus' });
    const session = await accounts.signIn(body.data.name, body.data.password);
    if (!session) {
      req.log.info('sign-in refused');
      return reply.code(401).send({ error: 'Nom ou mot de passe incorrect.' });
    }
    setCookie(req, reply, session.cookie, accounts.sessionMaxAgeS);
    const { id, name, role } = session.user;
    return { user: { id, name, role }, expiresAt: session.expiresAt.toISOString() };
  });

  app.post('/api/auth/sign-out', { config: { public: true, csrf: true } }, async (req, reply) => {
    const cookie = sessionCookie(req);
    if (cookie) await accounts.signOut(cookie);
    setCookie(req, reply, '', 0);
    return reply.code(204).send();
  });

  // The first administrator, with the one-time code of the setup link; signs them in.
  app.post('/api/auth/setup', { config: { public: true, csrf: true }, preHandler: limits.signIn }, async (req, reply) => {
    const body = setupSchema.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: 'code, name et password (textes) sont attendus' });
    const created = await accounts.completeSetup(body.data.code, body.data.name, body.data.password);
    if (!created.ok)
      return reply.code(created.problems.some((p) => p.where === 'code') ? 403 : 400).send({ error: created.problems[0]?.message, problems: created.problems });
    req.log.warn({ account: created.value.name }, 'first administrator created with the setup link');
    const session = await accounts.signIn(body.data.name, body.data.password);
    if (session) setCookie(req, reply, session.cookie, accounts.sessionMaxAgeS);
    return { user: { id: created.value.id, name: created.value.name, role: created.value.role } };
  });

  // First start with no account: a one-time link in the log to create the first administrator.
  // In the background (a database still starting does not delay the app); tried again every
  // 10 s until the database answers.
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  const announce = async () => {
    try {
      const code = await accounts.prepareSetup();
      if (code)
        app.log.warn(`No account yet. Create the first administrator (this link works once, until the server restarts): ${opts.publicUrl}/#setup=${code}`);
    } catch (e) {
      if (closed) return;
      app.log.warn({ err: (e as Error).message }, 'cannot tell yet whether an account exists: the setup link will follow');
      retry = setTimeout(() => void announce(), 10_000);
      retry.unref();
    }
  };
  app.addHook('onReady', async () => {
    void announce();
  });
  app.addHook('onClose', async () => {
    closed = true;
    clearTimeout(retry);
  });
}
