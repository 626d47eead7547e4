// The GraphQL client: documents typed from schema.graphql by gql.tada (graphql-env.d.ts is
// generated: `npm run graphql:types`), and one small fetch wrapper.
import { print } from '@0no-co/graphql.web';
import { initGraphQLTada, type ResultOf, type TadaDocumentNode, type VariablesOf } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{ introspection: introspection; scalars: { JSON: unknown } }>();
export type { ResultOf, VariablesOf };

/** The enum of the analyses, as the server names them. */
export type AnalysisId = introspection['types']['Analysis']['enumValues'];

export class ApiError extends Error {}

export async function request<R, V>(doc: TadaDocumentNode<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  const res = await fetch('/graphql', {
    method: 'POST',
    // The CSRF header: the server refuses cookie-authenticated writes without it (ADR 010).
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-requested-with': 'agir' },
    body: JSON.stringify({ query: print(doc), variables }),
    signal,
  });
  const body = (await res.json().catch(() => null)) as { data?: R; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body?.data) throw new ApiError(`HTTP ${res.status}`);
  return body.data;
}
