// Builds the web explorer when dist/web is missing or older than its sources,
// so `npm start` serves a current explorer without rebuilding every time.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const built = 'dist/web/index.html';
const stale = !existsSync(built) || newest('web') > statSync(built).mtimeMs;
if (stale) {
  console.log('[agir] Building the web explorer…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
