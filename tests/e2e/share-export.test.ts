// A link sent by e-mail opens the same view; the diagram exports as PNG (1×–4×) and SVG with its legend.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, graphReady, highlightReady, nodesWith, pickTerritory, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

interface ViewSnapshot {
  zoom: number;
  pan: { x: number; y: number };
  positions: Record<string, { x: number; y: number }>;
  selected: string[];
}

function snapshot(p: Page): Promise<ViewSnapshot> {
  return p.evaluate(() => {
    type N = { id: () => string; position: () => { x: number; y: number } };
    const cy = (window.__agir?.cy as () => { zoom: () => number; pan: () => { x: number; y: number }; nodes: (s?: string) => { toArray: () => N[] } })();
    const positions: Record<string, { x: number; y: number }> = {};
    for (const n of cy.nodes().toArray()) positions[n.id()] = n.position();
    return {
      zoom: cy.zoom(),
      pan: cy.pan(),
      positions,
      selected: cy
        .nodes(':selected')
        .toArray()
        .map((n) => n.id()),
    };
  });
}

/** Waits until the URL holds the current viewport (it is written shortly after the last move). */
async function urlHasViewport(p: Page) {
  await p.waitForFunction(
    () => {
      const cy = (window.__agir?.cy as () => { zoom: () => number; pan: () => { x: number; y: number } })();
      const vp = new URLSearchParams(location.search).get('vp')?.split(',').map(Number);
      return !!vp && Math.abs((vp[0] ?? 0) - cy.zoom()) < 1e-3 && Math.abs((vp[1] ?? 0) - cy.pan().x) < 0.1 && Math.abs((vp[2] ?? 0) - cy.pan().y) < 0.1;
    },
    undefined,
    WAIT,
  );
}

function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function exportFile(format: 'png' | 'svg', scale = 1): Promise<{ path: string; name: string }> {
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-dialog').waitFor({ state: 'visible', ...WAIT });
  await page.getByTestId(`export-${format}`).check();
  if (format === 'png') await page.selectOption('[data-testid=export-scale]', String(scale));
  const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export-go').click()]);
  const path = await download.path();
  await page.getByTestId('export-status').filter({ hasText: download.suggestedFilename() }).waitFor(WAIT);
  await page.keyboard.press('Escape');
  await page.getByTestId('export-dialog').waitFor({ state: 'hidden', ...WAIT });
  return { path, name: download.suggestedFilename() };
}

