// Compiles the server (tsc, tsconfig.build.json → dist/app) when dist/app is
// missing or older than its sources (server/src and the query declarations of cypher/), so that `npm start` runs compiled JavaScript
// without a TypeScript loader and without compiling every time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const built = 'dist/app/server/src/main.js';
const stale = !existsSync(built) || Math.max(newest('server/src'), newest('cypher'), statSync('tsconfig.build.json').mtimeMs) > statSync(built).mtimeMs;
if (stale) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    console.error('[agir] dist/app is missing or stale and TypeScript is not installed: run `npm install` (with dev dependencies) or `npm run build:server`.');
    process.exit(1);
  }
  console.log('[agir] Compiling the server…');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
