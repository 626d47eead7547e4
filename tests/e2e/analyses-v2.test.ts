// The explorer shows the analyses v2 as the API answers them: the zones blanches matrix (reachedShare,
// actorCount, maxKm, explanations, the data to complete first), the coverage table's share, distance
// and direct/via columns, and the details panel's sites, outreach and ended programmes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, graphReady, highlightReady, nodesWith, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

interface GapRow {
  territory: { id: string };
  barrier: { id: string };
  actorCount: number;
  reachedShare: number;
  explanation: string;
}
const GAPS = `query($l: TerritoryLevel!, $km: Float) {
  coverageGaps(level: $l, maxKm: $km) { territory { id } barrier { id } actorCount reachedShare explanation }
  unlocatedActors { actor { id } }
}`;

/** The matrix on screen: one entry per gap cell, with what it shows. */
async function matrixCells(): Promise<{ cell: string; text: string; actors: number; reached: number; shade: number }[]> {
  return page.$$eval('[data-testid=matrix] td.cell.gap', (tds) =>
    tds.map((td) => {
      const b = td.querySelector('button') as HTMLButtonElement;
      return {
        cell: b.dataset.cell ?? '',
        text: b.textContent ?? '',
        actors: Number((td as HTMLElement).dataset.actors),
        reached: Number((td as HTMLElement).dataset.reached),
        shade: Number(getComputedStyle(td).getPropertyValue('--gap-shade')),
      };
    }),
  );
}

/** Compares the matrix drawn with the API's answer at a level and a distance. */
async function expectMatrix(level: string, maxKm: number) {
  await page.waitForSelector(`[data-testid=matrix][data-level=${level}][data-km="${maxKm}"]`, WAIT);
  const api = await e.gql<{ coverageGaps: GapRow[]; unlocatedActors: { actor: { id: string } }[] }>(GAPS, { l: level, km: maxKm });
  // the first page, then « Afficher plus » until the whole list is on screen
  const more = page.getByTestId('page-more-button');
  let pages = 1;
  for (;;) {
    const shown = await page.locator('[data-testid=matrix] td.cell.gap').count();
    if (!(await more.count())) break;
    expect(shown).toBeLessThan(api.coverageGaps.length);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=matrix] td.cell.gap').length > n, shown, WAIT);
    pages++;
  }
  const cells = await matrixCells();
  const byCell = new Map(cells.map((c) => [c.cell, c]));
  expect(cells).toHaveLength(api.coverageGaps.length);
  for (const g of api.coverageGaps) {
    const c = byCell.get(`${g.territory.id}|${g.barrier.id}`);
    expect(c, `${g.territory.id}|${g.barrier.id}`).toBeDefined();
    expect(c?.text).toBe(String(g.actorCount));
    expect(c?.actors).toBe(g.actorCount);
    expect(c?.reached).toBeCloseTo(g.reachedShare, 9);
    // the shade grows as the reached share falls: 0.2 (almost everyone reached) to 1 (nobody)
    expect(c?.shade).toBeCloseTo(0.2 + 0.8 * (1 - g.reachedShare), 2);
  }
  // the gaps with their explanation, in the API's order
  const listed = await page.$$eval('[data-testid=gap-list] li', (lis) =>
    lis.map((li) => ({ id: (li as HTMLElement).dataset.gap, text: li.textContent ?? '' })),
  );
  expect(listed.map((l) => l.id)).toEqual(api.coverageGaps.map((g) => `${g.territory.id}|${g.barrier.id}`));
  listed.forEach((l, i) => {
    expect(l.text).toContain(api.coverageGaps[i]?.explanation);
  });
  // the data to complete first: the covering actors without a known location
  const unlocated = await page.$$eval('[data-testid=unlocated] li', (lis) => lis.map((li) => (li as HTMLElement).dataset.actor ?? ''));
  expect(unlocated).toEqual(api.unlocatedActors.map((u) => u.actor.id));
  return { gaps: api.coverageGaps, pages };
}

