// The profile of the BPI public as charts (issue 13): imported figures for a few communes, an EPCI
// and the department; the map's figures panel draws them (bars and labels equal the API, « < 5 »
// for a secret figure, never its value), the « Profil du public » table by territory, the empty
// state, and the report's charts and table in Chromium's PDF.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
import { type E2E, startE2E, WAIT } from './harness.js';
import { pdfText } from './pdf.js';

let e: E2E;
let page: Page;
const REPORT_WAIT = { timeout: 240_000 };
const SOURCE = 'Fixture e2e du profil (chiffres inventés pour le test)';

const QUIMPER = {
  BPI_COUNT: 23,
  BPI_WOMEN: 20,
  BPI_MEN: 3, // secret
  BPI_UNDER_18: 8,
  BPI_18_25: 4, // secret
  BPI_26_59: 30,
  BPI_60_PLUS: 6,
  BPI_FAMILIES: 11,
  BPI_SINGLE: 12,
  BPI_IN_DNA: 9,
  BPI_OUTSIDE_DNA: 14,
  'BPI_COUNTRY:AFG': 12,
  'BPI_COUNTRY:SYR': 7,
  'BPI_COUNTRY:ERI': 2, // secret
};
const DEPARTMENT: Record<string, number> = {
  BPI_WOMEN: 410,
  BPI_MEN: 520,
  BPI_UNDER_18: 250,
  BPI_18_25: 180,
  BPI_26_59: 497,
  BPI_60_PLUS: 3, // the department is never secret
  BPI_FAMILIES: 600,
  BPI_SINGLE: 330,
  BPI_IN_DNA: 380,
  BPI_OUTSIDE_DNA: 550,
};
const DEPT_COUNTRIES = ['AFG', 'SYR', 'ERI', 'SDN', 'SOM', 'UKR', 'GIN', 'CIV', 'COD', 'TUR', 'IRN', 'ALB', 'GEO'];
DEPT_COUNTRIES.forEach((c, i) => {
  DEPARTMENT[`BPI_COUNTRY:${c}`] = 130 - i * 10;
});

const rowsOf = (territory: string, figures: Record<string, number>) =>
  Object.entries(figures).map(([indicator, value]) => ({ territory, indicator, year: 2024, value, source: SOURCE }));

