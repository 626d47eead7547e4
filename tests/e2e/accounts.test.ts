// Accounts in the browser: an editor signs in, sees their name and role in the header (and no
// administration), signs out; an administrator creates an EDITOR account and an API token
// (shown once) on the admin page, and the new account can sign in; a new password set by the
// administrator replaces the old one and ends the account's sessions.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount, sessionCookie, TEST_PASSWORD } from '../helpers/accounts.js';
import { type E2E, E2E_ADMIN, graphReady, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;
const run = Date.now().toString(36);

beforeAll(async () => {
  e = await startE2E();
  await ensureAccount(e.base, `Éditrice e2e ${run}`, 'EDITOR');
  // Start signed out: the harness's browser comes signed in.
  await e.browser.clearCookies();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

async function signInWithForm(name: string, password = TEST_PASSWORD) {
  await page.waitForSelector('[data-testid=sign-in-page]', WAIT);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', password);
  await page.click('[data-testid=sign-in]');
  await page.waitForSelector('[data-testid=account-name]', WAIT);
}

describe('accounts in the explorer', () => {
  it('asks an anonymous visitor to sign in, in French, and says so when the password is wrong', async () => {
    await page.goto(e.base);
    await page.waitForSelector('[data-testid=sign-in-page]', WAIT);
    expect(await page.textContent('h2')).toBe('Connexion');
    await page.fill('input[name=name]', `Éditrice e2e ${run}`);
    await page.fill('input[name=password]', 'pas le bon mot de passe');
    await page.click('[data-testid=sign-in]');
    await expect(page.locator('[data-testid=auth-error]').textContent(WAIT)).resolves.toBe('Nom ou mot de passe incorrect.');
    expect(await page.locator('[data-testid=graph]').count()).toBe(0);
  });

  it('signs an editor in: name and role in the header, the graph, no administration; signs out', async () => {
    await page.fill('input[name=password]', TEST_PASSWORD);
    await page.click('[data-testid=sign-in]');
    await page.waitForSelector('[data-testid=account-name]', WAIT);
    expect(await page.textContent('[data-testid=account-name]')).toBe(`Éditrice e2e ${run}`);
    expect(await page.textContent('[data-testid=account-role]')).toBe('(éditeur)');
    await graphReady(page);
    expect(await page.locator('[data-testid=go-admin]').count()).toBe(0);
    expect(await page.getAttribute('[data-testid=account]', 'data-can-edit')).toBe('true');
    const cookies = await e.browser.cookies(e.base);
    expect(cookies.find((c) => c.name === 'agir_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.click('[data-testid=sign-out]');
    await page.waitForSelector('[data-testid=sign-in-page]', WAIT);
    expect((await e.browser.cookies(e.base)).find((c) => c.name === 'agir_session')).toBeUndefined();
    // Reloading does not bring the session back.
    await page.reload();
    await page.waitForSelector('[data-testid=sign-in-page]', WAIT);
  });

  it('lets an administrator create an EDITOR account and a token shown once', async () => {
    await signInWithForm(E2E_ADMIN);
    expect(await page.textContent('[data-testid=account-role]')).toBe('(administrateur)');
    await page.click('[data-testid=go-admin]');
    await page.waitForSelector('[data-testid=admin-page] [data-testid=users] tbody tr', WAIT);

    const name = `Consultant e2e ${run}`;
    await page.fill('input[name=new-name]', name);
    await page.fill('input[name=new-password]', 'court');
    await page.selectOption('select[name=new-role]', 'EDITOR');
    await page.click('[data-testid=new-user] button[type=submit]');
    await expect(page.locator('[data-testid=admin-problems]').textContent(WAIT)).resolves.toContain('au moins 10 caractères');

    await page.fill('input[name=new-password]', TEST_PASSWORD);
    await page.click('[data-testid=new-user] button[type=submit]');
    await page.waitForSelector(`[data-testid=users] tr[data-user="${name}"]`, WAIT);
    expect(await page.inputValue(`[data-testid=users] tr[data-user="${name}"] select`)).toBe('EDITOR');

    await page.fill('input[name=token-name]', `script ${run}`);
    await page.click('[data-testid=new-token] button[type=submit]');
    const secret = (await page.textContent('[data-testid=token-secret]', WAIT)) ?? '';
    expect(secret).toMatch(/^agir_/);
    await page.waitForSelector(`[data-testid=tokens] tr[data-token="script ${run}"]`, WAIT);

    // The new account signs in with the EDITOR role; the token reads as a VIEWER.
    const cookie = await sessionCookie(e.base, name);
    const me = await fetch(`${e.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `agir_session=${cookie}`, 'x-requested-with': 'test' },
      body: JSON.stringify({ query: '{ me { name role } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { name, role: 'EDITOR' } } });
    const byToken = await fetch(`${e.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(await byToken.json()).toEqual({ data: { me: { role: 'VIEWER' } } });

    // Revoked from the page: the token stops working.
    await page.click(`[data-testid=tokens] tr[data-token="script ${run}"] button`);
    await page.waitForSelector(`[data-testid=tokens] tr[data-token="script ${run}"] td:nth-child(4):has-text("révoqué le")`, WAIT);
    const revoked = await fetch(`${e.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ barriers { id } }' }),
    });
    expect(revoked.status).toBe(401);

    // A forgotten password: the administrator sets a new one; the old one stops working, the new one signs in.
    await page.click(`[data-testid=users] tr[data-user="${name}"] [data-testid=reset-password]`);
    await page.fill('[data-testid=reset-form] input[name=reset-password]', 'court');
    await page.click('[data-testid=reset-form] button[type=submit]');
    await expect(page.locator('[data-testid=admin-problems]').textContent(WAIT)).resolves.toContain('au moins 10 caractères');
    const renewed = `${TEST_PASSWORD}-neuf`;
    await page.fill('[data-testid=reset-form] input[name=reset-password]', renewed);
    await page.click('[data-testid=reset-form] button[type=submit]');
    await expect(page.locator('[data-testid=admin-done]').textContent(WAIT)).resolves.toContain('Mot de passe de');
    await expect(sessionCookie(e.base, name)).rejects.toThrow(/HTTP 401/);
    expect(await sessionCookie(e.base, name, renewed)).toMatch(/./);
    // and the account's earlier session has ended
    const stale = await fetch(`${e.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `agir_session=${cookie}`, 'x-requested-with': 'test' },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(await stale.json()).toEqual({ data: { me: null } });

    await page.click('[data-testid=admin-back]');
    await graphReady(page);
  });
});
