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

export const configSchema = z.object({
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
  NEO4J_PASSWORD: z.string().default('neo4j'),
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
  NEO4J_EMBEDDED_HEAP_MB: positiveInt('NEO4J_EMBEDDED_HEAP_MB', 768),
  NEO4J_EMBEDDED_PAGECACHE_MB: positiveInt('NEO4J_EMBEDDED_PAGECACHE_MB', 256),
  NEO4J_EMBEDDED_START_TIMEOUT_S: positiveInt('NEO4J_EMBEDDED_START_TIMEOUT_S', 300),
  /** Load the Finistère seed when the database holds no cartography yet. */
  SEED_ON_EMPTY: z
    .enum(['true', 'false', '1', '0'], { error: 'SEED_ON_EMPTY must be true or false' })
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  GRAPHIQL: z
    .enum(['true', 'false', '1', '0'], { error: 'GRAPHIQL must be true or false' })
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Comma-separated list of origins allowed by CORS; empty = same origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  BODY_LIMIT_MB: positiveInt('BODY_LIMIT_MB', 20),
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
  const keys = Object.keys(configSchema.shape);
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