beforeAll(async () => {
  e = await startE2E();
  const r = await importDocument(
    e.db,
    {
      format: 'agir-cartography',
      version: 1,
      statistics: [
        ...rowsOf('29232', QUIMPER),
        ...rowsOf('29019', { BPI_WOMEN: 40, BPI_MEN: 52, BPI_IN_DNA: 1 }),
        ...rowsOf('29151', { BPI_WOMEN: 6 }),
        ...rowsOf('200068120', { BPI_WOMEN: 35, BPI_MEN: 38 }),
        ...rowsOf('29', DEPARTMENT),
      ],
    },
    'MERGE',
  );
  expect(r.problems).toEqual([]);
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

interface ApiFigure {
  indicator: string;
  value: number | null;
  display: string;
  secret: boolean;
}
const apiFigures = async (id: string) =>
  (
    await e.gql<{ territory: { statistics: ApiFigure[] } }>(
      'query($id: ID!) { territory(id: $id) { statistics(latest: true) { indicator value display secret } } }',
      { id },
    )
  ).territory.statistics;

/** The bars of a chart as drawn: key, label text, displayed figure, secret flag and width. */
const drawnBars = (root: string, chart: string) =>
  page.$$eval(`${root} figure[data-chart="${chart}"] svg g[aria-label="bar"] rect`, (rects) =>
    rects.map((r) => {
      const key = r.getAttribute('data-key') ?? '';
      const text = r.closest('svg')?.querySelector(`g[aria-label="text"] text[data-key="${key}"]`)?.textContent ?? null;
      return { key, text, secret: r.getAttribute('data-secret') === 'true', width: Number(r.getAttribute('width')) };
    }),
  );

describe('the profile charts', () => {
  it('draws a commune’s profile in the map’s figures panel: labels equal the API, « < 5 » for a secret figure', async () => {
    await page.goto(`${e.base}/?view=map`);
    await page.waitForSelector('[data-testid=map][data-ready="COMMUNE|BPI_COUNT"]', WAIT);
    await page.locator('[data-testid=map] path.territory[data-id="29232"]').focus();
    await page.keyboard.press('Enter');
    const panel = '[data-testid=map-profile]';
    await page.waitForSelector(`${panel} [data-testid=profile-charts] figure[data-chart=dna] svg`, WAIT);
    expect(await page.locator(`${panel} figure[data-chart]`).evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')))).toEqual([
      'age',
      'sex',
      'family',
      'countries',
      'dna',
    ]);

    const api = new Map((await apiFigures('29232')).map((f) => [f.indicator, f]));
    expect(api.get('BPI_MEN')).toMatchObject({ value: null, display: '< 5', secret: true });
    for (const chart of ['age', 'sex', 'family', 'countries', 'dna']) {
      const bars = await drawnBars(panel, chart);
      expect(bars.length).toBeGreaterThan(1);
      for (const b of bars) {
        const f = api.get(b.key);
        expect(f, b.key).toBeDefined();
        expect(b.text).toBe(f?.display);
        expect(b.secret).toBe(f?.secret);
      }
      // bar lengths follow the API's values (secret bars excepted: a fixed stub)
      const open = bars.filter((b) => !b.secret);
      const ref = open[0];
      for (const b of open) {
        const v = api.get(b.key)?.value ?? 0;
        const rv = api.get(ref?.key ?? '')?.value ?? 1;
        expect(b.width / (ref?.width ?? 1)).toBeCloseTo(v / rv, 1);
      }
    }
    // age bands from the oldest (top) to the youngest (bottom), like a pyramid
    expect((await drawnBars(panel, 'age')).map((b) => b.key)).toEqual(['BPI_60_PLUS', 'BPI_26_59', 'BPI_18_25', 'BPI_UNDER_18']);
    // the secret figures show « < 5 » and nowhere their stored value
    const men = await drawnBars(panel, 'sex');
    expect(men.find((b) => b.key === 'BPI_MEN')).toMatchObject({ text: '< 5', secret: true });
    const countries = await drawnBars(panel, 'countries');
    expect(countries.map((b) => b.key)).toEqual(['BPI_COUNTRY:AFG', 'BPI_COUNTRY:SYR', 'BPI_COUNTRY:ERI']);
    expect(countries[2]).toMatchObject({ text: '< 5', secret: true });
    const chartsText = (await page.textContent(`${panel} [data-testid=profile-charts]`)) ?? '';
    expect(chartsText).toContain('Afghanistan');
    expect(chartsText).toContain('Érythrée');
    expect(chartsText).toContain(`Source : ${SOURCE} — année 2024`);
    expect(chartsText).toContain('pas de pyramide par sexe');
    // a data table for each chart (the text alternative)
    expect(await page.locator(`${panel} table.profile-data tr[data-key="BPI_MEN"] td`).textContent()).toBe('< 5');
    const svgText = await page.$$eval(`${panel} svg g[aria-label="text"] text`, (ts) => ts.map((t) => t.textContent ?? ''));
    for (const leak of ['3', '4', '2']) expect(svgText.filter((s) => s === leak)).toEqual([]);
  });

  it('says how to import the figures where there are none', async () => {
    await page.locator('[data-testid=map] path.territory[data-id="29003"]').focus();
    await page.keyboard.press('Enter');
    const empty = page.locator('[data-testid=map-profile] [data-testid=profile-empty]');
    await empty.waitFor(WAIT);
    const text = (await empty.textContent()) ?? '';
    expect(text).toContain('Aucun chiffre du profil');
    expect(text).toContain('Importer un fichier');
    expect(await page.locator('[data-testid=map-profile] svg').count()).toBe(0);
  });

  it('lists the profile by commune in « Profil du public », sortable, with secrecy', async () => {
    await page.click('[data-testid=map-tab-profile]');
    await page.waitForSelector('[data-testid=profile-panel][data-ready=COMMUNE]', WAIT);
    const ids = () => page.locator('[data-testid=profile-panel] tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-id')));
    expect((await ids()).sort()).toEqual(['29019', '29151', '29232']);
    const cell = (id: string, c: string) => page.textContent(`[data-testid=profile-panel] tr[data-id="${id}"] td[data-column="${c}"]`);
    expect(await cell('29232', 'BPI_MEN')).toBe('< 5');
    expect(await cell('29019', 'BPI_IN_DNA')).toBe('< 5');
    expect(await cell('29019', 'BPI_MEN')).toBe('52');
    await page.click('[data-testid=profile-panel] th[data-column=BPI_WOMEN] button');
    expect(await ids()).toEqual(['29019', '29232', '29151']);
    await page.click('[data-testid=profile-panel] th[data-column=BPI_WOMEN] button');
    expect(await ids()).toEqual(['29151', '29232', '29019']);
    await page.click('[data-testid=profile-panel] th[data-column=BPI_MEN] button');
    expect((await ids()).slice(0, 2)).toEqual(['29019', '29232']); // 52, then « < 5 »
    // by EPCI: the map's scope
    await page.click('[data-testid=map-tab-map]');
    await page.selectOption('[data-testid=map-level]', 'EPCI');
    await page.click('[data-testid=map-tab-profile]');
    await page.waitForSelector('[data-testid=profile-panel][data-ready=EPCI]', WAIT);
    expect(await ids()).toEqual(['200068120']);
  });
});

