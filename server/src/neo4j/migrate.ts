// Applies the schema migrations of cypher/migrations/ in order. Every statement
// uses IF NOT EXISTS, so running them again changes nothing.
import { cypher, migrationNames } from './cypher.js';
import type { Executor } from './executor.js';

export async function migrate(db: Executor): Promise<string[]> {
  const applied: string[] = [];
  for (const name of migrationNames()) {
    const statements = cypher(name)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
      .filter(Boolean);
    for (const s of statements) await db.schema(s);
    applied.push(name);
  }
  return applied;
}
