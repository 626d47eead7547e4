// The Finistère's outlines under the geographic layout of the graph (issue 13): the layer holds
// the 277 communes, and an actor's node is drawn inside its own commune's outline on screen.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

describe('outlines under the geographic layout', () => {
  it('draws the 277 communes and puts an actor inside its commune', { timeout: 600_000 }, async () => {
    const { actors } = await e.gql<{ actors: { edges: { node: { id: string; commune: { id: string } | null } }[] } }>(
      '{ actors(first: 500) { edges { node { id commune { id } } } } }',
    );
    // the first actor (by id) of Quimper: drawn at the commune's point, not spread around it
    const quimper = actors.edges
      .map((x) => x.node)
      .filter((a) => a.commune?.id === '29232')
      .map((a) => a.id)
      .sort();
    expect(quimper.length).toBeGreaterThan(0);
    const actor = quimper[0] as string;

    await page.goto(`${e.base}/?mode=none&layout=geo`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', WAIT);
    await page.waitForSelector('[data-testid=geo-outlines] path.commune', WAIT);
    expect(await page.locator('[data-testid=geo-outlines] path.commune').count()).toBe(277);

    const inside = await page.evaluate(
      ({ id, commune }) => {
        const cy = (window.__agir?.cy as () => import('cytoscape').Core)();
        const node = cy.getElementById(id);
        const box = cy.container()?.getBoundingClientRect() as DOMRect;
        const r = node.renderedPosition();
        const screen = new DOMPoint(box.left + r.x, box.top + r.y);
        const inPath = (sel: string) => {
          const path = document.querySelector<SVGPathElement>(sel) as SVGPathElement;
          const local = screen.matrixTransform((path.getScreenCTM() as DOMMatrix).inverse());
          return path.isPointInFill(local);
        };
        return {
          own: inPath(`[data-testid=geo-outlines] path.commune[data-id="${commune}"]`),
          other: inPath('[data-testid=geo-outlines] path.commune[data-id="29019"]'),
        };
      },
      { id: actor, commune: '29232' },
    );
    expect(inside).toEqual({ own: true, other: false }); // inside Quimper, not inside Brest

    // the outlines follow the zoom: after zooming, still inside
    await page.focus('[data-testid=graph]');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const still = await page.evaluate((id) => {
      const cy = (window.__agir?.cy as () => import('cytoscape').Core)();
      const box = cy.container()?.getBoundingClientRect() as DOMRect;
      const r = cy.getElementById(id).renderedPosition();
      const path = document.querySelector<SVGPathElement>('[data-testid=geo-outlines] path.commune[data-id="29232"]') as SVGPathElement;
      return path.isPointInFill(new DOMPoint(box.left + r.x, box.top + r.y).matrixTransform((path.getScreenCTM() as DOMMatrix).inverse()));
    }, actor);
    expect(still).toBe(true);

    // the SVG export of that layout carries the outlines under the graph
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'visible', ...WAIT });
    await page.getByTestId('export-svg').check();
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export-go').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, communes: doc.querySelectorAll('#graph path[data-id]').length };
    }, text);
    expect(parsed.error).toBe(0);
    expect(parsed.communes).toBe(277 + 21); // communes and EPCI
  });
});
