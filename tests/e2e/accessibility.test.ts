// Accessibility (RGAA, the French public services' rule, is built on WCAG 2.1 AA): axe-core checks
// each screen of the app in Chromium — the sign-in page, the explorer with a question answered, the
// table view, the map, the administration page and the printable report — and must find no
// violation of WCAG 2.1 A/AA. The graph itself is a canvas: its content is reachable through the
// table view and the results tables, which are checked.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../helpers/accounts.js';
import { type E2E, E2E_ADMIN, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The WCAG 2.1 A/AA violations axe finds on the page as it is now, in a readable form. */
async function violations(p: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP (no inline script) does not apply to it.
  await p.evaluate(axe.source);
  const found = (await p.evaluate(async () => {
    const inPage = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const r = await inPage.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations;
  })) as Violation[];
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`));
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('the sign-in page', async () => {
    await e.browser.clearCookies();
    await page.goto(e.base);
    await page.waitForSelector('[data-testid=sign-in-page]', WAIT);
    expect(await violations(page)).toEqual([]);
    await e.browser.addCookies([{ name: 'agir_session', value: await sessionCookie(e.base, E2E_ADMIN), url: e.base, httpOnly: true, sameSite: 'Lax' }]);
  });

  it('the explorer with a question answered, and its table view', async () => {
    await page.goto(`${e.base}/?qb=CHILDCARE&qt=29151&view=split`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', WAIT);
    await page.waitForSelector('table tbody tr', WAIT);
    expect(await violations(page)).toEqual([]);
    await page.goto(`${e.base}/?view=table`);
    await page.waitForSelector('table tbody tr', WAIT);
    expect(await violations(page)).toEqual([]);
  });

  it('the map', async () => {
    await page.goto(`${e.base}/?view=map`);
    await page.waitForSelector('[data-testid=map][data-ready]', WAIT);
    expect(await violations(page)).toEqual([]);
  });

  it('the administration page', async () => {
    await page.goto(`${e.base}/#admin`);
    await page.waitForSelector('[data-testid=admin-page] [data-testid=users] tbody tr', WAIT);
    expect(await violations(page)).toEqual([]);
  });

  it('the printable report', async () => {
    await page.goto(`${e.base}/report`);
    await page.waitForSelector('[data-testid=report][data-ready=true]', WAIT);
    expect(await violations(page)).toEqual([]);
  });
});
