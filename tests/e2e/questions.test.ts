// The questions answered on the graph: what is highlighted is exactly the API's answer, the top of
// it in focus by default and all of it with « Tout afficher ».
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, edgesWith, graphReady, highlightReady, nodesWith, pickTerritory, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
  await page.goto(e.base);
  await graphReady(page);
});
afterAll(async () => {
  await e?.close();
});

const TOP = 10;

interface Coverage {
  barrierCoverage: { actors: { scope: 'FULL' | 'PARTIAL'; actor: { id: string }; via: { id: string }[] }[] };
}
const COVERAGE = 'query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { scope actor { id } via { id } } } }';

/** Waits for the graph to show everything (« Tout afficher ») or the top of the answer. */
async function show(which: 'all' | 'top') {
  await page.getByTestId(which === 'all' ? 'focus-all' : 'focus-top').click();
  await page.waitForSelector(`[data-testid=graph][data-ready=true][data-view="${which === 'all' ? 'all' : 'focus:top'}"]`, WAIT);
}

/** The coverage drawn: in focus the top of the answer, with « Tout afficher » all of it with the rest faded. */
async function expectCoverageDrawn(barrier: string, territory: string) {
  const { barrierCoverage: c } = await e.gql<Coverage>(COVERAGE, { b: barrier, t: territory });
  const ids = (list: typeof c.actors) => list.map((a) => a.actor.id).sort();
  const viaOf = (list: typeof c.actors) => [...new Set(list.flatMap((a) => a.via.map((v) => v.id)))].sort();
  if (c.actors.length) {
    const top = c.actors.slice(0, TOP);
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    expect(await nodesWith(page, '.cov-full')).toEqual(ids(top.filter((a) => a.scope === 'FULL')));
    expect(await nodesWith(page, '.cov-partial')).toEqual(ids(top.filter((a) => a.scope === 'PARTIAL')));
    expect(await nodesWith(page, '.cov-via')).toEqual(viaOf(top));
    // only the answer and what explains it: the actors, their programmes, the barrier and the territory
    // (and, for a single answer, the territories of its scope)
    const expected = new Set([...ids(top), ...viaOf(top), barrier, territory]);
    const shown = await nodesWith(page, '');
    expect(shown).toEqual(expect.arrayContaining([...expected]));
    const extra = shown.filter((id) => !expected.has(id));
    if (top.length > 1) expect(extra).toEqual([]);
    else expect(await nodesWith(page, '[type = "Territory"]')).toEqual(expect.arrayContaining(extra));
    expect(await nodesWith(page, '.faded')).toEqual([]);
    await show('all');
  }
  expect(await nodesWith(page, '.cov-full')).toEqual(ids(c.actors.filter((a) => a.scope === 'FULL')));
  expect(await nodesWith(page, '.cov-partial')).toEqual(ids(c.actors.filter((a) => a.scope === 'PARTIAL')));
  expect(await nodesWith(page, '.cov-via')).toEqual(viaOf(c.actors));
  const all = await nodesWith(page, '');
  const marked = new Set([...ids(c.actors), ...viaOf(c.actors), barrier, territory]);
  expect(await nodesWith(page, '.faded')).toEqual(all.filter((id) => !marked.has(id)));
  return c;
}

