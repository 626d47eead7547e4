// Files in the explorer: upload with a preview that points at the problem, fix, confirm; export
// GEXF from a filtered view with the on-screen positions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheets } from '../../server/src/files/spreadsheet.js';
import { writeWorkbook } from '../../server/src/files/workbook.js';
import { type E2E, graphReady, nodesWith, startE2E, WAIT } from './harness.js';

let e: E2E;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'agir-e2e-files-'));

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage();
});
afterAll(async () => {
  await e?.close();
});

/** A workbook that adds one actor active in the Finistère (MERGE), with the given type cell. */
async function workbook(name: string, kind: string, whole = false): Promise<string> {
  const tables = writeSheets({
    format: 'agir-cartography',
    version: 1,
    // A REPLACE workbook holds its own territories (nothing stored is left to refer to).
    ...(whole ? { territories: [{ id: '29', name: 'Finistère', level: 'DEPARTMENT' as const }] } : {}),
    actors: [{ id: 'asso-e2e', name: 'Caisse du test', kind: 'SOCIAL_PROTECTION', activeIn: ['29'], sources: ['entretien'] }],
  });
  const acteurs = tables.find((t) => t.name === 'acteurs');
  const row = acteurs?.rows[0];
  if (!acteurs || !row) throw new Error('no acteurs sheet');
  row.cells[acteurs.header.indexOf('type')] = kind;
  const file = join(dir, name);
  writeFileSync(file, await writeWorkbook(tables));
  return file;
}

describe('upload', () => {
  it('previews the problems line by line, then, fixed, imports after confirmation', async () => {
    // A small view (social protection bodies) lays out quickly; the new actor is one of them.
    await page.goto(`${e.base}/?kinds=SOCIAL_PROTECTION`);
    await graphReady(page);
    expect(await nodesWith(page, '#asso-e2e')).toEqual([]);
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file').setInputFiles(await workbook('avec-erreur.xlsx', 'Asso'));
    const problems = page.getByTestId('import-problems');
    await problems.waitFor(WAIT);
    const cells = await problems.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['acteurs', '2', 'type']);
    expect(cells[3]).toMatch(/^« Asso » n'est pas un type d'acteur/);
    expect(await page.getByTestId('import-go').isDisabled()).toBe(true);
    // Fixed: the preview says what will be created, nothing is written before confirming.
    await page.getByTestId('import-file').setInputFiles(await workbook('corrige.xlsx', 'Organisme de protection sociale'));
    await page.getByTestId('import-counts').filter({ hasText: 'À créer : 1 — à mettre à jour : 0 — à supprimer : 0' }).waitFor(WAIT);
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    expect(await e.gql<{ actor: unknown }>('{ actor(id: "asso-e2e") { id } }')).toEqual({ actor: null });
    await page.getByTestId('import-go').click();
    await page.getByTestId('import-status').filter({ hasText: 'Import terminé : 1 créé(s)' }).waitFor(WAIT);
    expect(await e.gql<{ actor: { name: string } }>('{ actor(id: "asso-e2e") { name } }')).toEqual({ actor: { name: 'Caisse du test' } });
    // Closing reloads the cartography: the new actor is on the graph.
    await page.getByRole('button', { name: 'Fermer' }).click();
    await graphReady(page);
    await page.waitForFunction(
      () => (window.__agir?.cy as () => { getElementById: (id: string) => { length: number } })().getElementById('asso-e2e').length === 1,
      undefined,
      WAIT,
    );
  });

  it('asks for a typed confirmation before replacing the whole cartography', async () => {
    await page.goto(`${e.base}/?kinds=SOCIAL_PROTECTION`);
    await graphReady(page);
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-mode-REPLACE').check();
    await page.getByTestId('import-file').setInputFiles(await workbook('remplacement.xlsx', 'SOCIAL_PROTECTION', true));
    await page.getByTestId('import-confirm-text').waitFor(WAIT);
    expect(await page.getByTestId('import-counts').textContent()).toMatch(/à supprimer : [1-9]\d*/);
    expect(await page.getByTestId('import-go').isDisabled()).toBe(true);
    await page.getByTestId('import-confirm-text').fill('remplacer');
    expect(await page.getByTestId('import-go').isDisabled()).toBe(true);
    await page.getByTestId('import-confirm-text').fill('REMPLACER');
    expect(await page.getByTestId('import-go').isDisabled()).toBe(false);
    // Not confirmed: the cartography stays.
    await page.getByRole('button', { name: 'Fermer' }).click();
    const { actors } = await e.gql<{ actors: { totalCount: number } }>('{ actors { totalCount } }');
    expect(actors.totalCount).toBeGreaterThan(100);
  });
});

describe('export', () => {
  it('exports GEXF from a filtered view with the positions on screen', async () => {
    await page.goto(`${e.base}/?kinds=SOCIAL_PROTECTION`);
    await graphReady(page);
    const shown = await nodesWith(page, 'node[type = "Actor"]');
    expect(shown.length).toBeGreaterThan(0);
    const positions = await page.evaluate(() => {
      const cy = (window.__agir?.cy as () => { nodes: () => { toArray: () => { id: () => string; position: () => { x: number; y: number } }[] } })();
      return Object.fromEntries(
        cy
          .nodes()
          .toArray()
          .map((n) => [n.id(), n.position()]),
      );
    });
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-gexf').check();
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export-go').click()]);
    expect(download.suggestedFilename()).toMatch(/^agir-cartographie-\d{4}-\d{2}-\d{2}\.gexf$/);
    const g = parseGexf(MultiDirectedGraph, readFileSync(await download.path(), 'utf8'));
    expect(g.filterNodes((_n, a) => a.type === 'Actor').sort()).toEqual(shown);
    expect(g.filterNodes((_n, a) => a.type === 'Actor' && a.kind !== 'SOCIAL_PROTECTION')).toEqual([]);
    for (const id of shown) {
      const p = positions[id] as { x: number; y: number };
      expect(g.getNodeAttribute(id, 'x')).toBeCloseTo(p.x, 3);
      expect(g.getNodeAttribute(id, 'y')).toBeCloseTo(-p.y, 3);
    }
  });
});