describe('the report’s profile', () => {
  it('has the department’s charts and the table by EPCI, and an EPCI’s by commune in the PDF', async () => {
    await page.goto(`${e.base}/report`);
    await page.waitForSelector('[data-testid=report][data-ready=true]', REPORT_WAIT);
    await page.waitForSelector('[data-section=profile][data-ready=true] figure[data-chart=dna] svg', REPORT_WAIT);
    const root = '[data-section=profile]';
    const api = new Map((await apiFigures('29')).map((f) => [f.indicator, f]));
    const age = await drawnBars(root, 'age');
    expect(age.find((b) => b.key === 'BPI_60_PLUS')).toMatchObject({ text: '3', secret: false });
    for (const b of age) expect(b.text).toBe(api.get(b.key)?.display);
    const countries = await drawnBars(root, 'countries');
    expect(countries).toHaveLength(11);
    expect(countries[10]).toMatchObject({ key: 'OTHERS', text: '60' }); // IRN 30 + ALB 20 + GEO 10
    const epciRows = await page.locator(`${root} [data-table=profile] tbody tr`).evaluateAll((rs) => rs.map((r) => r.getAttribute('data-id')));
    expect(epciRows).toEqual(['200068120']);
    expect(await page.textContent(`${root} tr[data-id="200068120"] td[data-column=BPI_MEN]`)).toBe('38');

    await page.goto(`${e.base}/report?territory=200068120`);
    await page.waitForSelector('[data-testid=report][data-ready=true]', REPORT_WAIT);
    await page.waitForSelector('[data-section=profile][data-ready=true] figure[data-chart=sex] svg', REPORT_WAIT);
    const communes = await page.locator(`${root} [data-table=profile] tbody tr`).evaluateAll((rs) => rs.map((r) => r.getAttribute('data-id')));
    expect(communes).toEqual(['29232']);
    const api29232 = new Map((await apiFigures('29232')).map((f) => [f.indicator, f]));
    const cells = await page
      .locator(`${root} tr[data-id="29232"] td[data-column]`)
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-column'), td.textContent]));
    for (const [c, text] of cells) expect(text).toBe(api29232.get(c ?? '')?.display);
    const pdf = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    // (pdf.js splits ligatures: « Pro fi l »; booleans keep a failure's message short)
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text.includes('public BPI — CA Quimper Bretagne Occidentale Sexe Femmes Hommes')).toBe(true);
    expect(/public par territoire \(Commune\)/.test(text)).toBe(true);
    expect(text.includes('Source : Fixture e2e du pro')).toBe(true);
    // the table's row as printed: the API's figures in the columns' order
    expect(text.includes(cells.map(([c]) => api29232.get(c ?? '')?.display).join(' '))).toBe(true);
    // no profile chart wider than the printed page
    const overflow = await page.$$eval(
      '[data-section=profile] svg',
      (ss) => ss.filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth).length,
    );
    expect(overflow).toBe(0);
  }, 600_000);
});
