// Test helper: accounts and browser sessions over HTTP, for apps listening on a port (e2e).
import { TEST_ADMIN_TOKEN } from './app.js';

export const TEST_PASSWORD = 'mot-de-passe-de-test-1';

/** Creates an account with the admin token (nothing if it exists already). */
export async function ensureAccount(base: string, name: string, role: 'VIEWER' | 'EDITOR' | 'ADMIN', password = TEST_PASSWORD): Promise<void> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    body: JSON.stringify({
      query: 'mutation($i: NewUserInput!) { createUser(input: $i) { ok problems { where message } } }',
      variables: { i: { name, password, role } },
    }),
  });
  const body = (await res.json()) as { data?: { createUser: { ok: boolean; problems: { message: string }[] } }; errors?: unknown[] };
  const r = body.data?.createUser;
  if (!r || (!r.ok && !r.problems.some((p) => p.message.includes('existe déjà')))) throw new Error(`account ${name} not created: ${JSON.stringify(body)}`);
}

/** Signs in over HTTP and returns the session cookie's value (for a browser context or a Cookie header). */
export async function sessionCookie(base: string, name: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'test' },
    body: JSON.stringify({ name, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${name}: HTTP ${res.status} ${await res.text()}`);
  const m = /agir_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m?.[1]) throw new Error('sign-in: no session cookie');
  return m[1];
}
