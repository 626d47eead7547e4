// Loads every parameterised query once, at start: the files of cypher/ and the Cypher of each
// analysis folder (server/src/analyses/<analysis>/*.cypher). A missing file fails fast.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromRoot } from '../paths.js';

export const CYPHER_DIR = fromRoot('cypher');
/** The analyses keep their Cypher beside their code; their queries are named `analyses/<folder>/<file>`. */
export const ANALYSES_DIR = fromRoot('server', 'src', 'analyses');

const cache = new Map<string, string>();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

const nameOf = (root: string, prefix: string, file: string) =>
  prefix +
  relative(root, file)
    .replace(/\\/g, '/')
    .replace(/\.cypher$/, '');

/** Every Cypher file of the project: its query name and its path. */
export function cypherFiles(): { name: string; file: string }[] {
  return [
    ...walk(CYPHER_DIR).map((file) => ({ name: nameOf(CYPHER_DIR, '', file), file })),
    ...walk(ANALYSES_DIR).map((file) => ({ name: nameOf(ANALYSES_DIR, 'analyses/', file), file })),
  ];
}

function loadAll(): void {
  if (cache.size) return;
  for (const { name, file } of cypherFiles()) cache.set(name, readFileSync(file, 'utf8'));
}

/** The text of a query by name, e.g. `cypher('read/actors-page')` or `cypher('analyses/coverage-gaps/query')`. */
export function cypher(name: string): string {
  loadAll();
  const q = cache.get(name);
  if (q === undefined) throw new Error(`Missing Cypher file for query "${name}" (cypher/${name}.cypher or server/src/${name}.cypher)`);
  return q;
}

/** Names of the migration files, in order. */
export function migrationNames(): string[] {
  loadAll();
  return [...cache.keys()].filter((k) => k.startsWith('migrations/')).sort();
}
