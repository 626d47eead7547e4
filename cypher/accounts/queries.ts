// Parameters and rows of the account queries of this folder (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';

export interface UserRow {
  id: string;
  name: string;
  role: string;
  createdAt?: string | null;
  createdBy?: string | null;
  lastSignInAt?: string | null;
}
export interface TokenRow {
  id: string;
  name: string;
  role: string;
  createdAt?: string | null;
  createdBy?: string | null;
  revokedAt?: string | null;
}
type NewUser = { id: string; name: string; nameKey: string; passwordHash: string; at: string };

export const countUsers = defineQuery<NoParams, { users: number }>('accounts/count-users');
export const countAdmins = defineQuery<{ except: string }, { admins: number }>('accounts/count-admins');
export const createUser = defineQuery<NewUser & { role: string; by: string }, { user: UserRow }>('accounts/create-user');
export const createFirstAdmin = defineQuery<NewUser, { user: UserRow }>('accounts/create-first-admin');
export const userByName = defineQuery<{ nameKey: string }, { user: { id: string; name: string; role: string; passwordHash: string } }>('accounts/user-by-name');
export const users = defineQuery<NoParams, { user: UserRow }>('accounts/users');
export const updateUser = defineQuery<{ id: string; role: string | null; passwordHash: string | null; endSessions: boolean; at: string }, { user: UserRow }>(
  'accounts/update-user',
);
export const deleteUser = defineQuery<{ id: string }, { deleted: number }>('accounts/delete-user');
export const createSession = defineQuery<{ userId: string; hash: string; at: string; expiresAt: string }, { created: number }>('accounts/create-session');
export const sessionUser = defineQuery<{ hash: string; now: string }, { user: { id: string; name: string; role: string } }>('accounts/session-user');
export const deleteSession = defineQuery<{ hash: string }, never>('accounts/delete-session');
export const createToken = defineQuery<{ id: string; name: string; role: string; hash: string; at: string; by: string }, { token: TokenRow }>(
  'accounts/create-token',
);
export const tokens = defineQuery<NoParams, { token: TokenRow }>('accounts/tokens');
export const tokenByHash = defineQuery<{ hash: string }, { token: { id: string; name: string; role: string } }>('accounts/token-by-hash');
export const revokeToken = defineQuery<{ id: string; at: string }, { token: TokenRow }>('accounts/revoke-token');
export const sessionSecret = defineQuery<{ candidate: string }, { secret: string }>('accounts/session-secret');
