// The map of the BPI public (issue 13): every commune of the seed drawn, coloured by an indicator
// with secrecy (« < 5 »), a click or Enter on a territory opens its figures, the zones blanches of a
// barrier hatched where the API says part of the people are out of reach.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
import { type E2E, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

const SECRET_FILL = '#d9d9d9';
const MISSING_FILL = '#ffffff';

beforeAll(async () => {
  e = await startE2E();
  // The seed has BPI figures for the department only: three communes get some here.
  const r = await importDocument(
    e.db,
    {
      format: 'agir-cartography',
      version: 1,
      statistics: [
        { territory: '29019', indicator: 'BPI_COUNT', year: 2024, value: 3, source: 'test' },
        { territory: '29232', indicator: 'BPI_COUNT', year: 2024, value: 57, source: 'test' },
        { territory: '29151', indicator: 'BPI_COUNT', year: 2024, value: 120, source: 'test' },
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

const fill = (id: string) => page.getAttribute(`[data-testid=map] path.territory[data-id="${id}"]`, 'fill');

describe('the map', () => {
  it('draws every commune of the seed, coloured by the BPI count with secrecy', async () => {
    await page.goto(`${e.base}/?view=map`);
    await page.waitForSelector('[data-testid=map][data-ready="COMMUNE|BPI_COUNT"]', WAIT);
    const { territories } = await e.gql<{ territories: { id: string }[] }>('{ territories(level: COMMUNE) { id } }');
    expect(territories.length).toBe(277);
    const drawn = await page.$$eval('[data-testid=map] path.territory', (ps) => ps.map((p) => p.getAttribute('data-id') ?? ''));
    expect(drawn.sort()).toEqual(territories.map((t) => t.id).sort());
    // every path has a shape
    const empty = await page.$$eval('[data-testid=map] path.territory', (ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length < 10).length);
    expect(empty).toBe(0);

    expect(await fill('29019')).toBe(SECRET_FILL); // 3 → « < 5 »
    const quimper = await fill('29232');
    const morlaix = await fill('29151');
    expect([quimper, morlaix]).not.toContain(MISSING_FILL);
    expect(quimper).not.toBe(morlaix); // two classes
    expect(await fill('29003')).toBe(MISSING_FILL); // no figure
    const legend = (await page.textContent('[data-testid=map-legend]')) ?? '';
    expect(legend).toContain('secret statistique');
    expect(legend).toContain('Pas de donnée');
    // actors as symbols of their kind
    expect(await page.locator('[data-testid=map] g.actor').count()).toBeGreaterThan(50);
  });

  it('opens the figures of a territory on click or Enter, « < 5 » for a small count', async () => {
    const brest = page.locator('[data-testid=map] path.territory[data-id="29019"]');
    await brest.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid=map-figures]');
    await panel.locator('h3', { hasText: 'Brest' }).waitFor(WAIT);
    const row = panel.locator('tr[data-indicator=BPI_COUNT]');
    await expect(row.locator('td').first().textContent()).resolves.toBe('< 5');
    expect(await panel.textContent()).toMatch(/Commune — 1\d\d[\s\u202f\u00a0]\d{3} habitants/);

    // a click on a commune where no actor symbol lies (symbols sit on the communes' centroids)
    const { mapActors, territories } = await e.gql<{
      mapActors: { communeId: string | null; sites: { communeId: string }[] }[];
      territories: { id: string; name: string }[];
    }>('{ mapActors { communeId sites { communeId } } territories(level: COMMUNE) { id name } }');
    const used = new Set(mapActors.flatMap((a) => [a.communeId, ...a.sites.map((s) => s.communeId)]));
    expect(used.size).toBeGreaterThan(10);
    const quiet = territories.find((t) => t.id === '29151' && !used.has(t.id)) ?? territories.find((t) => !used.has(t.id));
    if (!quiet) throw new Error('every commune has an actor');
    await page.click(`[data-testid=map] path.territory[data-id="${quiet.id}"]`);
    await panel.locator('h3', { hasText: quiet.name }).waitFor(WAIT);
    const { territory } = await e.gql<{ territory: { statistics: { indicator: string; display: string }[] } }>(
      `{ territory(id: "${quiet.id}") { statistics(latest: true) { indicator display } } }`,
    );
    const shown = await panel
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-indicator'), r.querySelector('td')?.textContent]));
    expect(shown).toEqual(territory.statistics.map((s) => [s.indicator, s.display]));
    if (!territory.statistics.length) expect(await panel.textContent()).toContain('Aucune statistique');
  });

  it('draws the EPCI, and hatches the zones blanches of a barrier as the API reports them', async () => {
    await page.selectOption('[data-testid=map-level]', 'EPCI');
    await page.waitForSelector('[data-testid=map][data-ready="EPCI|BPI_COUNT"]', WAIT);
    expect(await page.locator('[data-testid=map] path.territory').count()).toBe(21);
    await page.selectOption('[data-testid=map-barrier]', 'TRANSPORT');
    const { coverageGaps } = await e.gql<{ coverageGaps: { territory: { id: string }; reachedShare: number }[] }>(
      '{ coverageGaps(level: EPCI, barrierIds: ["TRANSPORT"]) { territory { id } reachedShare } }',
    );
    const expected = coverageGaps
      .filter((g) => g.reachedShare < 1)
      .map((g) => g.territory.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=map] [data-gap]').length === n, expected.length, WAIT);
    const hatched = await page.$$eval('[data-testid=map] [data-gap]', (ps) => ps.map((p) => p.getAttribute('data-gap') ?? ''));
    expect(hatched.sort()).toEqual(expected);
    expect(await page.textContent('[data-testid=map-legend]')).toContain('Zones blanches');
  });
});
