// The Pothos builder: context and scalars only; types live in their own files.
import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Principal } from '../auth/roles.js';
import type { Executor } from '../neo4j/executor.js';
import type { Loaders } from './loaders.js';

export interface Context {
  db: Executor;
  loaders: Loaders;
  principal: Principal | null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
}>({ defaultFieldNullability: false });

builder.scalarType('JSON', {
  description: 'Any JSON value',
  serialize: (v) => v,
  parseValue: (v) => v,
});

builder.queryType({});
builder.mutationType({});

/** A client error that names the argument (or input field) that is wrong. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
