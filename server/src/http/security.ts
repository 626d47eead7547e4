// Cross-site and network protections shared by every route: the Host check (DNS
// rebinding), CORS for the configured origins only (preflights answered), and security
// headers with a Content-Security-Policy that the explorer and GraphiQL satisfy without
// inline scripts.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

export type SecurityConfig = Pick<Config, 'HOST' | 'ALLOWED_HOSTS' | 'CORS_ORIGINS'>;

/** Host names accepted in the Host header: the configured ones, or loopback names and the listen address. */
export function allowedHosts(config: SecurityConfig): Set<string> {
  if (config.ALLOWED_HOSTS.length) return new Set(config.ALLOWED_HOSTS.map((h) => h.toLowerCase()));
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (!['0.0.0.0', '::', ''].includes(config.HOST)) hosts.add(config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST.toLowerCase());
  return hosts;
}

/** "example.org:4000" -> "example.org", "[::1]:4000" -> "[::1]". */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Cytoscape and GraphiQL's editor set style attributes; no inline script is allowed.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  // GraphiQL's editor starts its language workers from blob: URLs.
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Served over plain HTTP on 127.0.0.1 by default: no forced upgrade to HTTPS.
  upgradeInsecureRequests: null,
};

export async function registerSecurity(app: FastifyInstance, config: SecurityConfig): Promise<void> {
  const hosts = allowedHosts(config);
  const origins = new Set(config.CORS_ORIGINS);
  app.addHook('onRequest', async (req, reply) => {
    if (!hosts.has(hostName(req.headers.host))) {
      return reply.code(421).send({ error: `Host "${hostName(req.headers.host)}" is not served here (set ALLOWED_HOSTS to add it)` });
    }
    // A preflight from an origin that is not configured: a clear refusal (the browser then
    // does not send the request), rather than a 404 or 405.
    if (req.method === 'OPTIONS' && !origins.has(String(req.headers.origin))) {
      return reply.code(403).send({ error: `origin ${JSON.stringify(req.headers.origin ?? null)} is not allowed (set CORS_ORIGINS to allow it)` });
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // HSTS belongs to the TLS terminator in front of the app, not to plain HTTP.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });

  await app.register(cors, {
    // Only the configured origins get CORS headers; a preflight from another origin gets an
    // answer without them, which the browser treats as a refusal.
    origin: (origin, cb) => cb(null, origin !== undefined && origins.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'x-requested-with'],
    credentials: false,
    maxAge: 600,
    strictPreflight: true,
  });
}
