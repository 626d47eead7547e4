// Roles in GraphQL: before anything runs, the operation's root fields say which role it needs
// (queries VIEWER, mutations EDITOR, the fields below ADMIN; `me` is open so that a client
// learns whether it is signed in). A refusal stops the whole operation — nothing is written —
// and answers `extensions.code` UNAUTHENTICATED or FORBIDDEN (never masked).
import type { FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { AccessError, atLeast, type Role } from '../auth/roles.js';
import { authorize } from './auth.js';

/** Root fields that need ADMIN (accounts and tokens); importCartography needs it unless its mode is MERGE. */
export const ADMIN_FIELDS = {
  Query: new Set(['users', 'apiTokens']),
  Mutation: new Set(['createUser', 'updateUser', 'deleteUser', 'createApiToken', 'revokeApiToken']),
} as const;

/** Root query fields anyone may ask. */
const OPEN_FIELDS = new Set(['me', 'publicRead', '__typename']);

function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const f = fragments.get(s.name.value);
      if (f) out.push(...rootFields(f.selectionSet, fragments, seen));
    }
  }
  return out;
}

/** A REPLACE import needs ADMIN: anything but an explicit MERGE (literal or variable) counts as REPLACE. */
function importMode(field: FieldNode, op: OperationDefinitionNode, variables: Record<string, unknown>): 'MERGE' | 'OTHER' {
  const arg = field.arguments?.find((a) => a.name.value === 'mode');
  if (!arg) return 'OTHER';
  if (arg.value.kind === Kind.ENUM) return arg.value.value === 'MERGE' ? 'MERGE' : 'OTHER';
  if (arg.value.kind === Kind.VARIABLE) {
    const name = arg.value.name.value;
    if (name in variables) return variables[name] === 'MERGE' ? 'MERGE' : 'OTHER';
    const def = op.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
    return def?.kind === Kind.ENUM && def.value === 'MERGE' ? 'MERGE' : 'OTHER';
  }
  return 'OTHER';
}

/** The role an operation needs, or null when it only asks open fields. */
export function neededRole(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): Role | null {
  const op = getOperationAST(document, operationName);
  if (!op) return 'ADMIN'; // Yoga refuses it anyway
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let needed: Role | null = null;
  const need = (r: Role) => {
    if (!atLeast(needed, r)) needed = r;
  };
  for (const field of rootFields(op.selectionSet, fragments)) {
    const name = field.name.value;
    if (op.operation === 'query') {
      if (OPEN_FIELDS.has(name)) continue;
      need(ADMIN_FIELDS.Query.has(name) ? 'ADMIN' : 'VIEWER');
    } else if (op.operation === 'mutation') {
      if (name === '__typename') need('EDITOR');
      else if (ADMIN_FIELDS.Mutation.has(name)) need('ADMIN');
      else if (name === 'importCartography') need(importMode(field, op, variables) === 'MERGE' ? 'EDITOR' : 'ADMIN');
      else need('EDITOR');
    } else need('EDITOR');
  }
  return needed;
}

export function accessGraphQLError(e: AccessError): GraphQLError {
  return new GraphQLError(e.message, { extensions: { code: e.code, http: { status: e.statusCode } } });
}

/** The Yoga plugin: checks the operation against the caller before it executes. */
export function useRoles(): Plugin<{ req: FastifyRequest }> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const req = (args.contextValue as { req?: FastifyRequest }).req;
      const needed = neededRole(args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (!needed) return;
      try {
        if (!req) throw new AccessError('UNAUTHENTICATED', 'Requête sans contexte HTTP.');
        await authorize(req, needed);
      } catch (e) {
        if (!(e instanceof AccessError)) throw e;
        setResultAndStopExecution({ errors: [accessGraphQLError(e)] });
      }
    },
  };
}
