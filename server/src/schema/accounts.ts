// Accounts in GraphQL: `me` (anyone: null when anonymous), and the ADMIN fields that list,
// create, change and remove accounts and API tokens (listed in http/graphql-auth.ts, which
// refuses them before execution; each resolver checks again). Problems come back as data.
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { TokenRow, UserRow } from '../../../cypher/accounts/queries.js';
import type { Accounts, Result } from '../auth/accounts.js';
import { atLeast, forbidden, ROLES, type Role } from '../auth/roles.js';
import { builder, type Context } from './builder.js';
import { ImportProblemRef } from './import.js';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

type UserShape = Pick<UserRow, 'id' | 'name' | 'createdAt' | 'createdBy' | 'lastSignInAt'> & { role: string };

const UserRef = builder.objectRef<UserShape>('User').implement({
  description: 'An account (or, for `me`, an API token or AGIR_ADMIN_TOKEN, named after it).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role as Role }),
    createdAt: t.string({ nullable: true, resolve: (u) => u.createdAt ?? null }),
    createdBy: t.string({ nullable: true, resolve: (u) => u.createdBy ?? null }),
    lastSignInAt: t.string({ nullable: true, resolve: (u) => u.lastSignInAt ?? null }),
  }),
});

const ApiTokenRef = builder.objectRef<TokenRow>('ApiToken').implement({
  description: 'A named API token with a role (its secret is shown once, at creation).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (x) => x.role as Role }),
    createdAt: t.string({ nullable: true, resolve: (x) => x.createdAt ?? null }),
    createdBy: t.string({ nullable: true, resolve: (x) => x.createdBy ?? null }),
    revokedAt: t.string({ nullable: true, resolve: (x) => x.revokedAt ?? null }),
  }),
});

interface AccountResult {
  ok: boolean;
  problems: { where: string; message: string }[];
  user: UserShape | null;
}
const AccountResultRef = builder.objectRef<AccountResult>('AccountResult').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    problems: t.field({ type: [ImportProblemRef], resolve: (r) => r.problems }),
    user: t.field({ type: UserRef, nullable: true, resolve: (r) => r.user }),
  }),
});

interface TokenResult {
  ok: boolean;
  problems: { where: string; message: string }[];
  token: TokenRow | null;
  secret: string | null;
}
const ApiTokenResultRef = builder.objectRef<TokenResult>('ApiTokenResult').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    problems: t.field({ type: [ImportProblemRef], resolve: (r) => r.problems }),
    token: t.field({ type: ApiTokenRef, nullable: true, resolve: (r) => r.token }),
    secret: t.string({
      nullable: true,
      description: 'The token to send as `Authorization: Bearer …`: shown here once, never again (only its hash is stored).',
      resolve: (r) => r.secret,
    }),
  }),
});

const NewUserInput = builder.inputType('NewUserInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    password: t.string({ required: true, description: `At least 10 characters.` }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});

/** The accounts of the app serving this request, after checking (again) that the caller is an ADMIN. */
function adminAccounts(ctx: Context): Accounts {
  const role = ctx.principal?.role ?? null;
  if (!atLeast(role, 'ADMIN')) {
    const e = role ? forbidden(role, 'ADMIN') : null;
    throw new GraphQLError(e?.message ?? 'Connectez-vous.', { extensions: { code: role ? 'FORBIDDEN' : 'UNAUTHENTICATED' } });
  }
  return (ctx as Context & { req: FastifyRequest }).req.server.accounts;
}

const byOf = (ctx: Context) => ctx.principal?.name ?? 'inconnu';

function account(r: Result<UserShape>): AccountResult {
  return r.ok ? { ok: true, problems: [], user: r.value } : { ok: false, problems: r.problems, user: null };
}

builder.queryFields((t) => ({
  me: t.field({
    type: UserRef,
    nullable: true,
    description: 'Who is asking: null when the request carries no valid credentials.',
    resolve: (_r, _a, ctx) => (ctx.principal ? { id: ctx.principal.id, name: ctx.principal.name, role: ctx.principal.role } : null),
  }),
  publicRead: t.boolean({
    description: 'Whether anonymous visitors may read (PUBLIC_READ, once the first administrator exists): the explorer then opens without signing in.',
    resolve: async (_r, _a, ctx) => {
      const server = (ctx as Context & { req: FastifyRequest }).req.server;
      return server.publicRead && !(await server.accounts.setupRequired());
    },
  }),
  users: t.field({ type: [UserRef], description: 'Every account (ADMIN).', resolve: (_r, _a, ctx) => adminAccounts(ctx).listUsers() }),
  apiTokens: t.field({
    type: [ApiTokenRef],
    description: 'Every API token, revoked ones included (ADMIN).',
    resolve: (_r, _a, ctx) => adminAccounts(ctx).listTokens(),
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.field({
    type: AccountResultRef,
    description: 'A new account (ADMIN).',
    args: { input: t.arg({ type: NewUserInput, required: true }) },
    resolve: async (_r, { input }, ctx) => account(await adminAccounts(ctx).createUser(input, byOf(ctx))),
  }),
  updateUser: t.field({
    type: AccountResultRef,
    description: 'Changes an account’s role and/or password (ADMIN); its sessions end. The last administrator keeps its role.',
    args: { id: t.arg.id({ required: true }), role: t.arg({ type: RoleEnum }), password: t.arg.string() },
    resolve: async (_r, { id, role, password }, ctx) =>
      account(await adminAccounts(ctx).updateUser(String(id), { role: role ?? null, password: password ?? null })),
  }),
  deleteUser: t.field({
    type: AccountResultRef,
    description: 'Removes an account and its sessions (ADMIN); never the last administrator.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, { id }, ctx) => {
      const r = await adminAccounts(ctx).deleteUser(String(id));
      return r.ok ? { ok: true, problems: [], user: null } : { ok: false, problems: r.problems, user: null };
    },
  }),
  createApiToken: t.field({
    type: ApiTokenResultRef,
    description: 'A new API token (ADMIN); its secret is in this answer only.',
    args: { name: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: async (_r, { name, role }, ctx) => {
      const r = await adminAccounts(ctx).createToken(name, role, byOf(ctx));
      return r.ok ? { ok: true, problems: [], token: r.value.token, secret: r.value.secret } : { ok: false, problems: r.problems, token: null, secret: null };
    },
  }),
  revokeApiToken: t.field({
    type: ApiTokenResultRef,
    description: 'Revokes an API token at once (ADMIN); it stays listed with its revocation date.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, { id }, ctx) => {
      const r = await adminAccounts(ctx).revokeToken(String(id));
      return r.ok ? { ok: true, problems: [], token: r.value, secret: null } : { ok: false, problems: r.problems, token: null, secret: null };
    },
  }),
}));
