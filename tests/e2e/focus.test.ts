// Focus mode and labels: an answer is shown alone with what explains it, readable without zooming;
// answers carry their full names, wrapped, never clipped; the legend matches what is drawn.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, edgesWith, graphReady, nodesWith, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
  // a 1366 × 768 laptop
  await page.setViewportSize({ width: 1366, height: 768 });
});
afterAll(async () => {
  await e?.close();
});

/** Minimum on-screen label size (px), as the stylesheet hides smaller labels. */
const MIN_LABEL_PX = 9;

/** For every node: its label as drawn, its on-screen font size, its label box, and the canvas size. */
function labelBoxes(p: Page, selector: string) {
  return p.evaluate((sel) => {
    type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
    type N = {
      id: () => string;
      data: (k: string) => string;
      style: (k: string) => string;
      numericStyle: (k: string) => number;
      renderedBoundingBox: (o: object) => Box;
    };
    const cy = (window.__agir?.cy as () => { nodes: (s: string) => { toArray: () => N[] }; zoom: () => number; width: () => number; height: () => number })();
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    return {
      width: cy.width(),
      height: cy.height(),
      nodes: cy
        .nodes(sel)
        .toArray()
        .map((n) => {
          const size = n.numericStyle('font-size');
          ctx.font = `${n.style('font-weight')} ${size}px ${n.style('font-family')}`;
          const label = n.style('label');
          const maxWidth = n.numericStyle('text-max-width');
          // the widest word must fit the label box (a box narrower than its text clips it)
          const widest = Math.max(...label.split(/\s+/).map((w) => Math.min(ctx.measureText(w).width, maxWidth)));
          return {
            id: n.id(),
            name: n.data('name'),
            label,
            px: size * cy.zoom(),
            box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
            widestPx: widest * cy.zoom(),
          };
        }),
    };
  }, selector);
}

describe('focus mode', () => {
  it('shows the top ten overlaps readable on a laptop; a row shows only that pair and what explains it, fast', async () => {
    await page.goto(`${e.base}/?mode=PROGRAMME_OVERLAPS`);
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    const { programmeOverlaps: list } = await e.gql<{
      programmeOverlaps: { a: { id: string }; b: { id: string }; sharedBarriers: { id: string }[]; sharedTerritories: { id: string }[] }[];
    }>('{ programmeOverlaps(minScore: 0.3, limit: 100) { a { id } b { id } sharedBarriers { id } sharedTerritories { id } } }');
    expect(list.length).toBeGreaterThan(10);
    expect((await edgesWith(page, '.hl-overlap')).length).toBe(10);
    // the best pair at least is readable: its labels are above the minimum size and inside the canvas
    const first = list[0] as (typeof list)[number];
    const best = await labelBoxes(page, `#${first.a.id}, #${first.b.id}`);
    for (const n of best.nodes) {
      expect(n.px).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(n.box.x1).toBeGreaterThanOrEqual(0);
      expect(n.box.y1).toBeGreaterThanOrEqual(0);
      expect(n.box.x2).toBeLessThanOrEqual(best.width);
      expect(n.box.y2).toBeLessThanOrEqual(best.height);
    }

    // choose the third pair in the ranked list
    const pair = list[2] as (typeof list)[number];
    const id = [pair.a.id, pair.b.id].sort().join('|');
    const { p1, p2 } = await e.gql<{ p1: { operators: { id: string }[] }; p2: { operators: { id: string }[] } }>(
      'query($a: ID!, $b: ID!) { p1: programme(id: $a) { operators { id } } p2: programme(id: $b) { operators { id } } }',
      { a: pair.a.id, b: pair.b.id },
    );
    await page.locator(`[data-testid=focus-list] [data-focus="${id}"]`).click();
    await page.waitForSelector(`[data-testid=graph][data-ready=true][data-view="focus:${id}"]`, WAIT);
    await page.waitForURL(/focus=/, WAIT);
    const expected = new Set([
      pair.a.id,
      pair.b.id,
      ...p1.operators.map((o) => o.id),
      ...p2.operators.map((o) => o.id),
      ...pair.sharedBarriers.map((b) => b.id),
      ...pair.sharedTerritories.map((t) => t.id),
    ]);
    expect(await nodesWith(page, '')).toEqual([...expected].sort());
    expect(await nodesWith(page, '.hl-pair')).toEqual([pair.a.id, pair.b.id].sort());
    const shown = await labelBoxes(page, '.hl-pair');
    for (const n of shown.nodes) {
      expect(n.px).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(n.box.x1).toBeGreaterThanOrEqual(0);
      expect(n.box.x2).toBeLessThanOrEqual(shown.width);
    }

    // « Tout afficher » shows every pair of the first page (the explorer asks the national list page by page)
    await page.getByTestId('focus-all').click();
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="all"]', WAIT);
    expect((await edgesWith(page, '.hl-overlap')).length).toBe(list.length);
  });

  it('a row of the overlaps table focuses both programmes of the pair (not only the first)', async () => {
    const rows = page.locator('[data-testid=results] tbody tr');
    const id = (await rows.nth(4).getAttribute('data-id')) as string;
    await rows.nth(4).click();
    await page.waitForSelector(`[data-testid=graph][data-ready=true][data-view="focus:${id}"]`, WAIT);
    expect(await nodesWith(page, '.hl-pair')).toEqual(id.split('|').sort());
    expect(await rows.nth(4).getAttribute('class')).toContain('row-selected');
  });
});

