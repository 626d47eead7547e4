// Rate limits per client address, with @fastify/rate-limit. One named preset per kind of
// route: a route (or a GraphQL operation) picks its preset, so a new route — the sign-in
// route of the accounts, the upload route of imports — reuses the same setup:
//   app.post('/api/sign-in', { preHandler: limits.signIn }, handler)
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../config.js';

export type RateLimitConfig = Pick<Config, 'RATE_LIMIT_WRITES_PER_MIN' | 'RATE_LIMIT_EXPORTS_PER_MIN' | 'RATE_LIMIT_SIGN_IN_PER_MIN'>;

export interface RateLimits {
  /** Any write: GraphQL mutations, uploads. */
  writes: preHandlerAsyncHookHandler;
  /** Whole-cartography exports. */
  exports: preHandlerAsyncHookHandler;
  /** Sign-in attempts: few, to slow password guessing. */
  signIn: preHandlerAsyncHookHandler;
}

const MINUTE = 60_000;

export async function registerRateLimits(app: FastifyInstance, config: RateLimitConfig): Promise<RateLimits> {
  // Not global: reads are bounded by the GraphQL limits and the query budget instead.
  await app.register(rateLimit, {
    global: false,
    // Thrown, then answered by the app's error handler (JSON, or GraphQL-shaped on /graphql).
    errorResponseBuilder: (_req, ctx) =>
      Object.assign(new Error(`Trop de requêtes : au plus ${ctx.max} par minute pour cette action. Réessayez dans ${Math.ceil(ctx.ttl / 1000)} s.`), {
        statusCode: ctx.statusCode,
        code: 'RATE_LIMITED',
      }),
  });
  // Each preset counts in its own store: exports do not use up the writes' allowance.
  const preset = (max: number) => app.rateLimit({ max, timeWindow: MINUTE }) as preHandlerAsyncHookHandler;
  return {
    writes: preset(config.RATE_LIMIT_WRITES_PER_MIN),
    exports: preset(config.RATE_LIMIT_EXPORTS_PER_MIN),
    signIn: preset(config.RATE_LIMIT_SIGN_IN_PER_MIN),
  };
}
