// The Finistère seed: loaded on first start when the database holds no cartography.
import { readFileSync } from 'node:fs';
import { counts } from '../../cypher/read/queries.js';
import { type ImportMode, type ImportReport, importDocument } from './import/load.js';
import type { Executor } from './neo4j/executor.js';
import { fromRoot } from './paths.js';

export const SEED_FILE = fromRoot('seed', 'finistere.json');

export function readSeed(file = SEED_FILE): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export async function isEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.read(counts, {});
  return !row || row.territories + row.actors + row.programmes === 0;
}

export async function loadSeed(db: Executor, mode: ImportMode = 'REPLACE', file = SEED_FILE): Promise<ImportReport> {
  const report = await importDocument(db, readSeed(file), mode);
  if (!report.ok) {
    const list = report.problems
      .slice(0, 20)
      .map((p) => `  ${p.where}: ${p.message}`)
      .join('\n');
    throw new Error(`The seed ${file} is invalid (${report.problems.length} problems):\n${list}`);
  }
  return report;
}
