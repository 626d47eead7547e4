// Backups: the whole cartography as an interchange document (what /api/export serves),
// written to BACKUP_DIR with the date and time in its name; the last BACKUP_KEEP are kept.
// A backup is restored by a REPLACE import, validated first like any import.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportDocument } from './import/export.js';
import { type ImportReport, importDocument } from './import/load.js';
import type { Executor } from './neo4j/executor.js';

export const BACKUP_PREFIX = 'cartographie-agir-';
const PATTERN = /^cartographie-agir-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-\d{3})?Z\.json$/;

/** Backup files of `dir`, oldest first. */
export function listBackups(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => PATTERN.test(f))
      .sort();
  } catch {
    return [];
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  removed: string[];
}

export async function backup(db: Executor, dir: string, keep: number, now = new Date()): Promise<BackupResult> {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const doc = await exportDocument(db, `Sauvegarde du ${now.toISOString()}`);
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  const file = join(folder, `${BACKUP_PREFIX}${stamp}.json`);
  const text = `${JSON.stringify(doc, null, 1)}\n`;
  // Written beside, then renamed: a crash never leaves half a backup under a backup's name.
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
  const all = listBackups(folder);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const f of removed) rmSync(join(folder, f), { force: true });
  return { file, bytes: Buffer.byteLength(text), removed };
}

/** Replaces the cartography with the backup's content (nothing is written if the file is invalid). */
export async function restore(db: Executor, file: string): Promise<ImportReport> {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, created: 0, updated: 0, deleted: 0, problems: [{ where: file, message: `not a readable JSON file: ${(e as Error).message}` }] };
  }
  return importDocument(db, doc, 'REPLACE');
}
