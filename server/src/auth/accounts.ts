// Accounts, API tokens and browser sessions, stored in Neo4j (SPEC "Accounts and roles").
// Passwords are hashed with argon2id (@node-rs/argon2); API tokens and session secrets are
// random 256-bit values of which only a SHA-256 hash is stored (they are not guessable, so a
// fast hash is enough); the session cookie is also signed. AGIR_ADMIN_TOKEN is compared in
// constant time and needs no database.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { fastifyCookie } from '@fastify/cookie';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import {
  countAdmins,
  countUsers,
  createFirstAdmin,
  createSession,
  createToken,
  createUser,
  deleteSession,
  deleteUser,
  revokeToken,
  sessionSecret,
  sessionUser,
  type TokenRow,
  tokenByHash,
  tokens as tokensQuery,
  type UserRow,
  updateUser,
  userByName,
  users as usersQuery,
} from '../../../cypher/accounts/queries.js';
import type { ImportProblem } from '../import/document.js';
import type { Executor } from '../neo4j/executor.js';
import { searchKey } from '../vocabulary.js';
import { isRole, type Principal, type Role } from './roles.js';

export const SESSION_COOKIE = 'agir_session';
export const ADMIN_TOKEN_NAME = 'admin-token';
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const NAME_MAX = 100;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;
const now = () => new Date().toISOString();

/** A hash to verify against when the account does not exist, so that timing does not tell names apart. */
let dummyHash: Promise<string> | undefined;

export interface AccountsOptions {
  db: Executor;
  adminToken?: string | undefined;
  sessionHours: number;
  sessionSecret?: string | undefined;
}

export interface AccountInput {
  name: string;
  password: string;
  role: Role;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

const CONTROL = /[\u0000-\u001f\u007f]/;

function checkName(name: string, where: string): ImportProblem[] {
  const n = name.trim();
  if (!n) return [{ where, message: 'le nom est obligatoire' }];
  if (n.length > NAME_MAX) return [{ where, message: `le nom est trop long (au plus ${NAME_MAX} caractères)` }];
  if (CONTROL.test(n)) return [{ where, message: 'le nom contient un caractère de contrôle' }];
  return [];
}

function checkPassword(password: string, where: string): ImportProblem[] {
  if (password.length < PASSWORD_MIN) return [{ where, message: `le mot de passe doit faire au moins ${PASSWORD_MIN} caractères` }];
  if (password.length > PASSWORD_MAX) return [{ where, message: `le mot de passe est trop long (au plus ${PASSWORD_MAX} caractères)` }];
  return [];
}

const isUniqueViolation = (e: unknown) =>
  /ConstraintValidationFailed|already exists/i.test(`${(e as { code?: string }).code ?? ''} ${(e as Error).message ?? ''}`);

export class Accounts {
  private readonly db: Executor;
  private readonly adminTokenHash: Buffer | null;
  private readonly sessionMs: number;
  private secret: Promise<string> | null;
  private setupDone = false;
  private setupCodeHash: string | null = null;

  constructor(opts: AccountsOptions) {
    this.db = opts.db;
    this.adminTokenHash = opts.adminToken ? createHash('sha256').update(opts.adminToken).digest() : null;
    this.sessionMs = opts.sessionHours * 3600_000;
    this.secret = opts.sessionSecret ? Promise.resolve(opts.sessionSecret) : null;
  }

  get sessionMaxAgeS(): number {
    return Math.floor(this.sessionMs / 1000);
  }

  // ── first start ──────────────────────────────────────────────────────────

  /** True while no account exists (cached once one does: accounts never go back to none). */
  async setupRequired(): Promise<boolean> {
    if (this.setupDone) return false;
    const [row] = await this.db.read(countUsers, {});
    if ((row?.users ?? 0) > 0) this.setupDone = true;
    return !this.setupDone;
  }

  /**
   * At start: when no account exists, a one-time code for the setup link (kept hashed in this
   * process; a restart makes a new one). Null when there is an account already.
   */
  async prepareSetup(): Promise<string | null> {
    if (!(await this.setupRequired())) return null;
    const code = randomBytes(18).toString('base64url');
    this.setupCodeHash = sha256(code);
    return code;
  }

