// The project's folders, found from wherever the server runs: its TypeScript sources
// (server/src) or the compiled JavaScript (dist/app/server/src). The server reads its
// Cypher files, the contract, the seed, the embedded Neo4j launcher and the built explorer
// from the project itself, never from the compiled tree.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'contract'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the project folder (package.json and contract/) above ${start}`);
  }
}

/** The project's root folder. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
/** A path inside the project. */
export const fromRoot = (...parts: string[]) => resolve(ROOT, ...parts);
