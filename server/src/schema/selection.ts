// Which fields a request asks for under a list field, so that the list's one Cypher query reads only
// the relations that will be resolved (issue 14.4: no unasked `links`).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Field nodes of a selection set, fragments (inline and named) flattened. */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet, info, out);
    else fieldsOf(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/**
 * The names of the fields selected at `path` below the resolved field (e.g. ['edges', 'node'] for a
 * connection), over every occurrence of the field in the request (aliases included).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((f) => fieldsOf(f.selectionSet, info)).filter((f) => f.name.value === name);
  return new Set(level.flatMap((f) => fieldsOf(f.selectionSet, info)).map((f) => f.name.value));
}

/** The relations among `names` that the request selects at `path`. */
export function selectedAmong<K extends string>(info: GraphQLResolveInfo, names: readonly K[], path: readonly string[] = []): K[] {
  const selected = selectedFields(info, path);
  return names.filter((n) => selected.has(n));
}

/**
 * The stored properties among `props` that the request selects at `path` (id and name always: the
 * cursor and the identity of an object need them), in `props` order.
 */
export function selectedProps<P extends string>(info: GraphQLResolveInfo, props: readonly P[], path: readonly string[] = []): P[] {
  const selected = selectedFields(info, path);
  return props.filter((p) => p === 'id' || p === 'name' || selected.has(p));
}
