// The coverage-gaps matrix: territories of a level × barriers, gaps marked.
import type { CoverageGapRow, Labelled } from './types';

export interface MatrixRow {
  territory: { id: string; name: string };
  bpiCount: number | null;
  /** barrier id → is a gap (no actor with FULL coverage) */
  gaps: Set<string>;
}

export interface Matrix {
  barriers: Labelled[];
  rows: MatrixRow[];
}

/**
 * Rows: every territory of the level (from `territories`), ordered like the API orders gaps
 * (BPI count descending when known, then name); a territory without any gap is listed too.
 */
export function buildMatrix(territories: readonly { id: string; name: string }[], barriers: readonly Labelled[], gaps: readonly CoverageGapRow[]): Matrix {
  const byTerritory = new Map<string, MatrixRow>();
  for (const t of territories) byTerritory.set(t.id, { territory: { id: t.id, name: t.name }, bpiCount: null, gaps: new Set() });
  for (const g of gaps) {
    let row = byTerritory.get(g.territory.id);
    if (!row) {
      row = { territory: { id: g.territory.id, name: g.territory.name }, bpiCount: null, gaps: new Set() };
      byTerritory.set(g.territory.id, row);
    }
    row.gaps.add(g.barrier.id);
    if (g.bpiCount != null) row.bpiCount = g.bpiCount;
  }
  const rows = [...byTerritory.values()].sort((a, b) => (b.bpiCount ?? -1) - (a.bpiCount ?? -1) || a.territory.name.localeCompare(b.territory.name, 'fr'));
  return { barriers: [...barriers], rows };
}

/** Gap count per barrier (column totals). */
export function gapTotals(m: Matrix): Map<string, number> {
  const out = new Map<string, number>(m.barriers.map((b) => [b.id, 0]));
  for (const r of m.rows) for (const b of r.gaps) out.set(b, (out.get(b) ?? 0) + 1);
  return out;
}
