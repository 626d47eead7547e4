// Loads every parameterised query of cypher/ once at start; a missing file fails fast.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../cypher');

const cache = new Map<string, string>();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

function loadAll(): void {
  if (cache.size) return;
  for (const file of walk(CYPHER_DIR)) {
    const name = relative(CYPHER_DIR, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    cache.set(name, readFileSync(file, 'utf8'));
  }
}

/** The text of `cypher/<name>.cypher`, e.g. `cypher('read/get-actors')`. */
export function cypher(name: string): string {
  loadAll();
  const q = cache.get(name);
  if (q === undefined) throw new Error(`Missing Cypher file cypher/${name}.cypher`);
  return q;
}

/** Names of the migration files, in order. */
export function migrationNames(): string[] {
  loadAll();
  return [...cache.keys()].filter((k) => k.startsWith('migrations/')).sort();
}
