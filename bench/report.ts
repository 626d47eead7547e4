// Benchmark of the BPI map and the printable report (issue 13; not a test), in headless Chromium
// on the Finistère seed plus a BPI_COUNT for every commune (synthetic, deterministic: the seed has
// figures for the department only, and an empty choropleth would not measure the classes):
// - map: the 277 communes drawn after the figures arrive (response → next frame), per reload;
// - report: navigation → every section rendered (all its API requests included), then page.pdf()
//   on A4, and the PDF's page count. Needs a build (npm run build).
//   npm run bench:report -- [--runs 3] [--port 0] [--neo4j-port 0]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildApp, WEB_DIST } from '../server/src/app.js';
import type { InterchangeDocument } from '../server/src/import/document.js';
import { importDocument } from '../server/src/import/load.js';
import { readSeed } from '../server/src/seed.js';
import { warmUp } from '../server/src/warmup.js';
import { pdfText } from '../tests/e2e/pdf.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.js';
import { startBenchNeo4j } from './embedded.js';
import { BENCH_ADMIN_TOKEN, signInBrowser } from './session.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: '0' }, 'neo4j-port': { type: 'string', default: '0' } },
});
const runs = Math.max(1, Number(values.runs));
const log = (m: string) => console.log(`[bench:report] ${m}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');

async function main() {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) throw new Error('run "npm run build" first');
  const profile = mkdtempSync(join(tmpdir(), 'agir-bench-report-chromium-'));
  const bench = await startBenchNeo4j('report', undefined, Number(values['neo4j-port']));
  const { db } = bench;
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
  });
  try {
    const seed = readSeed() as InterchangeDocument & { territories: { id: string; level: string }[] };
    await bench.load(seed);
    const communes = seed.territories.filter((t) => t.level === 'COMMUNE');
    // deterministic figures from 0 to 199, some of them 1 to 4 (secret)
    const statistics = communes.map((t, i) => ({ territory: t.id, indicator: 'BPI_COUNT', year: 2024, value: (i * 37) % 200, source: 'bench (synthétique)' }));
    const added = await importDocument(db, { format: 'agir-cartography', version: 1, statistics }, 'MERGE');
    if (!added.ok) throw new Error(JSON.stringify(added.problems.slice(0, 3)));
    await warmUp(db);
    const app = await buildApp({
      db,
      config: { GRAPHIQL: false, CORS_ORIGINS: [], BODY_LIMIT_MB: 20, NODE_ENV: 'production', AGIR_ADMIN_TOKEN: BENCH_ADMIN_TOKEN },
    });
    const base = await app.listen({ host: '127.0.0.1', port: Number(values.port) });
    await signInBrowser(base, browser);
    log(
      `${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; ${communes.length} communes with a BPI_COUNT; ${runs} runs`,
    );
    try {
      const page = await browser.newPage();
      const drawn: number[] = [];
      const mapReady: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = Date.now();
        await page.goto(`${base}/?view=map`);
        await page.waitForSelector('[data-testid=map][data-drawn-ms]', { timeout: 120_000 });
        mapReady.push(Date.now() - t0);
        drawn.push(Number(await page.getAttribute('[data-testid=map]', 'data-drawn-ms')));
        const paths = await page.locator('[data-testid=map] path.territory').count();
        if (paths !== communes.length) throw new Error(`the map drew ${paths} communes, not ${communes.length}`);
      }
      log(
        `map: ${communes.length} communes drawn after the figures arrived: median ${median(drawn).toFixed(0)} ms (${list(drawn)}); navigation → map ready: median ${median(mapReady).toFixed(0)} ms (${list(mapReady)})`,
      );

      const rendered: number[] = [];
      const printed: number[] = [];
      let pages = 0;
      let bytes = 0;
      for (let r = 0; r < runs; r++) {
        await page.emulateMedia({ media: 'screen' });
        const t0 = Date.now();
        await page.goto(`${base}/report`);
        await page.waitForSelector('[data-testid=report][data-ready=true]', { timeout: 300_000 });
        await page.waitForSelector('[data-section=profile][data-ready=true]', { timeout: 300_000 }); // the profile section loads its own figures
        rendered.push(Date.now() - t0);
        const t1 = Date.now();
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        printed.push(Date.now() - t1);
        bytes = pdf.length;
        pages = (await pdfText(pdf)).pages;
      }
      const total = rendered.map((x, i) => x + (printed[i] as number));
      log(
        `report: navigation → rendered: median ${median(rendered).toFixed(0)} ms (${list(rendered)}); page.pdf(): median ${median(printed).toFixed(0)} ms (${list(printed)})`,
      );
      log(`report: rendered and printed: median ${median(total).toFixed(0)} ms; PDF ${pages} pages A4, ${(bytes / 1024).toFixed(0)} kB`);
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
    await bench.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
