// Every Cypher file is declared once next to it (its parameters and row shape, in TypeScript) and
// used; every use names an existing file; a missing file fails when the query is declared, that
// is at start-up. Uses are the declared queries passed to the executor, and (for code that still
// passes names) string literals given to read, write or run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherFiles } from '../../server/src/neo4j/cypher.js';
import { declaredQueries, defineQuery } from '../../server/src/neo4j/query.js';

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === 'node_modules') return [];
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** The TypeScript files that declare queries: cypher/<area>/queries.ts and server/src/analyses/<analysis>/query.ts. */
const declarationFiles = [...walk('cypher', 'queries.ts'), ...walk('server/src/analyses', '.ts').filter((f) => basename(f) === 'query.ts')];
const sources = ['server', 'cypher', 'bench', 'tests', 'seed']
  .flatMap((d) => walk(d, '.ts'))
  .filter((f) => !f.includes(`${join('tests', 'unit', 'cypher-files')}`));
const text = new Map(sources.map((f) => [f, readFileSync(f, 'utf8')]));

/** Exported query constants of a declaration file: name -> query name. */
function declarations(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (text.get(file) ?? '').matchAll(/export const (\w+) = defineQuery<[\s\S]*?>\(\s*'([^']+)'\s*\)/g)) out.set(m[1] as string, m[2] as string);
  return out;
}

/** Query names passed as string literals to read / write / run, with where. */
const literalUses = [...text].flatMap(([file, src]) =>
  [...src.matchAll(/\b(?:read|write|run)(?:<[^>(]*>)?\(\s*'([a-z0-9-]+\/[a-z0-9/-]+)'/g)].map((m) => ({ file, name: m[1] as string })),
);

beforeAll(async () => {
  for (const f of declarationFiles) await import(pathToFileURL(f).href);
});

describe('Cypher files', () => {
  const files = cypherFiles();
  const names = new Set(files.map((f) => f.name));

  it('finds the files of cypher/ and of the analysis folders', () => {
    expect(names).toContain('read/actors-page');
    expect(names).toContain('analyses/barrier-coverage/in-territory');
    expect(declarationFiles.length).toBeGreaterThanOrEqual(9);
  });

  it('every query file (migrations aside) is declared, once', () => {
    const undeclared = [...names].filter((n) => !n.startsWith('migrations/') && !declaredQueries.has(n));
    expect(undeclared).toEqual([]);
  });

  it('every declaration names an existing file and is used outside its own file', () => {
    const unused: string[] = [];
    for (const file of declarationFiles) {
      const decls = declarations(file);
      expect(decls.size, `${file} declares nothing`).toBeGreaterThan(0);
      for (const [constant, name] of decls) {
        expect(names.has(name), `${relative('.', file)}: ${name}`).toBe(true);
        const used = [...text].some(([f, src]) => f !== file && new RegExp(`\\b${constant}\\b`).test(src));
        if (!used) unused.push(`${name} (${constant} in ${file})`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('every query named by a string literal exists', () => {
    expect(literalUses.filter((u) => !names.has(u.name))).toEqual([]);
  });

  it('a missing file fails when its query is declared, with the name in the message', () => {
    expect(() => defineQuery('read/no-such-query')).toThrow(/Missing Cypher file for query "read\/no-such-query"/);
    expect(() => cypher('analyses/nothing/here')).toThrow(/analyses\/nothing\/here/);
    expect(declaredQueries.has('read/no-such-query')).toBe(false);
  });
});
