// The Content-Security-Policy (no inline script) in real Chromium: GraphiQL renders, its editor
// works (its language workers start from blob: URLs) and runs a query; the explorer renders;
// neither page triggers a single CSP violation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { readSeed } from '../../server/src/seed.js';
import { ensureAccount, sessionCookie } from '../helpers/accounts.js';
import { TEST_ADMIN_TOKEN } from '../helpers/app.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';
import { openTestDb } from '../helpers/db.js';

let db: Executor;
let app: FastifyInstance;
let base: string;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  db = await openTestDb();
  expect((await importDocument(db, readSeed(), 'REPLACE')).ok).toBe(true);
  app = await buildApp({ db, config: { GRAPHIQL: true, NODE_ENV: 'test', AGIR_ADMIN_TOKEN: TEST_ADMIN_TOKEN } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${addr.port}`;
  profile = mkdtempSync(join(tmpdir(), 'agir-e2e-csp-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  // GraphiQL and the explorer's data need a signed-in VIEWER or more.
  await ensureAccount(base, 'Lecteur CSP', 'VIEWER');
  await browser.addCookies([{ name: 'agir_session', value: await sessionCookie(base, 'Lecteur CSP'), url: base, httpOnly: true, sameSite: 'Lax' }]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Opens a page that records every CSP violation (the event and the console message). */
async function open(url: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, violations };
}

describe('Content-Security-Policy in Chromium', () => {
  it('GraphiQL renders, runs a query and triggers no violation', async () => {
    const { page, violations } = await open(`${base}/graphql`);
    const csp = await page.evaluate(async () => (await fetch(location.href, { headers: { accept: 'text/html' } })).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    await page.waitForSelector('.graphiql-container', { timeout: 90_000 });
    // Type a query in the editor (Monaco, with its blob: workers) and run it.
    await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 90_000 });
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ barriers { id } }');
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.body.innerText.includes('FRENCH_LANGUAGE'), undefined, { timeout: 90_000 });
    expect(violations).toEqual([]);
    await page.close();
  }, 180_000);

  it('the explorer renders and triggers no violation', async () => {
    const { page, violations } = await open(`${base}/`);
    await page.waitForFunction(() => (document.querySelector('#root')?.children.length ?? 0) > 0, undefined, { timeout: 90_000 });
    await page.waitForSelector('canvas', { timeout: 90_000 });
    expect(violations).toEqual([]);
    await page.close();
  }, 180_000);
});
