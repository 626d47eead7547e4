// The report's diagrams (issue 13): the whole cartography and one per domain, as SVG drawn by the
// explorer's renderer, each node label one of the API's actors or programmes for that scope, each
// printed on its own landscape A4 page and no wider than it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortLabel } from '../../web/src/graph/label.js';
import { type E2E, startE2E } from './harness.js';
import { pdfPages } from './pdf.js';

let e: E2E;
let page: Page;
const WAIT = { timeout: 240_000 };

interface ApiGraph {
  graph: { nodes: { label: string; type: string }[] };
}

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

/** The labels drawn in one diagram's graph (cytoscape-svg writes each label as one <text>). */
const drawnLabels = (key: string) => page.locator(`[data-diagram="${key}"] #graph text`).allTextContents();

async function apiLabels(filter: Record<string, unknown>): Promise<string[]> {
  const { graph } = await e.gql<ApiGraph>('query ($f: GraphFilter) { graph(filter: $f) { nodes { label type } } }', { f: filter });
  expect(graph.nodes.every((n) => n.type === 'Actor' || n.type === 'Programme')).toBe(true);
  return graph.nodes.map((n) => shortLabel(n.label)).sort();
}

async function openReport(query: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${e.base}/report${query}`);
  await page.waitForSelector('[data-testid=report][data-ready=true], .error', WAIT);
  expect(await page.locator('.error').allTextContents()).toEqual([]);
}

describe('the report’s diagrams', () => {
  let domains: { id: string; label: string }[] = [];

  it('draws the whole cartography and one diagram per domain, labelled with the API’s actors and programmes', async () => {
    domains = (await e.gql<{ domains: { id: string; label: string }[] }>('{ domains { id label } }')).domains;
    expect(domains).toHaveLength(6);
    await openReport('');
    const keys = await page.locator('[data-testid=report-diagram]').evaluateAll((els) => els.map((x) => x.getAttribute('data-diagram')));
    expect(keys).toEqual(['whole', ...domains.map((d) => d.id)]);
    // the whole cartography: every node drawn, the labels that would overlap left out (the most linked keep theirs)
    const whole = await apiLabels({});
    expect(whole.length).toBeGreaterThan(100);
    const drawnWhole = await drawnLabels('whole');
    expect(drawnWhole.length).toBeGreaterThan(15);
    const rest = [...whole];
    for (const l of drawnWhole) {
      const i = rest.indexOf(l);
      expect(i, l).toBeGreaterThanOrEqual(0);
      rest.splice(i, 1);
    }
    const overlaps = await page.locator('[data-diagram="whole"] #graph text').evaluateAll((els) => {
      const boxes = els.map((el) => el.getBoundingClientRect());
      let n = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as DOMRect;
          const b = boxes[j] as DOMRect;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
        }
      return n;
    });
    expect(overlaps).toBe(0);
    for (const d of domains) {
      const want = await apiLabels({ domainIds: [d.id] });
      expect((await drawnLabels(d.id)).sort(), d.id).toEqual(want);
      if (want.length) {
        // the frame: title, legend, date and source line around the graph
        const frame = (await page.locator(`[data-diagram="${d.id}"] svg`).first().textContent()) ?? '';
        expect(frame).toContain(`Domaine « ${d.label} »`);
        expect(frame).toContain('Légende');
        expect(frame).toContain('Données au');
        expect(frame).toContain('Source : AGIR Cartographie');
      }
    }
  }, 300_000);

  it('prints each diagram on its own landscape A4 page, no wider than the page', async () => {
    await page.emulateMedia({ media: 'print' });
    // the printable width of landscape A4 with the 12 mm side margins, in CSS pixels
    const width = Math.floor(((297 - 24) / 25.4) * 96);
    await page.setViewportSize({ width, height: 700 });
    const rects = await page
      .locator('.report-diagram svg')
      .evaluateAll((els) => els.filter((x) => !x.closest('#graph')).map((x) => ({ w: x.getBoundingClientRect().width, h: x.getBoundingClientRect().height })));
    expect(rects).toHaveLength(7);
    // 177 mm of printable height on landscape A4
    const maxH = ((210 - 33) / 25.4) * 96;
    for (const r of rects) {
      expect(r.w).toBeGreaterThan(300);
      expect(r.w).toBeLessThanOrEqual(width + 1);
      expect(r.h).toBeLessThanOrEqual(maxH + 1);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = await pdfPages(pdf);
    const landscape = pages.filter((p) => p.width > p.height);
    expect(landscape).toHaveLength(7);
    const flat = (s: string) => s.replace(/\s+/g, '');
    expect(flat(landscape[0]?.text ?? '')).toContain('Cartographied’ensemble');
    domains.forEach((d, i) => {
      expect(flat(landscape[i + 1]?.text ?? '')).toContain(flat(`Domaine « ${d.label} »`));
    });
    // the portrait pages keep portrait A4
    expect(pages.filter((p) => p.width < p.height).length).toBeGreaterThan(5);
  }, 300_000);

  it('draws only the scope of ?territory=', async () => {
    const { territories } = await e.gql<{ territories: { id: string; name: string }[] }>('{ territories(level: EPCI) { id name } }');
    const epci = territories.find((t) => /Quimper/.test(t.name)) ?? territories[0];
    if (!epci) throw new Error('no EPCI in the seed');
    await openReport(`?territory=${epci.id}`);
    const whole = await apiLabels({ territoryId: epci.id });
    expect(whole.length).toBeLessThan((await apiLabels({})).length);
    for (const l of await drawnLabels('whole')) expect(whole).toContain(l);
    for (const d of domains) expect((await drawnLabels(d.id)).sort(), d.id).toEqual(await apiLabels({ domainIds: [d.id], territoryId: epci.id }));
  }, 300_000);
});
