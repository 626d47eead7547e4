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