describe('labels', () => {
  it('hides labels below the minimum size on the whole graph rather than drawing them unreadable', async () => {
    await page.goto(`${e.base}/?mode=none`);
    await graphReady(page);
    const r = await page.evaluate(() => {
      const cy = (window.__agir?.cy as () => { zoom: () => number; nodes: () => { first: () => { numericStyle: (k: string) => number } } })();
      return { zoom: cy.zoom(), size: cy.nodes().first().numericStyle('font-size'), min: cy.nodes().first().numericStyle('min-zoomed-font-size') };
    });
    expect(r.min).toBe(MIN_LABEL_PX);
    // at the fitted zoom of the whole seed, labels would be smaller than that: they are not drawn
    expect(r.size * r.zoom).toBeLessThan(r.min);
  });

  it('gives answers their full names, wrapped, in a label box as wide as their text', async () => {
    await page.goto(`${e.base}/?qb=CHILDCARE&qt=29&focus=all`);
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="all"]', WAIT);
    await page.getByTestId('focus-top').click();
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    const { nodes } = await labelBoxes(page, '.cov-full, .cov-partial, .cov-via');
    expect(nodes.length).toBeGreaterThan(0);
    const long = nodes.filter((n) => n.name.length > 32);
    expect(long.length).toBeGreaterThan(0); // names the short label used to cut
    for (const n of nodes) {
      expect(n.label).toBe(n.name);
      expect(n.box.w + 1).toBeGreaterThanOrEqual(n.widestPx);
    }
  });
});

describe('the legend matches the drawing', () => {
  /** Fills (hex) of the legend's node entries, and of the nodes on the graph. */
  async function fills() {
    const legend = await page.locator('[data-testid=legend] li[data-entry=node]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.fill ?? ''));
    const drawn = await page.evaluate(() => {
      type N = { style: (k: string) => string };
      const cy = (window.__agir?.cy as () => { nodes: () => { toArray: () => N[] } })();
      const hex = (rgb: string) =>
        `#${(rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((x) => Number(x).toString(16).padStart(2, '0'))
          .join('')}`;
      return [
        ...new Set(
          cy
            .nodes()
            .toArray()
            .map((n) => hex(n.style('background-color'))),
        ),
      ];
    });
    return { legend: new Set(legend), drawn };
  }

  it('CIR articulation: every colour drawn is in the legend and every legend colour is drawn; no distance that cannot occur', async () => {
    await page.goto(`${e.base}/?mode=CIR_ARTICULATION&focus=all`);
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="all"]', WAIT);
    const { legend, drawn } = await fills();
    for (const f of drawn) expect(legend, `colour ${f} drawn but not in the legend`).toContain(f);
    for (const f of legend) expect(drawn, `legend colour ${f} drawn nowhere`).toContain(f);
    const text = (await page.getByTestId('legend').textContent()) ?? '';
    expect(text).not.toContain('3 pas');
    expect(text).toContain('Non relié au CIR');
  });

  it('coverage without a territory: no « Totale » anywhere, one look for the actors that lift the barrier', async () => {
    await page.goto(`${e.base}/?qb=CHILDCARE`);
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    const results = (await page.getByTestId('results').textContent()) ?? '';
    expect(results).not.toContain('Totale');
    expect(results).toContain('Intervient sur');
    const legend = (await page.getByTestId('legend').textContent()) ?? '';
    expect(legend).not.toContain('Couverture totale');
    expect(legend).toContain('aucun territoire choisi');
    expect(await nodesWith(page, '.cov-full, .cov-partial')).toEqual([]);
    expect((await nodesWith(page, '.cov-any')).length).toBeGreaterThan(0);
    expect(await page.getByTestId('question-status').textContent()).toMatch(/lèvent ce frein/);
  });
});