  /** Creates the first administrator with the one-time code; the code then stops working. */
  async completeSetup(code: string, name: string, password: string): Promise<Result<UserRow>> {
    const valid = this.setupCodeHash !== null && timingSafeEqual(Buffer.from(sha256(code)), Buffer.from(this.setupCodeHash));
    if (!valid || !(await this.setupRequired()))
      return { ok: false, problems: [{ where: 'code', message: 'lien de création invalide ou déjà utilisé (il est affiché au démarrage du serveur)' }] };
    const problems = [...checkName(name, 'name'), ...checkPassword(password, 'password')];
    if (problems.length) return { ok: false, problems };
    const rows = await this.db.write(createFirstAdmin, {
      id: randomUUID(),
      name: name.trim(),
      nameKey: searchKey(name.trim()),
      passwordHash: await argon2Hash(password),
      at: now(),
    });
    const user = rows[0]?.user;
    if (!user) return { ok: false, problems: [{ where: 'code', message: 'un compte existe déjà : connectez-vous' }] };
    this.setupCodeHash = null;
    this.setupDone = true;
    return { ok: true, value: user };
  }

  // ── who is asking ────────────────────────────────────────────────────────

  /** The principal of an `Authorization: Bearer …` secret: AGIR_ADMIN_TOKEN or a live API token. */
  async fromBearer(token: string): Promise<Principal | null> {
    if (this.adminTokenHash) {
      const given = createHash('sha256').update(token).digest();
      if (timingSafeEqual(given, this.adminTokenHash)) return { id: ADMIN_TOKEN_NAME, name: ADMIN_TOKEN_NAME, role: 'ADMIN', via: 'admin-token' };
    }
    if (!token.startsWith('agir_') || token.length > 200) return null;
    const [row] = await this.db.read(tokenByHash, { hash: sha256(token) });
    if (!row || !isRole(row.token.role)) return null;
    return { id: `token:${row.token.id}`, name: row.token.name, role: row.token.role, via: 'token' };
  }

  private async signingSecret(): Promise<string> {
    this.secret ??= this.db.write(sessionSecret, { candidate: randomBytes(32).toString('base64url') }).then(
      (rows) => {
        const s = rows[0]?.secret;
        if (!s) throw new Error('no session secret');
        return s;
      },
      (e) => {
        this.secret = null; // asked again on the next request
        throw e;
      },
    );
    return this.secret;
  }

  /** The principal of a signed session cookie, if the session is live. */
  async fromCookie(cookie: string): Promise<Principal | null> {
    const sessionSecret = await this.sessionSecretValue(cookie);
    if (!sessionSecret) return null;
    const [row] = await this.db.read(sessionUser, { hash: sha256(sessionSecret), now: now() });
    if (!row || !isRole(row.user.role)) return null;
    return { id: row.user.id, name: row.user.name, role: row.user.role, via: 'session' };
  }

  private async sessionSecretValue(cookie: string): Promise<string | null> {
    if (cookie.length > 300) return null;
    const r = fastifyCookie.unsign(cookie, await this.signingSecret());
    return r.valid && r.value ? r.value : null;
  }

  // ── sessions ─────────────────────────────────────────────────────────────

  /** Checks a name and password; on success opens a session and returns the signed cookie value. */
  async signIn(name: string, password: string): Promise<{ cookie: string; user: Principal; expiresAt: Date } | null> {
    if (!name.trim() || password.length === 0 || password.length > PASSWORD_MAX || name.length > NAME_MAX * 2) return null;
    const [row] = await this.db.read(userByName, { nameKey: searchKey(name.trim()) });
    if (!row) {
      dummyHash ??= argon2Hash(randomBytes(16).toString('hex'));
      await argon2Verify(await dummyHash, password).catch(() => false);
      return null;
    }
    if (!(await argon2Verify(row.user.passwordHash, password).catch(() => false))) return null;
    if (!isRole(row.user.role)) return null;
    const value = randomBytes(32).toString('base64url');
    const at = new Date();
    const expiresAt = new Date(at.getTime() + this.sessionMs);
    await this.db.write(createSession, { userId: row.user.id, hash: sha256(value), at: at.toISOString(), expiresAt: expiresAt.toISOString() });
    return {
      cookie: fastifyCookie.sign(value, await this.signingSecret()),
      user: { id: row.user.id, name: row.user.name, role: row.user.role, via: 'session' },
      expiresAt,
    };
  }