describe('analyses v2 in the explorer', () => {
  it('zones blanches at EPCI level: every gap cell shows the API’s actorCount, shaded by its reachedShare, explained', async () => {
    await page.goto(`${e.base}/?mode=COVERAGE_GAPS`);
    const { gaps } = await expectMatrix('EPCI', 20);
    // definitions v2 on the Finistère seed: real gaps at EPCI level (part of the people further than 20 km from help)
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.some((g) => g.actorCount > 0)).toBe(true);
  });

  it('maxKm is editable: a larger distance asks the API again, the matrix and the URL follow', async () => {
    const input = page.getByTestId('q-maxkm');
    await input.fill('45');
    await input.press('Enter');
    await page.waitForURL(/km=45/, WAIT);
    const { gaps: at45 } = await expectMatrix('EPCI', 45);
    const at20 = (await e.gql<{ coverageGaps: GapRow[] }>(GAPS, { l: 'EPCI', km: 20 })).coverageGaps;
    // reaching further can only close gaps
    expect(at45.length).toBeLessThanOrEqual(at20.length);
  });

  it('zones blanches at commune level, then a gap cell asks the coverage question with its v2 columns', async () => {
    await page.getByTestId('q-maxkm').fill('20');
    await page.getByTestId('q-maxkm').press('Enter');
    await page.selectOption('[data-testid=q-level]', 'COMMUNE');
    const { gaps, pages } = await expectMatrix('COMMUNE', 20);
    expect(gaps.length).toBeGreaterThan(0);
    // the commune list is longer than a page (200 rows): it was paged on demand
    expect(pages).toBe(Math.ceil(gaps.length / 200));
    const first = gaps[0] as GapRow;
    await page.locator(`[data-cell="${first.territory.id}|${first.barrier.id}"]`).click();
    await highlightReady(page, `coverage:${first.barrier.id}:${first.territory.id}`);
    type Cov = {
      barrierCoverage: { actors: { actor: { name: string }; share: number; distanceKm: number | null; direct: boolean; via: { id: string }[] }[] };
    };
    const api = await e.gql<Cov>(
      'query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { actor { name } share distanceKm direct via { id } } } }',
      { b: first.barrier.id, t: first.territory.id },
    );
    const header = await page.$$eval('[data-testid=results] thead th', (ths) => ths.map((th) => th.textContent ?? ''));
    const rows = await page.$$eval('[data-testid=results] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows).toHaveLength(api.barrierCoverage.actors.length);
    const col = (name: string) => header.indexOf(name);
    expect(col('Part couverte')).toBeGreaterThan(-1);
    expect(col('Distance à l’aide')).toBeGreaterThan(-1);
    api.barrierCoverage.actors.forEach((a, i) => {
      const row = rows[i] ?? [];
      expect(row[col('Acteur')]).toBe(a.actor.name);
      expect(row[col('Part couverte')]).toBe(`${Math.round(a.share * 100)}\u00a0%`);
      expect(row[col('Distance à l’aide')]).toBe(a.distanceKm == null ? 'inconnue' : `${String(a.distanceKm).replace('.', ',')} km`);
      const route = [a.direct ? 'directe' : '', a.via.length ? 'par dispositif' : ''].filter(Boolean).join(' + ');
      expect(row[col('Action')]).toBe(route);
    });
  });

  it('the details panel lists an actor’s sites and outreach, and says an ended programme ended', async () => {
    type Sites = {
      actors: {
        edges: {
          node: { id: string; outreach: boolean; sites: { commune: { name: string }; address: string | null; label: string | null; phone: string | null }[] };
        }[];
      };
      programmes: { id: string; endDate: string | null }[];
    };
    const d = {
      ...(await e.gql<Pick<Sites, 'actors'>>('{ actors(first: 200) { edges { node { id outreach sites { commune { name } address label phone } } } } }')),
      ...(await e.gql<Pick<Sites, 'programmes'>>('{ programmes { id endDate } }')),
    };
    const withSites = d.actors.edges.map((x) => x.node).find((a) => a.sites.length > 0 && a.outreach);
    expect(withSites).toBeDefined();
    const actor = withSites as Sites['actors']['edges'][number]['node'];
    await page.goto(`${e.base}/?sel=${actor.id}`);
    await graphReady(page);
    await page.getByTestId('sites').waitFor(WAIT);
    const items = await page.$$eval('[data-testid=sites] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(actor.sites.length);
    actor.sites.forEach((s, i) => {
      expect(items[i]).toContain(s.commune.name);
      for (const v of [s.address, s.label, s.phone]) if (v) expect(items[i]).toContain(v);
    });
    await expect(page.getByTestId('outreach').textContent()).resolves.toBe('Intervient à domicile ou à distance');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const ended = d.programmes.find((p) => p.endDate && p.endDate < today);
    expect(ended).toBeDefined();
    await page.goto(`${e.base}/?sel=${ended?.id}`);
    await graphReady(page);
    const badge = page.getByTestId('ended');
    await badge.waitFor(WAIT);
    const [y, m, day] = (ended?.endDate as string).split('-');
    await expect(badge.textContent()).resolves.toBe(`Terminé le ${day}/${m}/${y}`);
    // on the graph: every ended programme drawn is marked ended (faint, dotted), and the legend says so
    const endedIds = d.programmes.filter((p) => p.endDate && p.endDate < today).map((p) => p.id);
    const drawn = await nodesWith(page, '');
    expect(await nodesWith(page, '.ended')).toEqual(drawn.filter((id) => endedIds.includes(id)).sort());
    expect(await nodesWith(page, '.ended')).toContain(ended?.id);
    await expect(page.getByTestId('legend').textContent()).resolves.toContain('Dispositif terminé');
  });

  it('national lists page: the first page of overlaps and information gaps, the total shown, « Afficher plus » on demand', async () => {
    type Page = {
      totalCount: number;
      nodes: { a: { id: string }; b: { id: string } }[];
      largeProgrammes?: { programme: { id: string }; explanation: string }[];
    };
    const lists = [
      {
        mode: 'PROGRAMME_OVERLAPS',
        query: '{ programmeOverlapPage(limit: 100000) { totalCount nodes { a { id } b { id } } } }',
        field: 'programmeOverlapPage',
      },
      {
        mode: 'INFORMATION_GAPS',
        query: '{ informationGapPage(limit: 100000) { totalCount nodes { a { id } b { id } } largeProgrammes { programme { id } explanation } } }',
        field: 'informationGapPage',
      },
    ] as const;
    let paged = 0;
    for (const l of lists) {
      const api = (await e.gql<Record<string, Page>>(l.query))[l.field] as Page;
      await page.goto(`${e.base}/?mode=${l.mode}`);
      await page.getByTestId('page-count').waitFor(WAIT);
      const count = page.getByTestId('page-count');
      await expect(count.getAttribute('data-total')).resolves.toBe(String(api.totalCount));
      const rows = page.locator('[data-testid=results] tbody tr');
      const ids = () => rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id ?? ''));
      // the first page: the first 100 rows of the list, in its order
      expect(await ids()).toEqual(api.nodes.slice(0, 100).map((n) => (n.a.id < n.b.id ? `${n.a.id}|${n.b.id}` : `${n.b.id}|${n.a.id}`)));
      const more = page.getByTestId('page-more-button');
      expect(await more.count()).toBe(api.totalCount > 100 ? 1 : 0);
      while (await more.count()) {
        const shown = await rows.count();
        await more.click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid=results] tbody tr').length > n, shown, WAIT);
        paged++;
      }
      expect(await rows.count()).toBe(api.totalCount);
      await expect(count.getAttribute('data-shown')).resolves.toBe(String(api.totalCount));
      if (api.largeProgrammes) {
        const notes = await page.$$eval('[data-testid=result-notes] li', (lis) => lis.map((li) => li.textContent ?? ''));
        expect(notes).toEqual(api.largeProgrammes.map((x) => x.explanation));
      }
    }
    // the seed's lists are longer than a page: paging was exercised
    expect(paged).toBeGreaterThan(0);
  });
});
