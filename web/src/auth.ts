// Who is signed in: `useMe()` for any component (the editing controls show to editors only:
// `canEdit(me)`), and the actions of the sign-in page, the header and the admin page.
// Requests go to the same origin with the session cookie; writes carry the CSRF header.
import { useSyncExternalStore } from 'react';
import { graphql, request } from './graphql';

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';
export interface Me {
  id: string;
  name: string;
  role: Role;
}

export interface AuthState {
  /** 'loading' until the server has said who we are. */
  status: 'loading' | 'ready' | 'error';
  me: Me | null;
  /** Anonymous visitors may read (PUBLIC_READ). */
  publicRead: boolean;
  error?: string;
}

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };
export const atLeast = (me: Me | null, role: Role): boolean => !!me && RANK[me.role] >= RANK[role];
/** Editing controls (forms, « Modifier », undo) are for EDITOR and ADMIN. */
export const canEdit = (me: Me | null): boolean => atLeast(me, 'EDITOR');

let state: AuthState = { status: 'loading', me: null, publicRead: false };
const listeners = new Set<() => void>();
function set(next: Partial<AuthState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useAuth = (): AuthState => useSyncExternalStore(subscribe, () => state);
/** The signed-in user, or null (anonymous). */
export const useMe = (): Me | null => useSyncExternalStore(subscribe, () => state.me);

const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      role
    }
    publicRead
  }
`);

export async function loadMe(): Promise<AuthState> {
  try {
    const r = await request(MeQuery, {});
    set({ status: 'ready', me: r.me as Me | null, publicRead: r.publicRead, error: undefined });
  } catch (e) {
    set({ status: 'error', error: (e as Error).message });
  }
  return state;
}

async function post(url: string, body: unknown): Promise<{ ok: boolean; status: number; body: Record<string, unknown> | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'agir' },
    body: JSON.stringify(body),
  });
  const parsed = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  return { ok: res.ok, status: res.status, body: parsed };
}

/** Signs in; resolves to an error message (from the server) or null on success. */
export async function signIn(name: string, password: string): Promise<string | null> {
  const r = await post('/api/auth/sign-in', { name, password });
  if (!r.ok) return String(r.body?.error ?? `HTTP ${r.status}`);
  await loadMe();
  return null;
}

/** Creates the first administrator with the setup link's code, then signs them in. */
export async function setupAdmin(code: string, name: string, password: string): Promise<string | null> {
  const r = await post('/api/auth/setup', { code, name, password });
  if (!r.ok) return String(r.body?.error ?? `HTTP ${r.status}`);
  await loadMe();
  return null;
}

export async function signOut(): Promise<void> {
  await post('/api/auth/sign-out', {});
  // A full reload: no data of the signed-in user stays in memory.
  location.assign('/');
}
