// Benchmarks drive the app as a signed-in user (accounts and roles, docs/adr/010): the app gets a
// throw-away admin token, API calls send it, and a browser gets an ADMIN account's session cookie.
import { randomBytes } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';

export const BENCH_ADMIN_TOKEN = randomBytes(24).toString('base64url');
export const BENCH_AUTH = { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` };

const NAME = 'Banc d’essai';
const PASSWORD = randomBytes(18).toString('base64url');

/** Creates the bench's ADMIN account with the token, signs it in, and gives the browser its cookie. */
export async function signInBrowser(base: string, browser: BrowserContext): Promise<void> {
  const created = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...BENCH_AUTH },
    body: JSON.stringify({
      query: 'mutation($i: NewUserInput!) { createUser(input: $i) { ok problems { message } } }',
      variables: { i: { name: NAME, password: PASSWORD, role: 'ADMIN' } },
    }),
  });
  const body = (await created.json()) as { data?: { createUser: { ok: boolean } } };
  if (!body.data?.createUser.ok) throw new Error(`bench account not created: ${JSON.stringify(body)}`);
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'bench' },
    body: JSON.stringify({ name: NAME, password: PASSWORD }),
  });
  const cookie = /agir_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`bench sign-in: HTTP ${res.status}`);
  await browser.addCookies([{ name: 'agir_session', value: cookie, url: base, httpOnly: true, sameSite: 'Lax' }]);
}