describe('questions on the graph', () => {
  it('« Qui lève ce frein, ici ? »: garde d’enfants à Morlaix highlights exactly the covering actors, listed with contacts', async () => {
    await page.locator('input[data-mode=BARRIER_COVERAGE]').check();
    await page.selectOption('[data-testid=q-barrier]', 'CHILDCARE');
    await pickTerritory(page, 'q-territory', 'Morlaix', '29151');
    await page.waitForURL(/qb=CHILDCARE&qt=29151/, WAIT);
    await highlightReady(page, 'coverage:CHILDCARE:29151');
    const c = await expectCoverageDrawn('CHILDCARE', '29151');
    expect(c.actors.length).toBeGreaterThan(0);
    const rows = page.locator('[data-testid=results] tbody tr');
    expect(await rows.count()).toBe(c.actors.length);
    await expect(page.locator('[data-testid=results] thead').textContent()).resolves.toContain('Courriel');
    await expect(page.locator('[data-testid=results] .copy-table-caption').textContent()).resolves.toBe(
      'Qui lève le frein « Garde d’enfants » à Morlaix ?'.replace('’', "'"),
    );
  });

  it('a territory with partial coverage distinguishes FULL and PARTIAL', async () => {
    // The department as territory: actors working on part of it only are PARTIAL.
    await pickTerritory(page, 'q-territory', 'Finistère', '29');
    await highlightReady(page, 'coverage:CHILDCARE:29');
    await expectCoverageDrawn('CHILDCARE', '29');
  });

  it('overlapping programmes: the top ten pairs in focus, one weighted edge per pair; all of the first page on demand', async () => {
    await page.locator('input[data-mode=PROGRAMME_OVERLAPS]').check();
    await highlightReady(page, 'overlaps:0.3');
    const { programmeOverlaps } = await e.gql<{ programmeOverlaps: { a: { id: string }; b: { id: string }; score: number }[] }>(
      // the explorer asks for the first page of the national list (100 rows; the next on demand)
      '{ programmeOverlaps(minScore: 0.3, limit: 100) { a { id } b { id } score } }',
    );
    const edgeOf = (drawn: Awaited<ReturnType<typeof edgesWith>>, o: (typeof programmeOverlaps)[number]) =>
      drawn.find((d) => (d.source === o.a.id && d.target === o.b.id) || (d.source === o.b.id && d.target === o.a.id));
    const top = programmeOverlaps.slice(0, TOP);
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    let drawn = await edgesWith(page, '.hl-overlap');
    expect(drawn.length).toBe(top.length);
    for (const o of top) expect(edgeOf(drawn, o)?.data.score).toBe(o.score);
    expect(await page.locator('[data-testid=focus-list] ol.ranked li').count()).toBe(top.length);
    expect(await page.locator('[data-testid=results] tbody tr').count()).toBe(programmeOverlaps.length);
    await show('all');
    drawn = await edgesWith(page, '.hl-overlap');
    expect(drawn.length).toBe(programmeOverlaps.length);
    for (const o of programmeOverlaps) expect(edgeOf(drawn, o)?.data.score).toBe(o.score);
    await show('top');
  });

  it('information-sharing gaps: dashed edges between the actors who should share, by strength', async () => {
    await page.locator('input[data-mode=INFORMATION_GAPS]').check();
    await highlightReady(page, 'gaps');
    const { informationGaps } = await e.gql<{ informationGaps: { a: { id: string }; b: { id: string }; strength: number }[] }>(
      '{ informationGaps(limit: 100) { a { id } b { id } strength } }',
    );
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    const strengths = (list: { strength: number }[]) => list.map((g) => g.strength).sort();
    expect(strengths((await edgesWith(page, '.hl-gap')).map((d) => ({ strength: d.data.strength as number })))).toEqual(
      strengths(informationGaps.slice(0, TOP)),
    );
    await show('all');
    const drawn = await edgesWith(page, '.hl-gap');
    expect(drawn.length).toBe(informationGaps.length);
    expect(strengths(drawn.map((d) => ({ strength: d.data.strength as number })))).toEqual(strengths(informationGaps));
    expect(await edgesWith(page, '.hl-overlap')).toEqual([]);
  });

  it('CIR articulation: distance classes, unlinked actors flagged, rings in the concentric layout', async () => {
    await page.locator('input[data-mode=CIR_ARTICULATION]').check();
    await highlightReady(page, 'cir:2');
    const { cirArticulation: r } = await e.gql<{
      cirArticulation: { linked: { actor: { id: string }; distance: number; path: string[] }[]; unlinked: { id: string }[] };
    }>('{ cirArticulation(maxHops: 2) { linked { distance path actor { id } } unlinked { id } } }');
    // in focus: the paths of the ten closest actors
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    expect(await nodesWith(page, '')).toEqual([...new Set(r.linked.slice(0, TOP).flatMap((l) => l.path))].sort());
    await show('all');
    const shown = new Set(await nodesWith(page, ''));
    expect(await nodesWith(page, '.cir-root')).toEqual(['CIR']);
    const at = (d: number) =>
      r.linked
        .filter((l) => l.distance === d && shown.has(l.actor.id))
        .map((l) => l.actor.id)
        .sort();
    expect(await nodesWith(page, '.cir-d1')).toEqual(at(1));
    expect(await nodesWith(page, '.cir-d2')).toEqual(at(2));
    expect(await nodesWith(page, '.cir-unlinked')).toEqual(
      r.unlinked
        .filter((u) => shown.has(u.id))
        .map((u) => u.id)
        .sort(),
    );
    expect(await nodesWith(page, '.faded')).toEqual([]);

    await page.selectOption('[data-testid=layout]', 'concentric');
    await page.waitForURL(/layout=concentric/, WAIT);
    await graphReady(page);
    const dist = await page.evaluate(() => {
      type N = { id: () => string; position: () => { x: number; y: number }; hasClass: (c: string) => boolean };
      const cy = (window.__agir?.cy as () => { getElementById: (id: string) => N; nodes: () => { toArray: () => N[] } })();
      const c = cy.getElementById('CIR').position();
      const d = (n: N) => Math.hypot(n.position().x - c.x, n.position().y - c.y);
      const mean = (cls: string) => {
        const ns = cy
          .nodes()
          .toArray()
          .filter((n) => n.hasClass(cls));
        return ns.reduce((s, n) => s + d(n), 0) / Math.max(ns.length, 1);
      };
      return { d1: mean('cir-d1'), d2: mean('cir-d2'), unlinked: mean('cir-unlinked') };
    });
    expect(dist.d1).toBeLessThan(dist.d2);
    expect(dist.d2).toBeLessThan(dist.unlinked);
    await page.selectOption('[data-testid=layout]', 'fcose');
    await graphReady(page);
  });

  it('coverage gaps: a territory × barrier matrix; a cell runs the coverage question', async () => {
    await page.locator('input[data-mode=COVERAGE_GAPS]').check();
    await page.locator('[data-testid=matrix]').waitFor(WAIT);
    type Gaps = { coverageGaps: { territory: { id: string }; barrier: { id: string }; actorCount: number }[]; territories: { id: string }[] };
    const query = 'query($l: TerritoryLevel!) { coverageGaps(level: $l) { territory { id } barrier { id } actorCount } territories(level: $l) { id } }';
    // the first level at which the seed has gaps (the default level is EPCI)
    let level = 'EPCI';
    let answer = await e.gql<Gaps>(query, { l: level });
    for (const l of ['EMPLOYMENT_AREA', 'COMMUNE', 'DEPARTMENT']) {
      if (answer.coverageGaps.length) break;
      level = l;
      answer = await e.gql<Gaps>(query, { l });
      await page.selectOption('[data-testid=q-level]', l);
    }
    await page.waitForSelector(`[data-testid=matrix][data-level=${level}]`, WAIT);
    const { coverageGaps, territories } = answer;
    expect(await page.locator('[data-testid=matrix] tbody tr').count()).toBe(territories.length);
    expect(await page.locator('[data-testid=matrix] td.cell.gap').count()).toBe(coverageGaps.length);
    // Definitions v2: the seed has gaps (part of a territory further than maxKm from help).
    expect(coverageGaps.length).toBeGreaterThan(0);
    const first = coverageGaps[0] as Gaps['coverageGaps'][number];
    await page.locator(`[data-cell="${first.territory.id}|${first.barrier.id}"]`).click();
    await page.waitForURL(new RegExp(`qb=${first.barrier.id}&qt=${first.territory.id}`), WAIT);
    await highlightReady(page, `coverage:${first.barrier.id}:${first.territory.id}`);
    await expectCoverageDrawn(first.barrier.id, first.territory.id);
    // a gap (definitions v2: part of the territory is further than maxKm from help): the actors
    // drawn as covering it in full are the gap's actorCount (focus mode draws the top TOP of the
    // answer, FULL actors first)
    expect(await nodesWith(page, '.cov-full')).toHaveLength(Math.min(first.actorCount, TOP));
  });

  it('no question: nothing highlighted', async () => {
    await page.locator('input[data-mode=none]').check();
    await page.waitForURL(/mode=none/, WAIT);
    await highlightReady(page, '');
    expect(await nodesWith(page, '.faded, .cov-full, .cov-partial, .hl-pair, .cir-root')).toEqual([]);
    expect(await edgesWith(page, '.hl-extra')).toEqual([]);
  });
});
