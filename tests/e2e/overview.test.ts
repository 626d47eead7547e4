// The explorer at national scale (issue 14, level of detail): ten synthetic departments are too
// many elements to draw, so the graph shows one group per department; opening one draws exactly
// the API's members of that department inside it, the others staying grouped; the URL keeps the
// open groups; closing regroups.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCartography } from '../../bench/generate.js';
import { importDocument } from '../../server/src/import/load.js';
import { type E2E, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;

interface Drawn {
  groups: { id: string; label: string; open: boolean; children: number }[];
  actors: { id: string; parent: string | null }[];
}

beforeAll(async () => {
  e = await startE2E();
  const r = await importDocument(e.db, generateCartography({ departments: 10, seed: 7 }), 'REPLACE');
  expect(r.problems).toEqual([]);
  page = await e.newPage();
}, 600_000);
afterAll(async () => {
  await e?.close();
});

const ready = () => page.waitForSelector('[data-testid=graph][data-ready=true]', WAIT);

/** What Cytoscape draws: the group nodes and the actors, with their compound parent. */
const drawn = (): Promise<Drawn> =>
  page.evaluate(() => {
    const cy = (window.__agir?.cy as () => import('cytoscape').Core)();
    return {
      groups: cy.nodes('.t-Group').map((n) => ({ id: n.id(), label: String(n.data('label')), open: n.hasClass('open'), children: n.children().length })),
      actors: cy.nodes('.t-Actor').map((n) => ({ id: n.id(), parent: n.parent().map((p) => p.id())[0] ?? null })),
    };
  });

describe('level of detail', () => {
  it('draws one group per department, opens one in place with exactly its members, keeps it in the URL, regroups', { timeout: 900_000 }, async () => {
    await page.goto(`${e.base}/?mode=none`);
    await ready();
    await page.waitForSelector('[data-testid=lod-banner]', WAIT);
    const { graphOverview } = await e.gql<{ graphOverview: { groups: { id: string; name: string; actorCount: number }[] } }>(
      '{ graphOverview { groups { id name actorCount } } }',
    );
    let d = await drawn();
    expect(d.groups.map((g) => g.id).sort()).toEqual(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10']);
    expect(d.actors).toEqual([]);
    const d03 = graphOverview.groups.find((g) => g.id === 'D03');
    expect(d.groups.find((g) => g.id === 'D03')?.label).toBe(`${d03?.name} — ${d03?.actorCount} acteurs`);

    // open D03 by a double click on it
    await page.evaluate(() => (window.__agir?.cy as () => import('cytoscape').Core)().getElementById('D03').emit('dbltap'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('groups') === 'D03', undefined, WAIT);
    await page.waitForFunction(() => (window.__agir?.cy as () => import('cytoscape').Core)().nodes('.t-Actor').length > 0, undefined, WAIT);
    await ready();
    const { graphGroupMembers } = await e.gql<{ graphGroupMembers: { nodes: { id: string; type: string }[] } }>(
      '{ graphGroupMembers(territoryId: "D03") { nodes { id type } } }',
    );
    const apiActors = graphGroupMembers.nodes
      .filter((n) => n.type === 'Actor')
      .map((n) => n.id)
      .sort();
    expect(apiActors).toHaveLength(d03?.actorCount ?? -1);
    d = await drawn();
    expect(d.actors.map((a) => a.id).sort()).toEqual(apiActors);
    expect(d.actors.every((a) => a.parent === 'D03')).toBe(true);
    expect(d.groups.filter((g) => g.open).map((g) => g.id)).toEqual(['D03']);
    expect(d.groups.filter((g) => !g.open && g.children === 0)).toHaveLength(9);

    // a shared link opens the same view
    await page.reload();
    await ready();
    await page.waitForFunction(() => (window.__agir?.cy as () => import('cytoscape').Core)().nodes('.t-Actor').length > 0, undefined, WAIT);
    d = await drawn();
    expect(d.actors.map((a) => a.id).sort()).toEqual(apiActors);

    // the group's details: counts, and the button that closes it
    await page.evaluate(() => (window.__agir?.cy as () => import('cytoscape').Core)().getElementById('D03').emit('onetap'));
    await page.waitForSelector('[data-testid=group-panel]', WAIT);
    expect(await page.textContent('[data-testid=group-panel]')).toContain(`${d03?.actorCount} acteurs`);
    await page.click('[data-testid=group-toggle]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('groups'), undefined, WAIT);
    await ready();
    d = await drawn();
    expect(d.actors).toEqual([]);
    expect(d.groups).toHaveLength(10);

    // the keyboard: Enter on the selected group opens it
    await page.focus('[data-testid=graph]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('groups') === 'D03', undefined, WAIT);
  });
});
