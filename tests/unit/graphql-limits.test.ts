// Every query the explorer sends (every graphql(`…`) document under web/src) passes the GraphQL
// limits with margin: it would still pass at half of each limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../../server/src/http/graphql.js';
import { schema } from '../../server/src/schema/index.js';

/** The source files of the explorer (web/src), tests excepted. */
function webSources(dir = 'web/src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return webSources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The GraphQL documents the explorer sends: the `graphql(`…`)` calls of its sources. */
function explorerQueries(): string[] {
  const docs = webSources().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)].map((m) => m[1] as string));
  return [...new Set(docs)];
}

const half = (n: number) => Math.floor(n / 2);

describe('GraphQL limits and the explorer', () => {
  const queries = explorerQueries();

  it('finds the explorer queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    expect(queries.some((q) => q.includes('barrierCoverage') && q.includes('email'))).toBe(true);
  });

  it.each(queries.map((q) => [q.replace(/\s+/g, ' ').slice(0, 70), q]))('%s… passes at half the limits', (_name, query) => {
    const rejected: GraphQLError[] = [];
    const onReject = [(_ctx: unknown, e: GraphQLError) => rejected.push(e)];
    const doc = parse(query, { maxTokens: half(GRAPHQL_LIMITS.maxTokens) });
    const errors = validate(schema, doc, [
      ...specifiedRules,
      maxDepthRule({ n: half(GRAPHQL_LIMITS.maxDepth), onReject, propagateOnRejection: true }),
      maxAliasesRule({ n: half(GRAPHQL_LIMITS.maxAliases), onReject, propagateOnRejection: true }),
      maxDirectivesRule({ n: half(GRAPHQL_LIMITS.maxDirectives), onReject, propagateOnRejection: true }),
      costLimitRule({ maxCost: half(GRAPHQL_LIMITS.maxCost), onReject, propagateOnRejection: true }),
    ]);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(rejected.map((e) => e.message)).toEqual([]);
  });

  it('the rules do refuse what is over the limit (the check above can fail)', () => {
    const deep = `{ territory(id: "29") { ${'children { '.repeat(12)}id${' }'.repeat(12)} } }`;
    expect(() => validate(schema, parse(deep), [maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth })])).toThrow(/depth limit of 10 exceeded/i);
  });
});
