// The printable report (issue 13): every section, the tables hold the API's rows, the print fits
// the A4 width, and Chromium's PDF carries every heading and page numbers.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './harness.js';
import { pdfText } from './pdf.js';

let e: E2E;
let page: Page;
// The report asks for every analysis at once: a cold, shared machine may take long.
const WAIT = { timeout: 240_000 };

const HEADINGS = [
  'Chiffres clés',
  'Contexte par domaine',
  'Schémas de la cartographie',
  'Le public BPI',
  'Acteurs et contacts',
  'Dispositifs',
  'Concurrence des dispositifs',
  'Partage d’information manquant',
  'Articulation avec le CIR',
  'Zones blanches',
  'Recommandations',
  'Sources',
];

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

const rows = (table: string) => page.locator(`[data-table="${table}"] tbody tr`).count();

describe('the report', () => {
  it('is reached from the explorer and has every section', async () => {
    await page.goto(e.base);
    expect(await page.getAttribute('[data-testid=open-report]', 'href')).toBe('/report');
    await page.goto(`${e.base}/report`);
    await page.waitForSelector('[data-testid=report][data-ready=true], .error', WAIT);
    expect(await page.locator('.error').allTextContents()).toEqual([]);
    expect(await page.locator('.report h2').allTextContents()).toEqual(HEADINGS);
    expect(await page.textContent('.report h1')).toContain('Cartographie des acteurs');
    expect(await page.locator('[data-testid=report-map] path[data-id]').count()).toBe(277);
  }, 300_000);

  it('holds the API’s rows in its tables: the long lists print their strongest 30 rows, in the API’s order, and say how many more the tool has', async () => {
    const api = await e.gql<{
      actors: { totalCount: number };
      programmes: { id: string }[];
      programmeOverlapPage: { totalCount: number; nodes: { a: { name: string }; b: { name: string } }[] };
      informationGapPage: { totalCount: number; nodes: { a: { name: string }; b: { name: string } }[]; largeProgrammes: { programme: { name: string } }[] };
      cirArticulation: { linked: unknown[]; unlinkedDetails: unknown[] };
      coverageGaps: { territory: { name: string }; barrier: { label: string } }[];
    }>(`{ actors(first: 1) { totalCount } programmes { id }
        programmeOverlapPage(limit: 30) { totalCount nodes { a { name } b { name } } }
        informationGapPage(limit: 30) { totalCount nodes { a { name } b { name } } largeProgrammes { programme { name } } }
        cirArticulation { linked { distance } unlinkedDetails { explanation } } coverageGaps(level: EPCI) { territory { name } barrier { label } } }`);
    expect(await rows('actors')).toBe(api.actors.totalCount);
    expect(api.actors.totalCount).toBeGreaterThan(100);
    expect(await rows('programmes')).toBe(api.programmes.length);
    const cells = (table: string, n: number) =>
      page
        .locator(`[data-table="${table}"] tbody tr`)
        .evaluateAll((trs, k) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, k).map((td) => td.textContent)), n);
    const pairs = (list: { a: { name: string }; b: { name: string } }[]) => list.map((x) => [x.a.name, x.b.name]);
    const more = (mode: string) => page.locator(`[data-testid=report-more][data-mode=${mode}]`).textContent();
    // the seed has more than 30 of each: the first 30, in order, then « N autres résultats dans l’outil »
    expect(api.programmeOverlapPage.totalCount).toBeGreaterThan(30);
    expect(await cells('overlaps', 2)).toEqual(pairs(api.programmeOverlapPage.nodes));
    expect(await rows('overlaps')).toBe(30);
    expect(await more('PROGRAMME_OVERLAPS')).toContain(`${api.programmeOverlapPage.totalCount - 30} autres résultats dans l’outil`);
    expect(api.informationGapPage.totalCount).toBeGreaterThan(30);
    expect(await cells('information-gaps', 2)).toEqual(pairs(api.informationGapPage.nodes));
    expect(await more('INFORMATION_GAPS')).toContain(`${api.informationGapPage.totalCount - 30} autres résultats dans l’outil`);
    expect(await cells('information-gaps-programmes', 1)).toEqual(api.informationGapPage.largeProgrammes.map((l) => [l.programme.name]));
    expect(await rows('cir')).toBe(api.cirArticulation.linked.length + api.cirArticulation.unlinkedDetails.length);
    expect(api.coverageGaps.length).toBeGreaterThan(30);
    expect(await cells('coverage-gaps', 2)).toEqual(api.coverageGaps.slice(0, 30).map((g) => [g.territory.name, g.barrier.label]));
    expect(await more('COVERAGE_GAPS')).toContain(`${api.coverageGaps.length - 30} autres résultats dans l’outil`);
    expect(await page.getAttribute('[data-testid=report-more][data-mode=COVERAGE_GAPS] a', 'href')).toBe(`${e.base}/?mode=COVERAGE_GAPS`);
    expect(await page.locator('.sources li').count()).toBeGreaterThan(10);
  });

  it('prints on A4 with no element wider than the page, every heading and page numbers in the PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    // the printable width of A4 with the stylesheet's 12 mm side margins, in CSS pixels
    const width = Math.floor(((210 - 24) / 25.4) * 96);
    await page.setViewportSize({ width, height: 1000 });
    const over = await page.evaluate((w) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('.report *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > w + 1) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`);
      }
      return out.slice(0, 5);
    }, width);
    expect(over).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(HEADINGS.length);
    // pdfjs splits ligatures (« Chi ff res ») and lines: compare without white space
    const flat = text.replace(/\s+/g, '');
    for (const h of HEADINGS) expect(flat).toContain(h.replace(/\s+/g, ''));
    expect(flat).toContain(`page2/${pages}`);
  });

  it('covers one EPCI with ?territory=', async () => {
    await page.emulateMedia({ media: 'screen' });
    const { territories } = await e.gql<{ territories: { id: string; name: string }[] }>('{ territories(level: EPCI) { id name } }');
    const epci = territories.find((t) => /Brest/.test(t.name)) ?? territories[0];
    if (!epci) throw new Error('no EPCI in the seed');
    await page.goto(`${e.base}/report?territory=${epci.id}`);
    await page.waitForSelector('[data-testid=report][data-ready=true]', WAIT);
    expect(await page.textContent('.report .scope')).toContain(epci.name);
    const { actors } = await e.gql<{ actors: { totalCount: number } }>(`{ actors(first: 1, filter: { territoryId: "${epci.id}" }) { totalCount } }`);
    expect(await rows('actors')).toBe(actors.totalCount);
  }, 300_000);
});