describe('shared links and exports', () => {
  let shared = '';
  let original: ViewSnapshot;

  it('puts filters, question, selection, layout and viewport in the URL', async () => {
    await page.goto(e.base);
    await graphReady(page);
    await page.locator('input[data-include=BARRIER]').check();
    await page.locator('input[data-mode=BARRIER_COVERAGE]').check();
    await page.selectOption('[data-testid=q-barrier]', 'CHILDCARE');
    await pickTerritory(page, 'q-territory', 'morlaix communaute', '242900835');
    await highlightReady(page, 'coverage:CHILDCARE:242900835');
    await page.selectOption('[data-testid=layout]', 'concentric');
    await graphReady(page);
    const full = await nodesWith(page, '.cov-full');
    const target = full[0] ?? (await nodesWith(page, ''))[0];
    if (!target) throw new Error('empty graph');
    await page.locator(`[data-testid=results] tr[data-id="${target}"]`).click();
    await page.waitForURL(new RegExp(`sel=${target}`), WAIT);
    await page.waitForURL(new RegExp(`focus=${target}`), WAIT);
    await page.locator('[data-testid=graph]').focus();
    await page.keyboard.press('-');
    await page.keyboard.press('ArrowLeft');
    await urlHasViewport(page);
    await graphReady(page);
    shared = page.url();
    for (const p of ['include=BARRIER', 'qb=CHILDCARE', 'qt=242900835', 'layout=concentric', `sel=${target}`, `focus=${target}`, 'vp='])
      expect(shared).toContain(p);
    original = await snapshot(page);
    expect(original.selected).toEqual([target]);
  });

  it('opens the same view from the link in a new window', async () => {
    const other = await e.newPage();
    await other.goto(shared);
    await highlightReady(other, 'coverage:CHILDCARE:242900835');
    const copy = await snapshot(other);
    expect(Object.keys(copy.positions).sort()).toEqual(Object.keys(original.positions).sort());
    for (const [id, p] of Object.entries(original.positions)) {
      expect(copy.positions[id]?.x).toBeCloseTo(p.x, 3);
      expect(copy.positions[id]?.y).toBeCloseTo(p.y, 3);
    }
    expect(copy.zoom).toBeCloseTo(original.zoom, 3);
    expect(copy.pan.x).toBeCloseTo(original.pan.x, 0);
    expect(copy.pan.y).toBeCloseTo(original.pan.y, 0);
    expect(copy.selected).toEqual(original.selected);
    for (const cls of ['.cov-full', '.cov-partial', '.cov-via', '.faded']) expect(await nodesWith(other, cls)).toEqual(await nodesWith(page, cls));
    expect(await other.inputValue('[data-testid=layout]')).toBe('concentric');
    expect(await other.inputValue('[data-testid=q-barrier]')).toBe('CHILDCARE');
    await other.locator('[data-testid=details] h2').waitFor(WAIT);
    await other.close();
  });

  it('exports PNG at 1× and 3× with the legend frame, sized by the scale', async () => {
    const one = await exportFile('png', 1);
    expect(one.name).toMatch(/^agir-qui-leve-le-frein-garde-d-enfants-sur-ca-morlaix-communaute-.*\.png$/);
    const size1 = pngSize(readFileSync(one.path));
    const graphSize = await page.evaluate(() => {
      const cy = (window.__agir?.cy as () => { width: () => number; height: () => number })();
      return { w: cy.width(), h: cy.height() };
    });
    // frame: margins + graph + legend column; header and footer
    expect(size1.width).toBe(16 + Math.round(graphSize.w) + 16 + 250 + 16);
    expect(size1.height).toBeGreaterThanOrEqual(66 + Math.round(graphSize.h) + 44);
    const three = await exportFile('png', 3);
    const size3 = pngSize(readFileSync(three.path));
    expect(size3.width).toBe(size1.width * 3);
    expect(size3.height).toBe(size1.height * 3);
    expect(readFileSync(three.path).length).toBeGreaterThan(readFileSync(one.path).length);
  });

  it('exports a vector SVG that parses and contains the title, the legend, the date and the source', async () => {
    const svg = await exportFile('svg');
    expect(svg.name).toMatch(/\.svg$/);
    const text = readFileSync(svg.path, 'utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      const legend = doc.getElementById('legend');
      return {
        root: doc.documentElement.nodeName,
        error: doc.getElementsByTagName('parsererror').length,
        legend: legend?.textContent ?? '',
        title: doc.getElementById('title')?.textContent ?? '',
        footer: doc.getElementById('footer')?.textContent ?? '',
        nested: doc.querySelectorAll('#graph svg').length,
        vector: doc.querySelectorAll('#graph path, #graph rect, #graph polygon, #graph text').length,
      };
    }, text);
    expect(parsed.root).toBe('svg');
    expect(parsed.error).toBe(0);
    expect(parsed.legend).toContain('Légende');
    expect(parsed.legend).toContain('Couverture totale');
    expect(parsed.legend).toContain('Frein');
    expect(parsed.title).toContain('Qui lève le frein');
    expect(parsed.footer).toMatch(/Exporté le \d{2}\/\d{2}\/\d{4}/);
    expect(parsed.footer).toContain('Source');
    expect(parsed.nested).toBe(1);
    expect(parsed.vector).toBeGreaterThan(20);
  });
});
