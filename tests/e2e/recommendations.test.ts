// Recommendations on the Finistère seed, in the browser: an editor (the harness's admin) drafts
// them from the analyses, accepts one and edits another in the explorer's panel; the report lists
// the accepted one, in its domain and peripheral-barrier sections.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearRecommendations } from '../../cypher/recommendations/queries.js';
import { type E2E, startE2E } from './harness.js';

let e: E2E;
let page: Page;
// The regeneration runs every analysis on the seed: a cold, shared machine may take long.
const WAIT = { timeout: 240_000 };

beforeAll(async () => {
  e = await startE2E();
  // The run's database may hold recommendations of another test file: start from none.
  await e.db.write(clearRecommendations, {});
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

interface Listed {
  recommendations: { id: string; status: string; text: string; edited: boolean; domains: { id: string }[]; peripheralBarriers: { id: string }[] }[];
}
const LIST = '{ recommendations { id status text edited domains { id } peripheralBarriers { id } } }';

describe('recommendations', () => {
  it('are drafted, accepted and edited in the explorer, and the accepted ones go into the report', async () => {
    await page.goto(e.base);
    await page.click('[data-testid=open-recommendations]');
    await page.waitForSelector('[data-testid=recommendations][open]', WAIT);
    await page.waitForSelector('[data-testid=recommendations] >> text=Aucune recommandation', WAIT);

    await page.click('[data-testid=reco-regenerate]');
    await page.waitForSelector('[data-testid=reco-item]', WAIT);
    const stored = (await e.gql<Listed>(LIST)).recommendations;
    expect(stored.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=reco-item]').count()).toBe(stored.length);
    expect(await page.textContent('[data-testid=reco-message]')).toContain(`${stored.length} recommandations rédigées`);
    // The items are in the API's order (highest priority first), each with its drafted text.
    expect(await page.locator('[data-testid=reco-item]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(stored.map((r) => r.id));
    expect(await page.locator('[data-testid=reco-item] .reco-text').first().textContent()).toContain('Quoi : ');

    // Accept the first one, with a peripheral barrier if there is one.
    const chosen = stored.find((r) => r.peripheralBarriers.length) ?? stored[0];
    if (!chosen) throw new Error('no recommendation');
    const item = page.locator(`[data-testid=reco-item][data-id="${chosen.id}"]`);
    await item.locator('[data-testid=reco-accept]').click();
    await page.waitForSelector(`[data-testid=reco-item][data-id="${chosen.id}"][data-status=ACCEPTED]`, WAIT);

    // Edit another one's text.
    const other = stored.find((r) => r.id !== chosen.id);
    if (!other) throw new Error('a single recommendation');
    const second = page.locator(`[data-testid=reco-item][data-id="${other.id}"]`);
    await second.locator('[data-testid=reco-edit]').click();
    await second.locator('[data-testid=reco-text]').fill('Texte revu dans le navigateur.');
    await second.locator('[data-testid=reco-save]').click();
    await page.waitForSelector(`[data-testid=reco-item][data-id="${other.id}"] .reco-text >> text=Texte revu dans le navigateur.`, WAIT);

    const after = new Map((await e.gql<Listed>(LIST)).recommendations.map((r) => [r.id, r]));
    expect(after.get(chosen.id)?.status).toBe('ACCEPTED');
    expect(after.get(other.id)).toMatchObject({ status: 'DRAFT', edited: true, text: 'Texte revu dans le navigateur.' });

    // The report: the accepted one only, in each of its domains and peripheral-barrier sections.
    await page.goto(`${e.base}/report`);
    await page.waitForSelector('[data-testid=report][data-ready=true], .error', WAIT);
    const ids = await page.locator('[data-testid=report-reco]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(ids).toEqual(Array(chosen.domains.length || 1).fill(chosen.id));
    expect(await page.locator('[data-section=recommendations] .reco-text').first().textContent()).toBe(after.get(chosen.id)?.text);
    for (const p of chosen.peripheralBarriers) expect(await page.textContent(`[data-peripheral="${p.id}"]`)).toContain('R1.');
    expect(await page.locator('[data-section=recommendations] [data-peripheral]').count()).toBe(6);
  }, 600_000);

  it('a ?territory= report lists only the accepted recommendations placed in, around or within that territory, the department-wide ones marked', async () => {
    // drafted by the test above (or here, when this file runs alone)
    const LIST_RULES = '{ recommendations { id rule status } }';
    type Ruled = { recommendations: { id: string; rule: string; status: string }[] };
    let all = (await e.gql<Ruled>(LIST_RULES)).recommendations;
    if (!all.length) {
      await e.gql('mutation { regenerateRecommendations { drafted } }');
      all = (await e.gql<Ruled>(LIST_RULES)).recommendations;
    }
    // accept every zone blanche (placed on EPCI) and a few others, within the write rate limit
    const toAccept = [...all.filter((r) => r.rule === 'ZONE_BLANCHE'), ...all.filter((r) => r.rule !== 'ZONE_BLANCHE')]
      .filter((r) => r.status !== 'ACCEPTED')
      .slice(0, 16);
    for (const r of toAccept) await e.gql('mutation($id: ID!) { updateRecommendation(id: $id, status: ACCEPTED) { id } }', { id: r.id });
    type Scoped = { recommendations: { id: string; departmentWide: boolean }[] };
    const SCOPED = 'query($t: ID) { recommendations(status: ACCEPTED, territoryId: $t) { id departmentWide } }';
    const accepted = (await e.gql<Scoped>(SCOPED, {})).recommendations;
    const { territories } = await e.gql<{ territories: { id: string; name: string }[] }>('{ territories(level: EPCI) { id name } }');
    let best: { id: string; list: Scoped['recommendations'] } | null = null;
    for (const t of territories) {
      const list = (await e.gql<Scoped>(SCOPED, { t: t.id })).recommendations;
      if (!best || list.length < best.list.length) best = { id: t.id, list };
    }
    if (!best) throw new Error('no EPCI');
    expect(best.list.length).toBeLessThan(accepted.length);
    await page.goto(`${e.base}/report?territory=${best.id}`);
    await page.waitForSelector('[data-testid=report][data-ready=true], .error', WAIT);
    const shown = await page
      .locator('[data-testid=report-reco]')
      .evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-id'), wide: el.querySelector('.dept-wide') != null })));
    expect([...new Set(shown.map((s) => s.id))].sort()).toEqual(best.list.map((r) => r.id).sort());
    const wide = new Set(shown.filter((s) => s.wide).map((s) => s.id));
    expect([...wide].sort()).toEqual(
      best.list
        .filter((r) => r.departmentWide)
        .map((r) => r.id)
        .sort(),
    );
  }, 600_000);
});