  async signOut(cookie: string): Promise<void> {
    const value = await this.sessionSecretValue(cookie);
    if (value) await this.db.write(deleteSession, { hash: sha256(value) });
  }

  // ── management (ADMIN) ───────────────────────────────────────────────────

  async listUsers(): Promise<UserRow[]> {
    return (await this.db.read(usersQuery, {})).map((r) => r.user);
  }

  async createUser(input: AccountInput, by: string): Promise<Result<UserRow>> {
    const problems = [...checkName(input.name, 'input.name'), ...checkPassword(input.password, 'input.password')];
    if (problems.length) return { ok: false, problems };
    const name = input.name.trim();
    try {
      const [row] = await this.db.write(createUser, {
        id: randomUUID(),
        name,
        nameKey: searchKey(name),
        role: input.role,
        passwordHash: await argon2Hash(input.password),
        at: now(),
        by,
      });
      if (!row) throw new Error('account not created');
      this.setupDone = true;
      return { ok: true, value: row.user };
    } catch (e) {
      if (isUniqueViolation(e)) return { ok: false, problems: [{ where: 'input.name', message: `un compte « ${name} » existe déjà` }] };
      throw e;
    }
  }

  /** Changes a role and/or sets a new password; the last administrator keeps its role. */
  async updateUser(id: string, change: { role?: Role | null; password?: string | null }): Promise<Result<UserRow>> {
    const problems = change.password != null ? checkPassword(change.password, 'password') : [];
    if (problems.length) return { ok: false, problems };
    if (change.role && change.role !== 'ADMIN' && !(await this.otherAdmins(id)))
      return { ok: false, problems: [{ where: 'role', message: 'c’est le dernier administrateur : nommez-en un autre d’abord' }] };
    const [row] = await this.db.write(updateUser, {
      id,
      role: change.role ?? null,
      passwordHash: change.password != null ? await argon2Hash(change.password) : null,
      endSessions: change.password != null || (change.role != null && change.role !== 'ADMIN'),
      at: now(),
    });
    if (!row) return { ok: false, problems: [{ where: 'id', message: `compte inconnu « ${id} »` }] };
    return { ok: true, value: row.user };
  }

  async deleteUser(id: string): Promise<Result<true>> {
    const target = (await this.listUsers()).find((u) => u.id === id);
    if (!target) return { ok: false, problems: [{ where: 'id', message: `compte inconnu « ${id} »` }] };
    if (target.role === 'ADMIN' && !(await this.otherAdmins(id)))
      return { ok: false, problems: [{ where: 'id', message: 'c’est le dernier administrateur : nommez-en un autre d’abord' }] };
    await this.db.write(deleteUser, { id });
    return { ok: true, value: true };
  }

  private async otherAdmins(id: string): Promise<boolean> {
    const [row] = await this.db.read(countAdmins, { except: id });
    return (row?.admins ?? 0) > 0;
  }

  async listTokens(): Promise<TokenRow[]> {
    return (await this.db.read(tokensQuery, {})).map((r) => r.token);
  }

  /** A new API token; its secret is returned here once and never again (only its hash is kept). */
  async createToken(name: string, role: Role, by: string): Promise<Result<{ token: TokenRow; secret: string }>> {
    const problems = checkName(name, 'name');
    if (problems.length) return { ok: false, problems };
    const value = secret('agir_');
    const [row] = await this.db.write(createToken, { id: randomUUID(), name: name.trim(), role, hash: sha256(value), at: now(), by });
    if (!row) throw new Error('token not created');
    return { ok: true, value: { token: row.token, secret: value } };
  }

  async revokeToken(id: string): Promise<Result<TokenRow>> {
    const [row] = await this.db.write(revokeToken, { id, at: now() });
    if (!row) return { ok: false, problems: [{ where: 'id', message: `jeton inconnu « ${id} »` }] };
    return { ok: true, value: row.token };
  }
}
