// The defects a new user met (issue 9), each with the test that would have caught it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
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

const nodeCount = (p: Page) => p.evaluate(() => (window.__agir?.cy as () => { nodes: () => { length: number } })().nodes().length);

describe('graph interaction', () => {
  it('expands a neighbourhood by double-clicking with the mouse, every time (the details panel waits for the double click)', async () => {
    await page.goto(`${e.base}/?mode=none&barriers=CHILDCARE`);
    await graphReady(page);
    const { graph } = await e.gql<{ graph: { edges: { source: string; target: string }[] } }>('{ graph { edges { source target } } }');
    const shown = new Set(await nodesWith(page, ''));
    // nodes on screen with a neighbour that is not: expanding them adds nodes
    const candidates = [...shown].filter((id) =>
      graph.edges.some((x) => (x.source === id && !shown.has(x.target)) || (x.target === id && !shown.has(x.source))),
    );
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    for (const target of candidates.slice(0, 3)) {
      const before = await nodeCount(page);
      const where = () =>
        page.evaluate((id) => {
          const cy = (window.__agir?.cy as () => { getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } } })();
          return cy.getElementById(id).renderedPosition();
        }, target);
      // Aim once the view has settled (a framing animation may still be running after the layout).
      let pos = await where();
      for (let i = 0; i < 50; i++) {
        await page.waitForTimeout(150);
        const next = await where();
        if (Math.abs(next.x - pos.x) < 0.5 && Math.abs(next.y - pos.y) < 0.5) break;
        pos = next;
      }
      const box = (await page.locator('[data-testid=graph]').boundingBox()) as { x: number; y: number };
      await page.mouse.dblclick(box.x + pos.x, box.y + pos.y);
      await page.waitForURL(new RegExp(`expand=${target}`), WAIT);
      await page.waitForFunction((n) => (window.__agir?.cy as () => { nodes: () => { length: number } })().nodes().length > n, before, WAIT);
      await graphReady(page);
      expect(await nodesWith(page, '.expanded')).toEqual([target]);
      await page.getByTestId('toggle-expand').click();
      await page.waitForURL((u) => !u.search.includes('expand='), WAIT);
      await graphReady(page);
      await page.keyboard.press('Escape');
    }
  });
});

describe('search', () => {
  it('finds programmes by what they describe, across the whole cartography, and shows the one picked even when filters hide it', async () => {
    const { programmes } = await e.gql<{ programmes: { id: string; name: string; description: string | null }[] }>('{ programmes { id name description } }');
    const mentions = programmes.filter((p) => !/financement/i.test(p.name) && /financement/i.test(p.description ?? ''));
    expect(mentions.length).toBeGreaterThan(0);
    await page.goto(`${e.base}/?mode=none&kinds=HEALTH_ACTOR`);
    await graphReady(page);
    await page.getByTestId('search').fill('financement');
    const options = page.locator('[role=listbox] [role=option]');
    await options.first().waitFor(WAIT);
    const found = await options.evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.node ?? ''));
    const hidden = mentions.find((m) => found.includes(m.id))?.id;
    if (!hidden) throw new Error(`none of ${mentions.map((m) => m.id).join(', ')} in ${found.join(', ')}`);
    expect((await nodesWith(page, '')).includes(hidden)).toBe(false);
    await page.locator(`[role=option][data-node="${hidden}"]`).click();
    await page.waitForURL(new RegExp(`sel=${hidden}`), WAIT);
    await page.waitForFunction(
      (id) => (window.__agir?.cy as () => { getElementById: (id: string) => { length: number } })().getElementById(id).length === 1,
      hidden,
      WAIT,
    );
    await graphReady(page);
    expect(await nodesWith(page, ':selected')).toEqual([hidden]);
  });
});

describe('export', () => {
  it('wraps a long subtitle (active filters) within the width of the image', async () => {
    await page.goto(
      `${e.base}/?mode=none&barriers=CHILDCARE&publics=BPI&territory=29&kinds=ASSOCIATION,LOCAL_AUTHORITY,SOCIAL_PROTECTION,STATE_SERVICE,PUBLIC_EMPLOYMENT_SERVICE,ACCOMMODATION_OPERATOR,HOUSING_PROVIDER,TRAINING_BODY&links=OPERATES,FUNDS,PARTNERS_WITH,PRESCRIBES,REFERS_TO,SHARES_INFO_WITH&formal=1`,
    );
    await graphReady(page);
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-svg').check();
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export-go').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    await page.keyboard.press('Escape');
    const r = await page.evaluate((s) => {
      const host = document.createElement('div');
      host.innerHTML = s;
      document.body.appendChild(host);
      const svg = host.querySelector('svg') as SVGSVGElement;
      const width = Number(svg.getAttribute('width'));
      const texts = [...svg.querySelectorAll('#title text')].map((t) => ({
        x: Number(t.getAttribute('x')),
        w: (t as SVGTextContentElement).getComputedTextLength(),
        s: t.textContent ?? '',
      }));
      host.remove();
      return { width, texts };
    }, text);
    expect(r.texts.length).toBeGreaterThan(2); // the title and a subtitle on several lines
    expect(r.texts.map((t) => t.s).join(' ')).toContain('Types d');
    for (const t of r.texts) expect(t.x + t.w, `« ${t.s} » runs off the image`).toBeLessThanOrEqual(r.width - 16 + 0.5);
  });
});

