// The explorer opens on the seed, filters, searches, shows details, expands neighbourhoods,
// switches to the table and to English.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, graphReady, nodesWith, pickTerritory, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

describe('the explorer', () => {
  it('loads the seed graph with a legend, in French, with no request outside the app', async () => {
    await page.goto(e.base);
    await graphReady(page);
    const { graph } = await e.gql<{ graph: { nodes: { id: string }[] } }>('{ graph { nodes { id } } }');
    const shown = await nodesWith(page, '');
    expect(shown).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(shown.length).toBeGreaterThan(50);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect(page.locator('[data-testid=legend]').textContent()).resolves.toContain('Légende');
    await expect(page.locator('[data-testid=legend]').textContent()).resolves.toContain('Service de l’État');
  });

  it('filters by a barrier: the graph shows exactly the API view for that barrier', async () => {
    await page.selectOption('[data-testid=filter-barrier]', 'CHILDCARE');
    await page.waitForURL(/barriers=CHILDCARE/, WAIT);
    await graphReady(page);
    const { graph } = await e.gql<{ graph: { nodes: { id: string }[] } }>('{ graph(filter: { barrierIds: ["CHILDCARE"] }) { nodes { id } } }');
    const expected = graph.nodes.map((n) => n.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    await page.waitForFunction((n) => (window.__agir?.cy as () => { nodes: () => { length: number } })().nodes().length === n, expected.length, WAIT);
    expect(await nodesWith(page, '')).toEqual(expected);
  });

  it('filters by territory with the hierarchical picker and by actor kind', async () => {
    await pickTerritory(page, 'filter-territory', 'morlaix', '242900835');
    await page.waitForURL(/territory=242900835/, WAIT);
    await page.locator('input[data-kind=LOCAL_AUTHORITY]').check();
    await page.waitForURL(/kinds=LOCAL_AUTHORITY/, WAIT);
    const { graph } = await e.gql<{ graph: { nodes: { id: string; type: string; kind: string }[] } }>(
      '{ graph(filter: { barrierIds: ["CHILDCARE"], territoryId: "242900835", actorKinds: [LOCAL_AUTHORITY] }) { nodes { id type kind } } }',
    );
    await page.waitForFunction((n) => (window.__agir?.cy as () => { nodes: () => { length: number } })().nodes().length === n, graph.nodes.length, WAIT);
    await graphReady(page);
    expect(await nodesWith(page, '')).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(graph.nodes.filter((n) => n.type === 'Actor').every((n) => n.kind === 'LOCAL_AUTHORITY')).toBe(true);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.waitForURL((u) => !u.search.includes('barriers='), WAIT);
    await graphReady(page);
  });

  it('finds a node accent-insensitively with « / », centres it and opens its details with links and sources', async () => {
    await page.locator('body').press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await page.keyboard.type('prefecture du finistere');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sel=prefecture_29/, WAIT);
    const details = page.locator('[data-testid=details]');
    await details.getByRole('heading', { name: /Préfecture du Finistère/ }).waitFor(WAIT);
    await details.getByText('Sources', { exact: true }).waitFor(WAIT);
    await details.getByText(/^Liens \(\d+\)$/).waitFor(WAIT);
    // the actor's interview sheet opens from its details, with the browser's session
    const sheet = details.locator('[data-testid=interview-sheet]');
    expect(await sheet.getAttribute('href')).toBe('/fiches-entretien?acteur=prefecture_29');
    const res = await page.context().request.get(new URL('/fiches-entretien?acteur=prefecture_29', page.url()).href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('Préfecture du Finistère');
    // centred: the node is in the middle of the canvas
    const centred = () =>
      page.evaluate(() => {
        const cy = (
          window.__agir?.cy as () => {
            getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } };
            width: () => number;
            height: () => number;
          }
        )();
        const p = cy.getElementById('prefecture_29').renderedPosition();
        return Math.abs(p.x - cy.width() / 2) < 5 && Math.abs(p.y - cy.height() / 2) < 5;
      });
    await expect.poll(centred, WAIT).toBe(true);
    expect(await nodesWith(page, ':selected')).toEqual(['prefecture_29']);
  });

  it('expands and collapses a neighbourhood', async () => {
    await page.keyboard.press('Escape'); // no selection (a selected node is shown even when the filters leave it out)
    await page.waitForURL((u) => !u.search.includes('sel='), WAIT);
    await page.selectOption('[data-testid=filter-barrier]', 'CHILDCARE');
    await page.waitForURL(/barriers=CHILDCARE/, WAIT);
    await graphReady(page);
    const before = await nodesWith(page, '');
    const target = before.find((id) => id === 'cd29') ?? (before[0] as string);
    await page.evaluate((id) => {
      const cy = (window.__agir?.cy as () => { getElementById: (id: string) => { emit: (e: string) => void } })();
      cy.getElementById(id).emit('dbltap');
    }, target);
    await page.waitForURL(new RegExp(`expand=${target}`), WAIT);
    await page.waitForFunction((n) => (window.__agir?.cy as () => { nodes: () => { length: number } })().nodes().length > n, before.length, WAIT);
    await graphReady(page);
    const after = await nodesWith(page, '');
    expect(after.length).toBeGreaterThan(before.length);
    expect(await nodesWith(page, '.expanded')).toEqual([target]);
    await page.getByTestId('toggle-expand').click();
    await page.waitForURL((u) => !u.search.includes('expand='), WAIT);
    await page.waitForFunction((n) => (window.__agir?.cy as () => { nodes: () => { length: number } })().nodes().length === n, before.length, WAIT);
    expect(await nodesWith(page, '')).toEqual(before);
  });

  it('shows what is on screen as a sortable table, beside or instead of the graph', async () => {
    const count = (await nodesWith(page, '')).length;
    await page.locator('input[data-view=table]').check({ force: true });
    const rows = page.locator('[data-testid=table-nodes] tbody tr');
    await rows.first().waitFor(WAIT);
    expect(await rows.count()).toBe(count);
    const names = await page.locator('[data-testid=table-nodes] tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })));
    await page.locator('[data-testid=table-nodes] th button', { hasText: 'Liens' }).click();
    await page.locator('[data-testid=table-nodes] th button', { hasText: 'Liens' }).click();
    const degrees = (await page.locator('[data-testid=table-nodes] tbody tr td:nth-child(4)').allTextContents()).map(Number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    await page.locator('input[data-view=split]').check({ force: true });
    await graphReady(page);
    expect(await page.locator('[data-testid=table-links] tbody tr').count()).toBeGreaterThan(0);
  });

  it('switches to English and keeps it in the link', async () => {
    await page.getByTestId('lang').click();
    await page.waitForURL(/lang=en/, WAIT);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByText('Overlapping programmes').waitFor(WAIT);
    await expect(page.locator('[data-testid=legend]').textContent()).resolves.toContain('Legend');
    await page.reload();
    await graphReady(page);
    await page.getByText('Overlapping programmes').waitFor(WAIT);
  });

  it('fits the graph with « f »', async () => {
    await page.evaluate(() => {
      (window.__agir?.cy as () => { zoom: (z: number) => void })().zoom(4); // (returns nothing: the Core object is not serialisable)
    });
    await page.locator('[data-testid=graph]').focus();
    await page.keyboard.press('f');
    const inView = await page.evaluate(() => {
      const cy = (
        window.__agir?.cy as () => {
          elements: () => { renderedBoundingBox: () => { x1: number; y1: number; x2: number; y2: number } };
          width: () => number;
          height: () => number;
        }
      )();
      const bb = cy.elements().renderedBoundingBox();
      return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
    });
    expect(inView).toBe(true);
  });
});
