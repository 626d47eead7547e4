import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';

describe('configuration', () => {
  it('has safe defaults: loopback, port 4000, embedded Neo4j', () => {
    const c = loadConfig({}, '');
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_EMBEDDED_DIR).toBe('.data/neo4j');
    expect(c.SEED_ON_EMPTY).toBe(true);
    expect(c.CORS_ORIGINS).toEqual([]);
  });

  it('hardening defaults: limits, loopback hosts, GraphiQL and introspection on outside production only', () => {
    const c = loadConfig({}, '');
    expect([c.REQUEST_TIMEOUT_S, c.IMPORT_TIMEOUT_S, c.QUERY_BUDGET, c.BODY_LIMIT_MB]).toEqual([30, 300, 50, 20]);
    expect([c.RATE_LIMIT_WRITES_PER_MIN, c.RATE_LIMIT_EXPORTS_PER_MIN]).toEqual([30, 10]);
    expect(c.ALLOWED_HOSTS).toEqual([]);
    expect(c.NEO4J_PASSWORD).toBeUndefined();
    expect([c.GRAPHIQL, c.INTROSPECTION]).toEqual([true, true]);
    const prod = loadConfig({ NODE_ENV: 'production' }, '');
    expect([prod.GRAPHIQL, prod.INTROSPECTION]).toEqual([false, false]);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }, '').INTROSPECTION).toBe(true);
    expect(loadConfig({ ALLOWED_HOSTS: 'a.example, b.example' }, '').ALLOWED_HOSTS).toEqual(['a.example', 'b.example']);
  });

  it('reads .env.example as a valid configuration', () => {
    const c = loadConfig({}, '.env.example');
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_PASSWORD).toBeUndefined();
    expect(c.GRAPHIQL).toBe(true);
  });

  it('accepts neo4j, neo4j+s and bolt URIs', () => {
    for (const uri of ['neo4j://db.example:7687', 'neo4j+s://abcd.databases.neo4j.io', 'bolt://127.0.0.1:7687']) {
      expect(loadConfig({ NEO4J_URI: uri }, '').NEO4J_URI).toBe(uri);
    }
    expect(loadConfig({ NEO4J_URI: '' }, '').NEO4J_URI).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /PORT: PORT must be a number/],
    ['PORT', '70000', /PORT: PORT must be between 0 and 65535/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI: NEO4J_URI must look like/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: .*"loud"/],
    ['SEED_ON_EMPTY', 'maybe', /SEED_ON_EMPTY: SEED_ON_EMPTY must be true or false/],
    ['NEO4J_EMBEDDED_HEAP_MB', '-5', /NEO4J_EMBEDDED_HEAP_MB: NEO4J_EMBEDDED_HEAP_MB must be positive/],
  ])('rejects %s=%s with a message naming the variable', (name, value, message) => {
    let err: unknown;
    try {
      loadConfig({ [name]: value }, '');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(message);
  });

  it('reports every wrong variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' }, '');
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems).toHaveLength(2);
    }
  });

  it('makes `npm start` exit with code 1 and the variable name, before touching Neo4j', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', NEO4J_URI: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PORT: PORT must be a number (got "not-a-port")');
    expect(r.stdout).not.toContain('Neo4j');
  });
});
