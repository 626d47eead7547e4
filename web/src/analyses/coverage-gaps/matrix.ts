// The coverage-gaps matrix: territories of a level × barriers, each cell drawn by `cellLook`.
import type { Labelled } from '../../graph/types';
import type { CoverageGapsResult } from './analysis';

type Gap = CoverageGapsResult[number];

export interface MatrixRow {
  territory: { id: string; name: string };
  bpiCount: number | null;
  /** barrier id → its gap row (absent: covered in full) */
  gaps: Map<string, Gap>;
}

export interface Matrix {
  barriers: Labelled[];
  rows: MatrixRow[];
}

/**
 * Rows: every territory of the level (from `territories`), ordered like the API orders gaps
 * (BPI count descending when known, then name); a territory without any gap is listed too.
 */
export function buildMatrix(territories: readonly { id: string; name: string }[], barriers: readonly Labelled[], gaps: readonly Gap[]): Matrix {
  const byTerritory = new Map<string, MatrixRow>();
  for (const t of territories) byTerritory.set(t.id, { territory: { id: t.id, name: t.name }, bpiCount: null, gaps: new Map() });
  for (const g of gaps) {
    let row = byTerritory.get(g.territory.id);
    if (!row) {
      row = { territory: { id: g.territory.id, name: g.territory.name }, bpiCount: null, gaps: new Map() };
      byTerritory.set(g.territory.id, row);
    }
    row.gaps.set(g.barrier.id, g);
    if (g.bpiCount != null) row.bpiCount = g.bpiCount;
  }
  const rows = [...byTerritory.values()].sort((a, b) => (b.bpiCount ?? -1) - (a.bpiCount ?? -1) || a.territory.name.localeCompare(b.territory.name, 'fr'));
  return { barriers: [...barriers], rows };
}

/** Gap count per barrier (column totals). */
export function gapTotals(m: Matrix): Map<string, number> {
  const out = new Map<string, number>(m.barriers.map((b) => [b.id, 0]));
  for (const r of m.rows) for (const b of r.gaps.keys()) out.set(b, (out.get(b) ?? 0) + 1);
  return out;
}

/** How a cell is drawn. The shading hook: a later version shades by `reachedShare` and writes the actor count. */
export interface CellLook {
  gap: boolean;
  /** CSS class of the cell */
  className: string;
  /** inline style (e.g. a background shade) */
  style?: Record<string, string>;
  /** what the cell shows */
  text: string;
  /** what a copy of the matrix writes */
  copy: string;
}

export function cellLook(row: MatrixRow, barrierId: string): CellLook {
  const gap = row.gaps.has(barrierId);
  return gap ? { gap, className: 'cell gap', text: '✕', copy: '0' } : { gap, className: 'cell ok', text: '·', copy: '✓' };
}
