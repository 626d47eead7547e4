// Roles and who is asking (SPEC "Accounts and roles"): VIEWER reads; EDITOR also saves, deletes,
// undoes and imports with MERGE; ADMIN also imports with REPLACE and manages accounts and tokens.

export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** Whether `role` includes the rights of `needed`. */
export const atLeast = (role: Role | null | undefined, needed: Role): boolean => !!role && RANK[role] >= RANK[needed];

/** The French name of a role, for messages. */
export const ROLE_FR: Record<Role, string> = { VIEWER: 'lecteur', EDITOR: 'éditeur', ADMIN: 'administrateur' };

/** Who made a request: a signed-in account, an API token, or the AGIR_ADMIN_TOKEN. */
export interface Principal {
  /** The account id, `token:<id>` for an API token, `admin-token` for AGIR_ADMIN_TOKEN. */
  id: string;
  /** What the history records as `by`: the account's or the token's name. */
  name: string;
  role: Role;
  via: 'session' | 'token' | 'admin-token';
}

/** What a route declares in its options: `config: { role: 'EDITOR' }` or `config: { public: true }`. */
export interface RouteAccess {
  role?: Role;
  public?: boolean;
  /** A write that must carry the CSRF header even without a session cookie (sign-in, setup). */
  csrf?: boolean;
}

/** A refusal: 401 without credentials, 403 without the right. Nothing has been written. */
export class AccessError extends Error {
  readonly statusCode: 401 | 403;
  readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  constructor(kind: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) {
    super(message);
    this.name = 'AccessError';
    this.code = kind;
    this.statusCode = kind === 'UNAUTHENTICATED' ? 401 : 403;
  }
}

export const SIGN_IN_NEEDED = 'Connectez-vous pour accéder à la cartographie.';
export const SETUP_NEEDED =
  'Aucun compte n’existe encore : ouvrez le lien de création du premier administrateur affiché dans le journal du serveur au démarrage.';

export function forbidden(role: Role | null, needed: Role): AccessError {
  return new AccessError(
    'FORBIDDEN',
    role ? `Action réservée au rôle ${ROLE_FR[needed]} ou plus (votre rôle : ${ROLE_FR[role]}).` : `Action réservée au rôle ${ROLE_FR[needed]} ou plus.`,
  );
}

/**
 * The decision for a caller: `user` (null when anonymous) with `publicRead` (anonymous reads as
 * VIEWER) against the role needed. Throws an AccessError, or returns the role it was granted with.
 */
export function decide(user: Principal | null, publicRead: boolean, needed: Role): Role {
  if (user) {
    if (!atLeast(user.role, needed)) throw forbidden(user.role, needed);
    return user.role;
  }
  if (publicRead && needed === 'VIEWER') return 'VIEWER';
  if (publicRead) throw new AccessError('UNAUTHENTICATED', `Connectez-vous : cette action demande le rôle ${ROLE_FR[needed]}.`);
  throw new AccessError('UNAUTHENTICATED', SIGN_IN_NEEDED);
}