describe('English', () => {
  const FRENCH = ['Raisons', 'Score minimal', 'Public cible', 'Bénéficiaires de la protection', 'Tout public', 'acteurs reliés', 'paires de', ' : '];

  it('leaves no French in the panels, the results or the legend, question after question', async () => {
    await page.goto(`${e.base}/?lang=en&mode=INFORMATION_GAPS`);
    await highlightReady(page, 'gaps');
    const visible = async () =>
      [
        await page.locator('nav.side').innerText(),
        await page.getByTestId('legend').innerText(),
        (await page.locator('section.results').count()) ? await page.locator('section.results').innerText() : '',
      ].join('\n');
    // The cartography's own names are French data, not interface text: leave them out.
    const { graph } = await e.gql<{ graph: { nodes: { type: string; label: string }[] } }>('{ graph { nodes { type label } } }');
    const names = graph.nodes
      .filter((n) => n.type === 'Actor' || n.type === 'Programme')
      .map((n) => n.label)
      .sort((a, b) => b.length - a.length);
    const check = async () => {
      let text = await visible();
      for (const n of names) text = text.split(n).join('');
      for (const f of FRENCH) expect(text, `French « ${f} » in the English interface`).not.toContain(f);
    };
    expect(await page.locator('[data-testid=results] thead').innerText()).toContain('Reasons');
    await check();
    for (const [mode, key] of [
      ['PROGRAMME_OVERLAPS', 'overlaps:0.3'],
      ['CIR_ARTICULATION', 'cir:2'],
    ] as const) {
      await page.locator(`input[data-mode=${mode}]`).check();
      await highlightReady(page, key);
      await check();
    }
    expect(await page.locator('label[for=q-hops]').innerText()).toBe('Maximum hops');
    await page.locator('input[data-mode=PROGRAMME_OVERLAPS]').check();
    expect(await page.locator('label[for=q-min]').innerText()).toBe('Minimum score: 0.30');
    const publics = await page.locator('[data-testid=filter-public] option').allInnerTexts();
    expect(publics).toContain('General public (common law)');
    // barrier nodes on the graph are labelled in English too
    await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', WAIT);
    const barrierLabels = await page.evaluate(() =>
      (window.__agir?.cy as () => { nodes: (s: string) => { map: (f: (n: { data: (k: string) => string }) => string) => string[] } })()
        .nodes('[type = "Barrier"]')
        .map((n) => n.data('label')),
    );
    expect(barrierLabels.length).toBeGreaterThan(0);
    for (const l of barrierLabels) expect(l).not.toMatch(/[éèàç]|logement|hébergement|emploi/);
  });
});

describe('smaller defects', () => {
  it('shows the whole header subtitle at 1366, 1440 and 1920 px', async () => {
    for (const width of [1366, 1440, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(e.base);
      const s = await page.getByTestId('subtitle').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
      expect(s.sw, `cut at ${width}px`).toBeLessThanOrEqual(s.cw);
      expect(s.sh, `cut at ${width}px`).toBeLessThanOrEqual(s.ch);
    }
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('says « Aucun résultat » for an empty answer', async () => {
    // a commune of no department: no actor works there, whatever the barrier
    const report = await importDocument(
      e.db,
      { format: 'agir-cartography', version: 1, title: 'test', territories: [{ id: '99999', name: 'Commune isolée', level: 'COMMUNE' }] },
      'MERGE',
    );
    expect(report.ok).toBe(true);
    const { barrierCoverage } = await e.gql<{ barrierCoverage: { actors: unknown[] } }>(
      '{ barrierCoverage(barrierId: "CHILDCARE", territoryId: "99999") { actors { scope } } }',
    );
    expect(barrierCoverage.actors).toEqual([]);
    await page.goto(`${e.base}/?qb=CHILDCARE&qt=99999`);
    await page.locator('[data-testid=results] tr.no-result').waitFor(WAIT);
    expect(await page.locator('[data-testid=results] tbody').innerText()).toBe('Aucun résultat.');
  });

  it('keeps the keyboard focus on the answer after Enter on a matrix cell', async () => {
    await page.goto(`${e.base}/?mode=COVERAGE_GAPS&level=COMMUNE`);
    const cell = page.locator('[data-testid=matrix] td.cell button').first();
    await cell.waitFor(WAIT);
    await cell.focus();
    // the focus ring is drawn inside the cell: neither the next cell nor the scroll box can clip it
    const ring = await cell.evaluate((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      const td = (b.parentElement as HTMLElement).getBoundingClientRect();
      const out = Number.parseFloat(s.outlineOffset) + Number.parseFloat(s.outlineWidth);
      return {
        style: s.outlineStyle,
        left: r.left - out - td.left,
        right: td.right - (r.right + out),
        top: r.top - out - td.top,
        bottom: td.bottom - (r.bottom + out),
      };
    });
    expect(ring.style).not.toBe('none');
    for (const side of [ring.left, ring.right, ring.top, ring.bottom]) expect(side).toBeGreaterThanOrEqual(-0.5);
    await page.keyboard.press('Enter');
    await page.waitForURL(/qb=/, WAIT);
    await page.locator('[data-testid=results]').waitFor(WAIT);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('section.results')), WAIT).toBe(true);
  });

  it('does not open the territory list when tabbing past it', async () => {
    await page.goto(e.base);
    await graphReady(page);
    await page.locator('#q-barrier').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await page.locator('[data-testid=q-territory] [role=listbox]').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-testid=q-territory] [role=listbox]').count()).toBe(1);
  });

  it('gives every checkbox and radio a target of at least 24 × 24 px (WCAG 2.2)', async () => {
    const small = await page.locator('nav.side input[type=checkbox], nav.side input[type=radio]').evaluateAll((inputs) =>
      inputs
        .map((i) => {
          const r = i.getBoundingClientRect();
          return { name: (i as HTMLInputElement).dataset.kind ?? (i as HTMLInputElement).value, w: r.width, h: r.height };
        })
        .filter((x) => x.w < 24 || x.h < 24),
    );
    expect(small).toEqual([]);
  });
});
