// Every query the explorer sends (read from web/src/api.ts) passes the GraphQL limits with
// margin: it would still pass at half of each limit.
import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../../server/src/http/graphql.js';
import { schema } from '../../server/src/schema/index.js';

/** The GraphQL documents of web/src/api.ts, with their `${CONSTANT}` parts filled in. */
function explorerQueries(): string[] {
  const src = readFileSync('web/src/api.ts', 'utf8');
  const constants = new Map<string, string>();
  for (const m of src.matchAll(/const (\w+) = (?:`([^`]*)`|'([^']*)')/g)) constants.set(m[1] as string, (m[2] ?? m[3]) as string);
  const fill = (s: string) => s.replace(/\$\{(\w+)\}/g, (_all, name: string) => constants.get(name) ?? _all);
  const docs = [...src.matchAll(/`([^`]*)`/g)].map((m) => fill(m[1] as string)).filter((s) => /^\s*(query|mutation|\{)/.test(s) && !s.includes('${'));
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
