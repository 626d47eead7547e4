// Benchmark of the web explorer (not a test) in headless Chromium: first full render of the
// Finistère seed, layout + render of synthetic graphs (1,000 / 5,000 / 10,000 elements), frame
// rate while panning at 5,000 elements, and focus on one overlap pair (from the click on its row
// of the ranked list to the focused view drawn). Needs a build (npm run build).
//   npm run bench:web -- [--runs 3]
// With --departments N: a synthetic cartography of N departments (bench/generate.ts) instead of
// the seed, and only the level-of-detail view (issue 14): the national overview's first draw
// from navigation, and the opening of one department (double click → its members drawn).
//   npm run bench:web -- --departments 96 [--runs 3]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { buildApp, WEB_DIST } from '../server/src/app.js';
import type { InterchangeDocument } from '../server/src/import/document.js';
import { readSeed } from '../server/src/seed.js';
import { warmUp } from '../server/src/warmup.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.js';
import { startBenchNeo4j } from './embedded.js';
import { generateCartography } from './generate.js';
import { BENCH_ADMIN_TOKEN, signInBrowser } from './session.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, departments: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));
const departments = values.departments ? Math.max(1, Number(values.departments)) : null;

interface SyntheticResult {
  elements: number;
  addMs: number;
  layoutMs: number;
  drawMs: number;
  totalMs: number;
  quality: string;
}
interface PanResult {
  frames: number;
  ms: number;
  fps: number;
  meanFrameMs: number;
}
interface Hook {
  firstReadyMs?: number;
  loadSynthetic: (n: number) => Promise<SyntheticResult>;
  panFrames: (ms: number) => Promise<PanResult>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const log = (m: string) => console.log(`[bench:web] ${m}`);

interface FirstRender {
  /** navigation start → graph laid out, highlighted and drawn */
  readyMs: number;
  /** navigation start → last GraphQL response (the server's share) */
  dataMs: number;
}

async function firstRender(page: Page, url: string): Promise<FirstRender> {
  await page.goto(url);
  await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
  return page.evaluate(() => {
    const g = globalThis as unknown as { __agir: Hook; performance: { getEntriesByType: (t: string) => { name: string; responseEnd: number }[] } };
    const data = g.performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql'));
    return { readyMs: g.__agir.firstReadyMs ?? Number.NaN, dataMs: Math.max(0, ...data.map((r) => r.responseEnd)) };
  });
}

/** Click on the `index`-th pair of the overlaps' ranked list → that pair's view laid out, framed and drawn (ms). */
async function focusPair(page: Page, url: string, index: number): Promise<number> {
  await page.goto(`${url}/?mode=PROGRAMME_OVERLAPS`);
  await page.waitForSelector('[data-testid=graph][data-ready=true][data-view="focus:top"]', { timeout: 120_000 });
  return page.evaluate(async (i) => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('[data-testid=focus-list] [data-focus]');
    const button = buttons[i % buttons.length] as HTMLButtonElement;
    const want = `focus:${button.dataset.focus}`;
    const graph = document.querySelector<HTMLElement>('[data-testid=graph]') as HTMLElement;
    const t0 = performance.now();
    button.click();
    while (!(graph.dataset.ready === 'true' && graph.dataset.view === want)) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, index);
}

interface CyHook {
  cy: () => { nodes: (s: string) => { length: number }; getElementById: (id: string) => { emit: (e: string) => void } };
}

/** The level-of-detail view of a synthetic country: overview first draw, then one department opened (ms). */
async function nationalOverview(page: Page, url: string, group: string): Promise<{ firstMs: number; groups: number; openMs: number; members: number }> {
  const first = await firstRender(page, `${url}/?mode=none`);
  await page.waitForSelector('[data-testid=lod-banner]', { timeout: 120_000 });
  const groups = await page.evaluate(() => (globalThis as unknown as { __agir: CyHook }).__agir.cy().nodes('.t-Group').length);
  const opened = await page.evaluate(async (id) => {
    const hook = (globalThis as unknown as { __agir: CyHook }).__agir;
    const graph = document.querySelector<HTMLElement>('[data-testid=graph]') as HTMLElement;
    const t0 = performance.now();
    hook.cy().getElementById(id).emit('dbltap');
    while (!(graph.dataset.ready === 'true' && hook.cy().nodes('.t-Actor').length > 0)) await new Promise((r) => requestAnimationFrame(r));
    return { ms: performance.now() - t0, members: hook.cy().nodes('.t-Actor').length };
  }, group);
  return { firstMs: first.readyMs, groups, openMs: opened.ms, members: opened.members };
}

async function main() {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) throw new Error('Build the explorer first: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'agir-bench-chromium-'));
  log(`starting Neo4j and loading ${departments ? `${departments} synthetic departments` : 'the seed'}…`);
  // The app's NEO4J_EMBEDDED_* settings (a national document needs their default heap or more).
  const bench = await startBenchNeo4j('web');
  const { db } = bench;
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
  });
  try {
    await bench.load(departments ? generateCartography({ departments, seed: 1 }) : (readSeed() as InterchangeDocument));
    await warmUp(db); // as npm start does
    const app = await buildApp({
      db,
      config: { GRAPHIQL: false, CORS_ORIGINS: [], BODY_LIMIT_MB: 20, NODE_ENV: 'production', AGIR_ADMIN_TOKEN: BENCH_ADMIN_TOKEN },
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    await signInBrowser(address, browser);
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      page.on('pageerror', (e) => log(`page error: ${e.message}`));
      if (departments) {
        const cold = await nationalOverview(page, address, 'D02');
        log(`cold run (fresh database, not counted): overview ${fmt(cold.firstMs)}, open ${fmt(cold.openMs)}`);
        const rs: Awaited<ReturnType<typeof nationalOverview>>[] = [];
        for (let i = 0; i < runs; i++) rs.push(await nationalOverview(page, `${address}`, `D${String(3 + i).padStart(2, '0')}`));
        console.log('');
        console.log(`AGIR explorer, level of detail — ${departments} synthetic departments, headless Chromium, median of ${runs} run(s)`);
        console.log(
          `Machine: ${cpus().length} cores, load average ${loadavg()
            .map((l) => l.toFixed(1))
            .join(' / ')} (1/5/15 min)`,
        );
        console.log(`National overview (${rs[0]?.groups} groups), first draw from navigation: ${fmt(median(rs.map((r) => r.firstMs)))}`);
        console.log(`Open one department (${rs[0]?.members} actors drawn in it): ${fmt(median(rs.map((r) => r.openMs)))}`);
        console.log(`  runs: ${rs.map((r) => `${fmt(r.firstMs)} + open ${fmt(r.openMs)}`).join(', ')}`);
        return;
      }
      // Warm-up: the first queries on a fresh database plan their Cypher.
      const cold = await firstRender(page, address);
      log(`cold first render (fresh database, not counted): ${fmt(cold.readyMs)} (data ${fmt(cold.dataMs)})`);
      const firsts: FirstRender[] = [];
      for (let i = 0; i < runs; i++) firsts.push(await firstRender(page, `${address}/?r=${i}`));
      const seedTimes = firsts.map((f) => f.readyMs);
      const counts = await page.evaluate(() => {
        const cy = (globalThis as unknown as { __agir: { cy: () => { nodes: () => { length: number }; edges: () => { length: number } } } }).__agir.cy();
        return { nodes: cy.nodes().length, edges: cy.edges().length };
      });

      const synthetic: Record<number, SyntheticResult[]> = {};
      for (const n of [1000, 5000, 10000]) {
        synthetic[n] = [];
        for (let i = 0; i < runs; i++) {
          await page.goto(address);
          await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
          synthetic[n].push(await page.evaluate((k) => (globalThis as unknown as { __agir: Hook }).__agir.loadSynthetic(k), n));
        }
      }

      const pans: PanResult[] = [];
      for (let i = 0; i < runs; i++) {
        await page.goto(address);
        await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
        await page.evaluate(() => (globalThis as unknown as { __agir: Hook }).__agir.loadSynthetic(5000));
        pans.push(await page.evaluate(() => (globalThis as unknown as { __agir: Hook }).__agir.panFrames(3000)));
      }

      const focus: number[] = [];
      for (let i = 0; i < Math.max(runs, 5); i++) focus.push(await focusPair(page, address, i + 1));

      const seed = median(seedTimes);
      console.log('');
      console.log(`AGIR explorer benchmark — headless Chromium, --disable-gpu, 1400×900, median of ${runs} run(s)`);
      console.log(
        `Machine: ${cpus().length} cores, load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')} (1/5/15 min) — figures scale with it`,
      );
      console.log('');
      console.log(
        `Seed (${counts.nodes} nodes, ${counts.edges} edges), first full render from navigation: ${fmt(seed)}   target < 2 s ${seed < 2000 ? 'OK' : 'MISSED'}`,
      );
      console.log(`  runs: ${firsts.map((f) => `${fmt(f.readyMs)} (data received at ${fmt(f.dataMs)})`).join(', ')}`);
      console.log('');
      console.log('Synthetic graphs (fcose; draft quality above 1,200 elements):');
      console.log('  elements   quality   add        layout     draw       total');
      for (const [n, rs] of Object.entries(synthetic)) {
        const col = (k: 'addMs' | 'layoutMs' | 'drawMs' | 'totalMs') => fmt(median(rs.map((r) => r[k]))).padEnd(8);
        const total = median(rs.map((r) => r.totalMs));
        const target = Number(n) === 10000 ? `   target < 5 s ${total < 5000 ? 'OK' : 'MISSED'}` : '';
        console.log(
          `  ${String(rs[0]?.elements ?? n).padStart(8)}   ${(rs[0]?.quality ?? '').padEnd(7)}   ${col('addMs')}   ${col('layoutMs')}   ${col('drawMs')}   ${col('totalMs')}${target}`,
        );
      }
      const fps = median(pans.map((p) => p.fps));
      const frame = median(pans.map((p) => p.meanFrameMs));
      console.log('');
      console.log(`Panning at 5,000 elements: ${fps.toFixed(1)} frames/s (mean frame ${frame.toFixed(1)} ms)   target > 30 fps ${fps > 30 ? 'OK' : 'MISSED'}`);
      console.log(`  runs: ${pans.map((p) => `${p.fps.toFixed(1)} fps`).join(', ')}`);
      const f = median(focus);
      console.log('');
      console.log(`Focus on one overlap pair (click → drawn): ${f.toFixed(0)} ms   target < 300 ms ${f < 300 ? 'OK' : 'MISSED'}`);
      console.log(`  runs: ${focus.map((x) => `${x.toFixed(0)} ms`).join(', ')}`);
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
    await bench.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
