// Editing in the explorer (SPEC "Editing"): edit an actor's barriers and see the coverage answer
// change; draw a link and undo it from the history; a conflict shown when a second browser context
// saved first, and the change re-applied on top.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount, sessionCookie } from '../helpers/accounts.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';
import { type E2E, graphReady, highlightReady, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

interface Coverage {
  barrierCoverage: { actors: { actor: { id: string } }[] };
}
const COVERAGE = 'query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { actor { id } } } }';
const covering = async (b: string, t: string) => (await e.gql<Coverage>(COVERAGE, { b, t })).barrierCoverage.actors.map((a) => a.actor.id);

/** Selects a node through the search box, as a user does. */
async function pick(p: Page, name: string, id: string) {
  await p.locator('body').press('/');
  const search = p.getByTestId('search');
  await search.fill(name); // replaces the previous search
  await search.press('Enter');
  await p.waitForURL(new RegExp(`sel=${id}`), WAIT);
}

describe('editing in the explorer', () => {
  it('edits an actor’s barriers and the coverage answer follows, without a reload', async () => {
    // An actor active on the whole department that does not lift the childcare barrier at Morlaix.
    const before = await covering('CHILDCARE', '29151');
    const { actors } = await e.gql<{ actors: { edges: { node: { id: string; name: string; activeIn: { id: string }[] } }[] } }>(
      '{ actors(first: 500) { edges { node { id name activeIn { id } } } } }',
    );
    const target = actors.edges.map((x) => x.node).find((a) => a.activeIn.some((t) => t.id === '29') && !before.includes(a.id));
    expect(target).toBeDefined();
    const actor = target as { id: string; name: string };

    await page.goto(`${e.base}/?mode=BARRIER_COVERAGE&qb=CHILDCARE&qt=29151&sel=${actor.id}`);
    await graphReady(page);
    await highlightReady(page, 'coverage:CHILDCARE:29151');
    const results = page.locator('[data-testid=results]');
    expect(await results.textContent()).not.toContain(actor.name);
    // A mark on the page: it is still there after the edit if the page was not reloaded.
    await page.evaluate(() => {
      (window as unknown as { editMark: number }).editMark = 42;
    });

    await page.getByTestId('edit').click();
    const form = page.getByTestId('edit-form');
    await form.locator('[data-testid=edit-barriers] input[value=CHILDCARE]').check();
    await form.getByTestId('edit-save').click();
    await form.getByTestId('edit-saved').waitFor(WAIT);

    expect(await covering('CHILDCARE', '29151')).toContain(actor.id);
    await expect.poll(async () => (await results.textContent()) ?? '', { timeout: 90_000 }).toContain(actor.name);
    // The history of the record says who changed what.
    await form.getByRole('button', { name: 'Fermer' }).click();
    const history = page.getByTestId('history');
    await history.getByText(`Modification de l’acteur ${actor.name}`).first().waitFor(WAIT);
    expect(await page.evaluate(() => (window as unknown as { editMark?: number }).editMark)).toBe(42);
  });

  it('draws a link by picking two nodes and a type, then undoes it', async () => {
    await page.goto(`${e.base}/`);
    await graphReady(page);
    await pick(page, 'prefecture du finistere', 'prefecture_29');
    await page.getByTestId('draw-link').click();
    const drawer = page.getByTestId('link-drawer');
    await drawer.getByText(/choisissez le second nœud/).waitFor(WAIT);
    const links = async () =>
      (
        await e.gql<{ actor: { links: { type: string; from: string; to: string }[] } }>('query($id: ID!) { actor(id: $id) { links { type from to } } }', {
          id: 'prefecture_29',
        })
      ).actor.links;
    const b = { id: 'ml_brest', name: 'Mission locale du Pays de Brest' };
    expect((await links()).flatMap((l) => [l.from, l.to])).not.toContain(b.id);
    await pick(page, b.name.toLowerCase(), b.id);
    await drawer.getByTestId('link-type').selectOption('SHARES_INFO_WITH');
    await drawer.getByTestId('link-create').click();
    await drawer.waitFor({ state: 'detached', ...WAIT });
    expect(await links()).toContainEqual({ type: 'SHARES_INFO_WITH', from: 'prefecture_29', to: b.id });
    // The new edge is drawn without a reload.
    await expect
      .poll(
        () =>
          page.evaluate(
            ([from, to]) => {
              const cy = (
                window.__agir?.cy as () => {
                  edges: () => {
                    filter: (f: (x: { source: () => { id: () => string }; target: () => { id: () => string } }) => boolean) => { length: number };
                  };
                }
              )();
              return cy.edges().filter((x) => x.source().id() === from && x.target().id() === to).length;
            },
            ['prefecture_29', b.id],
          ),
        { timeout: 90_000 },
      )
      .toBeGreaterThan(0);

    // Undo from the history of the second node.
    const item = page.getByTestId('history-item').filter({ hasText: `Ajout du lien SHARES_INFO_WITH de prefecture_29 vers ${b.id}` });
    await item.waitFor(WAIT);
    await item.getByTestId('history-undo').click();
    await page
      .getByTestId('history-message')
      .filter({ hasText: /^Annulé/ })
      .waitFor(WAIT);
    expect(await links()).not.toContainEqual({ type: 'SHARES_INFO_WITH', from: 'prefecture_29', to: b.id });
  });

  it('shows a conflict when a second browser context saved first, and re-applies the change on top', async () => {
    // A second browser context (its own profile): the other consultant.
    const profile = mkdtempSync(join(tmpdir(), 'agir-e2e-chromium-b-'));
    const second = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    // The other consultant signs in with their own EDITOR account.
    await ensureAccount(e.base, 'Seconde consultante', 'EDITOR');
    await second.addCookies([
      { name: 'agir_session', value: await sessionCookie(e.base, 'Seconde consultante'), url: e.base, httpOnly: true, sameSite: 'Lax' },
    ]);
    const other = await second.newPage();
    try {
      const id = 'prefecture_29';
      await page.goto(`${e.base}/?sel=${id}`);
      await graphReady(page);
      await page.getByTestId('edit').click();
      const mine = page.getByTestId('edit-form');
      await mine.getByTestId('edit-description').waitFor(WAIT);

      await other.goto(`${e.base}/?sel=${id}`);
      await graphReady(other);
      await other.getByTestId('edit').click();
      const theirs = other.getByTestId('edit-form');
      await theirs.getByTestId('edit-description').fill('Version de la seconde consultante');
      await theirs.getByTestId('edit-save').click();
      await theirs.getByTestId('edit-saved').waitFor(WAIT);

      await mine.getByTestId('edit-phone').fill('02 98 00 11 22');
      await mine.getByTestId('edit-save').click();
      const conflict = page.getByTestId('conflict');
      await conflict.waitFor(WAIT);
      expect(await conflict.getByTestId('theirs-description').textContent()).toBe('Version de la seconde consultante');
      expect(await conflict.getByTestId('yours-phone').textContent()).toBe('02 98 00 11 22');
      const stored = await e.gql<{ actor: { phone: string | null; description: string | null } }>('query($id: ID!) { actor(id: $id) { phone description } }', {
        id,
      });
      expect(stored.actor.phone).not.toBe('02 98 00 11 22');

      await conflict.getByTestId('reapply').click();
      await mine.getByTestId('edit-saved').waitFor(WAIT);
      // Re-applied on top: my field, and theirs kept.
      const after = await e.gql<{ actor: { phone: string | null; description: string | null } }>('query($id: ID!) { actor(id: $id) { phone description } }', {
        id,
      });
      expect(after.actor).toEqual({ phone: '02 98 00 11 22', description: 'Version de la seconde consultante' });
    } finally {
      await second.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('deletes an actor after a confirmation that names its links, and undoes the deletion at once', async () => {
    const id = 'ml_morlaix';
    const linksOf = async () =>
      (
        await e.gql<{ actor: { links: { type: string; from: string; to: string }[] } | null }>(
          'query($id: ID!) { actor(id: $id) { links { type from to } } }',
          { id },
        )
      ).actor?.links ?? null;
    const links = await linksOf();
    expect(links?.length).toBeGreaterThan(1);
    await page.goto(`${e.base}/?sel=${id}`);
    await graphReady(page);
    await page.getByTestId('delete').click();
    const confirm = page.getByTestId('delete-confirm');
    await confirm.getByText(`Ses ${links?.length} liens seront supprimés aussi :`).waitFor(WAIT);
    expect(await confirm.locator('li').count()).toBe(links?.length);
    await confirm.getByTestId('delete-confirm-yes').click();
    await page
      .getByTestId('undo-bar')
      .getByText(/^Suppression de l’acteur/)
      .waitFor(WAIT);
    expect(await linksOf()).toBeNull();
    const onGraph = () =>
      page.evaluate((x) => (window.__agir?.cy as () => { getElementById: (i: string) => { length: number } })().getElementById(x).length, id);
    await expect.poll(onGraph, { timeout: 90_000 }).toBe(0);
    await page.getByTestId('undo-last').click();
    await page
      .getByTestId('undo-bar')
      .getByText(/^Annulé/)
      .waitFor(WAIT);
    expect((await linksOf())?.length).toBe(links?.length);
    await expect.poll(onGraph, { timeout: 90_000 }).toBe(1);
  });
});
