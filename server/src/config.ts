// Configuration: validated once at start, typed, and read nowhere else.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

const port = (name: string, def: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be an integer`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`)
    .default(def);

const positiveInt = (name: string, def: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be an integer`)
    .positive(`${name} must be positive`)
    .default(def);

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

const bool = (name: string) => z.enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` }).transform((v) => v === 'true' || v === '1');

const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const baseSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port('PORT', 4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'NEO4J_URI must look like neo4j://host:7687, neo4j+s://… or bolt://…')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  /** Unset with the embedded Neo4j: a random password is generated at first start and kept in NEO4J_EMBEDDED_DIR. */
  NEO4J_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'NEO4J_DATABASE is not a valid database name')
      .optional(),
  ),
  /** Embedded Neo4j (used when NEO4J_URI is unset). */
  NEO4J_EMBEDDED_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_EMBEDDED_PORT: port('NEO4J_EMBEDDED_PORT', 7687),
  NEO4J_EMBEDDED_HEAP_MB: positiveInt('NEO4J_EMBEDDED_HEAP_MB', 2560),
  NEO4J_EMBEDDED_PAGECACHE_MB: positiveInt('NEO4J_EMBEDDED_PAGECACHE_MB', 256),
  NEO4J_EMBEDDED_START_TIMEOUT_S: positiveInt('NEO4J_EMBEDDED_START_TIMEOUT_S', 300),
  /** Load the Finistère seed when the database holds no cartography yet. */
  /** Restarts of a dead embedded JVM before the app gives up and exits non-zero. */
  NEO4J_EMBEDDED_MAX_RESTARTS: positiveInt('NEO4J_EMBEDDED_MAX_RESTARTS', 5),
  SEED_ON_EMPTY: bool('SEED_ON_EMPTY').default(true),
  /** GraphiQL and introspection: on by default outside production, off in production. */
  GRAPHIQL: z.preprocess(emptyToUndefined, bool('GRAPHIQL').optional()),
  INTROSPECTION: z.preprocess(emptyToUndefined, bool('INTROSPECTION').optional()),
  /** Comma-separated list of origins allowed by CORS; empty = same origin only. */
  CORS_ORIGINS: list,
  /** Host names the app answers to (DNS-rebinding guard); empty = localhost, 127.0.0.1, ::1 and HOST. */
  ALLOWED_HOSTS: list,
  /** Behind a reverse proxy or load balancer: trust X-Forwarded-For for the client address. */
  TRUST_PROXY: bool('TRUST_PROXY').default(false),
  BODY_LIMIT_MB: positiveInt('BODY_LIMIT_MB', 20),
  /** A read request (and its transactions) is cancelled after this time. */
  REQUEST_TIMEOUT_S: positiveInt('REQUEST_TIMEOUT_S', 30),
  /** An import (one write transaction) is cancelled after this time. */
  IMPORT_TIMEOUT_S: positiveInt('IMPORT_TIMEOUT_S', 300),
  /** Cypher queries one GraphQL request may run. */
  QUERY_BUDGET: positiveInt('QUERY_BUDGET', 50),
  /** Per client address and minute. */
  RATE_LIMIT_WRITES_PER_MIN: positiveInt('RATE_LIMIT_WRITES_PER_MIN', 30),
  RATE_LIMIT_EXPORTS_PER_MIN: positiveInt('RATE_LIMIT_EXPORTS_PER_MIN', 10),
  /** Sign-in (and first-administrator) attempts per client address and minute. */
  RATE_LIMIT_SIGN_IN_PER_MIN: positiveInt('RATE_LIMIT_SIGN_IN_PER_MIN', 10),
  /** Backups (`npm run backup`, and the scheduled one when BACKUP_INTERVAL_H > 0). */
  BACKUP_DIR: z.string().min(1).default('.data/backups'),
  BACKUP_KEEP: positiveInt('BACKUP_KEEP', 14),
  BACKUP_INTERVAL_H: z.coerce
    .number({ error: 'BACKUP_INTERVAL_H must be a number' })
    .min(0, 'BACKUP_INTERVAL_H must be 0 (off) or a number of hours')
    .default(0),
  /** Accounts (SPEC "Accounts and roles"). When set, this bearer token is an ADMIN named `admin-token` (automation, tests, CI). */
  AGIR_ADMIN_TOKEN: z.preprocess(emptyToUndefined, z.string().min(24, 'AGIR_ADMIN_TOKEN must be at least 24 characters long').optional()),
  /** Anonymous requests read as VIEWER (a published cartography); they never write. */
  PUBLIC_READ: bool('PUBLIC_READ').default(false),
  /** Hours a browser session lasts after sign-in. */
  SESSION_HOURS: positiveInt('SESSION_HOURS', 12),
  /** Secret that signs the session cookie; empty = generated once and kept in the database (shared by every app server). */
  SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'SESSION_SECRET must be at least 32 characters long').optional()),
  /** The address users reach the app at (the first-start setup link uses it); empty = http://HOST:PORT. */
  PUBLIC_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'PUBLIC_URL must start with http:// or https://')
      .optional(),
  ),
});

/** Defaults that depend on other variables. */
export const configSchema = baseSchema.transform((c) => {
  const dev = c.NODE_ENV !== 'production';
  return { ...c, GRAPHIQL: c.GRAPHIQL ?? dev, INTROSPECTION: c.INTROSPECTION ?? c.GRAPHIQL ?? dev };
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (if present) under the real environment, validates, and returns the typed config. */
export function loadConfig(env: Record<string, string | undefined> = process.env, dotenvPath = '.env'): Config {
  let fileVars: Record<string, string> = {};
  if (dotenvPath && existsSync(dotenvPath)) fileVars = parseDotenv(readFileSync(dotenvPath));
  const merged = { ...fileVars, ...env };
  const keys = Object.keys(baseSchema.shape);
  const input: Record<string, unknown> = {};
  for (const k of keys) if (merged[k] !== undefined) input[k] = merged[k];
  const result = configSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => {
        const name = String(i.path[0] ?? '?');
        return `${name}: ${i.message}${input[name] !== undefined ? ` (got "${String(input[name])}")` : ''}`;
      }),
    );
  }
  return result.data;
}
