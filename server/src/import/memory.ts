// The database's transaction memory limit (dbms.memory.transaction.total.max, or the
// per-transaction db.memory.transaction.max when smaller), read once per executor with
// SHOW SETTINGS. Null when unknown (no privilege, e.g. on Aura) or unlimited: imports are
// then not refused up front, only when the database itself refuses them.
import { memorySettings } from '../../../cypher/import/queries.js';
import type { Executor } from '../neo4j/executor.js';

const cache = new WeakMap<object, Promise<number | null>>();

function parseBytes(v: unknown): number | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const m = /^\s*([\d.]+)\s*([kmgt]?i?b?)?\s*$/i.exec(String(v));
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : unit === 't' ? 1024 ** 4 : 1;
  return n > 0 ? n * factor : null;
}

export function transactionMemoryMax(db: Executor): Promise<number | null> {
  const key = db.driver;
  let p = cache.get(key);
  if (!p) {
    p = db
      .read(memorySettings, {})
      .then((rows) => {
        const limits = rows.map((r) => parseBytes(r.value)).filter((x): x is number => x !== null);
        return limits.length ? Math.min(...limits) : null;
      })
      .catch(() => null);
    cache.set(key, p);
  }
  return p;
}
