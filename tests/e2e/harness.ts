// End-to-end harness: a throw-away database with the Finistère seed, the real app on a free
// port, and Debian's Chromium driven by playwright-core. Waits are on DOM state, never on time.
// The browser is signed in as an ADMIN (E2E_ADMIN) by a session cookie; `gql` sends AGIR_ADMIN_TOKEN.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildApp, WEB_DIST } from '../../server/src/app.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { readSeed } from '../../server/src/seed.js';
import { ensureAccount, sessionCookie } from '../helpers/accounts.js';
import { TEST_ADMIN_TOKEN } from '../helpers/app.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';
import { openTestDb } from '../helpers/db.js';

/** The account the harness's browser is signed in with. */
export const E2E_ADMIN = 'Admin e2e';

export interface E2E {
  db: Executor;
  app: FastifyInstance;
  base: string;
  browser: BrowserContext;
  profile: string;
  newPage: () => Promise<Page>;
  gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  close: () => Promise<void>;
}

/** A generous bound for DOM waits (a cold database answers its first queries slowly). */
export const WAIT = { timeout: 90_000 };

export async function startE2E(): Promise<E2E> {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) throw new Error(`The explorer is not built (${WEB_DIST}): run "npm run build" first (npm test does).`);
  const db = await openTestDb();
  const report = await importDocument(db, readSeed(), 'REPLACE');
  if (!report.ok) throw new Error(`seed import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  const app = await buildApp({ db, config: { GRAPHIQL: false, CORS_ORIGINS: [], BODY_LIMIT_MB: 20, NODE_ENV: 'test', AGIR_ADMIN_TOKEN: TEST_ADMIN_TOKEN } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${addr.port}`;
  const profile = mkdtempSync(join(tmpdir(), 'agir-e2e-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await ensureAccount(base, E2E_ADMIN, 'ADMIN');
  await browser.addCookies([{ name: 'agir_session', value: await sessionCookie(base, E2E_ADMIN), url: base, httpOnly: true, sameSite: 'Lax' }]);
  // No network access at run time: any request that is not to the app fails the test.
  const external: string[] = [];
  const pageErrors: string[] = [];
  browser.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    db,
    app,
    base,
    browser,
    profile,
    gql,
    newPage: async () => {
      const page = await browser.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      return page;
    },
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
      rmSync(profile, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.slice(0, 5).join(' | ')}`);
      if (external.length) throw new Error(`the explorer made requests outside the app: ${external.slice(0, 5).join(', ')}`);
    },
  };
}

/** Waits until the graph has been laid out and drawn. */
export async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=graph][data-ready=true]', WAIT);
}

/** Waits until the active question's answer is drawn on the graph. */
export async function highlightReady(page: Page, key: string): Promise<void> {
  await page.waitForSelector(`[data-testid=graph][data-ready=true][data-highlight="${key}"]`, WAIT);
}

/** Node ids carrying a class on the live graph. */
export function nodesWith(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const cy = (window.__agir?.cy as () => { nodes: (s?: string) => { map: (f: (n: { id: () => string }) => string) => string[] } })();
    return cy
      .nodes(sel)
      .map((n) => n.id())
      .sort();
  }, selector);
}

export function edgesWith(page: Page, selector: string): Promise<{ id: string; source: string; target: string; data: Record<string, unknown> }[]> {
  return page.evaluate((sel) => {
    type E = { id: () => string; source: () => { id: () => string }; target: () => { id: () => string }; data: () => Record<string, unknown> };
    const cy = (window.__agir?.cy as () => { edges: (s?: string) => { map: <T>(f: (e: E) => T) => T[] } })();
    return cy.edges(sel).map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), data: e.data() }));
  }, selector);
}

/** Picks a territory in a picker by typing its name and choosing the option with that id. */
export async function pickTerritory(page: Page, testId: string, query: string, id: string): Promise<void> {
  const input = page.locator(`[data-testid=${testId}] input[role=combobox]`);
  await input.fill(query);
  await page.locator(`[data-testid=${testId}] [data-territory="${id}"]`).click();
}

declare global {
  interface Window {
    __agir?: Record<string, unknown>;
  }
}
