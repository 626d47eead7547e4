// Backups: a dated file per backup, rotation of the last N, restore of a backup gives back the
// same cartography, and a broken file restores nothing.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, listBackups, restore } from '../../server/src/backup.js';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { readSeed } from '../../server/src/seed.js';
import { openTestDb, resetDb } from '../helpers/db.js';

let db: Executor;
const dir = mkdtempSync(join(tmpdir(), 'agir-backups-'));
beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  expect((await importDocument(db, readSeed(), 'REPLACE')).ok).toBe(true);
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('writes dated files and keeps the last N', async () => {
    const t = Date.parse('2026-11-30T03:00:00Z');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await backup(db, dir, 3, new Date(t + i * 3_600_000)));
    expect(results[0]?.file).toMatch(/cartographie-agir-2026-11-30T03-00-00-000Z\.json$/);
    expect(listBackups(dir)).toEqual([
      'cartographie-agir-2026-11-30T04-00-00-000Z.json',
      'cartographie-agir-2026-11-30T05-00-00-000Z.json',
      'cartographie-agir-2026-11-30T06-00-00-000Z.json',
    ]);
    expect(results[3]?.removed).toEqual(['cartographie-agir-2026-11-30T03-00-00-000Z.json']);
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('restores a backup exactly, and a broken file restores nothing', async () => {
    const saved = await exportDocument(db);
    const { file } = await backup(db, dir, 10);
    expect((await importDocument(db, { format: 'agir-cartography', version: 1 }, 'REPLACE')).ok).toBe(true);
    expect((await exportDocument(db)).actors).toEqual([]);
    const r = await restore(db, file);
    expect(r.problems).toEqual([]);
    const back = await exportDocument(db);
    expect({ ...back, title: '' }).toEqual({ ...saved, title: '' });

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "agir-cartography", "version": 1, "actors": [');
    const bad = await restore(db, broken);
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]?.message).toMatch(/not a readable JSON file/);
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ format: 'agir-cartography', version: 1, actors: [{ id: 'x', name: 'X', kind: 'NOPE' }] }));
    expect((await restore(db, invalid)).ok).toBe(false);
    expect({ ...(await exportDocument(db)), title: '' }).toEqual({ ...saved, title: '' });
  });
});
