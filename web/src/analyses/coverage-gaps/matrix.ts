// The coverage-gaps matrix: territories of a level × barriers, each cell drawn by `cellLook`.
import type { Labelled } from '../../graph/types';
import type { CoverageGapsResult } from './analysis';

export type Gap = CoverageGapsResult['nodes'][number];

export interface MatrixRow {
  territory: { id: string; name: string };
  bpiCount: number | null;
  /** barrier id → its gap row (absent: reached in full) */
  gaps: Map<string, Gap>;
}

export interface Matrix {
  barriers: Labelled[];
  rows: MatrixRow[];
}

/**
 * Rows: the territories with gaps in the API's order (BPI count, then reachedShare, then name: the
 * order of their first gap); once the whole list is loaded (`complete`), every other territory of
 * the level follows by name (no gap there). While pages remain, only territories with gaps show.
 */
export function buildMatrix(
  territories: readonly { id: string; name: string }[],
  barriers: readonly Labelled[],
  gaps: readonly Gap[],
  complete = true,
): Matrix {
  const byTerritory = new Map<string, MatrixRow>();
  for (const g of gaps) {
    let row = byTerritory.get(g.territory.id);
    if (!row) {
      row = { territory: { id: g.territory.id, name: g.territory.name }, bpiCount: null, gaps: new Map() };
      byTerritory.set(g.territory.id, row);
    }
    row.gaps.set(g.barrier.id, g);
    if (g.bpiCount != null) row.bpiCount = g.bpiCount;
  }
  const rows = [...byTerritory.values()];
  if (complete) {
    const rest = territories.filter((t) => !byTerritory.has(t.id)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    for (const t of rest) rows.push({ territory: { id: t.id, name: t.name }, bpiCount: null, gaps: new Map() });
  }
  return { barriers: [...barriers], rows };
}

/** Gap count per barrier (column totals). */
export function gapTotals(m: Matrix): Map<string, number> {
  const out = new Map<string, number>(m.barriers.map((b) => [b.id, 0]));
  for (const r of m.rows) for (const b of r.gaps.keys()) out.set(b, (out.get(b) ?? 0) + 1);
  return out;
}

/** How a cell is drawn: a gap is shaded by the share it does not reach and shows its actor count. */
export interface CellLook {
  gap: boolean;
  /** CSS class of the cell */
  className: string;
  /** inline style (the shade of a gap) */
  style?: Record<string, string>;
  /** what the cell shows: the number of actors covering the territory in full */
  text: string;
  /** what a copy of the matrix writes */
  copy: string;
  /** the gap's reachedShare (0–1), 1 for a cell that is not a gap */
  reached: number;
}

/** Opacity of a gap's shade: 0.2 when almost everyone is reached, 1 when nobody is. */
export const shade = (reachedShare: number) => Number((0.2 + 0.8 * (1 - Math.min(1, Math.max(0, reachedShare)))).toFixed(3));

export function cellLook(row: MatrixRow, barrierId: string): CellLook {
  const g = row.gaps.get(barrierId);
  if (!g) return { gap: false, className: 'cell ok', text: '·', copy: '✓', reached: 1 };
  const a = shade(g.reachedShare);
  return {
    gap: true,
    className: a > 0.55 ? 'cell gap dark' : 'cell gap',
    style: { '--gap-shade': String(a) },
    text: String(g.actorCount),
    copy: `${g.actorCount} (${Math.round(g.reachedShare * 100)} %)`,
    reached: g.reachedShare,
  };
}
