// Tables: rows of what is on screen, sorting, and tab-separated text for the clipboard.
import type { GraphData } from './types';

export type Cell = string | number | null;
export interface Table {
  columns: string[];
  rows: Cell[][];
}

export function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'fr', { sensitivity: 'base', numeric: true });
}

export function sortRows<R extends readonly Cell[]>(rows: readonly R[], column: number, desc: boolean): R[] {
  const out = [...rows];
  const empty = (c: Cell | undefined) => c === null || c === undefined || c === '';
  out.sort((x, y) => {
    const a = x[column] ?? null;
    const b = y[column] ?? null;
    if (empty(a) || empty(b)) return Number(empty(a)) - Number(empty(b)); // empty cells last, either way
    const c = compareCells(a, b);
    return desc ? -c : c;
  });
  return out;
}

const clean = (c: Cell) => (c === null ? '' : String(c).replace(/[\t\r\n]+/g, ' '));

/** Tab-separated values with a header row: pastes as a table in a spreadsheet or a word processor. */
export function toTsv(t: Table): string {
  return [t.columns, ...t.rows].map((r) => r.map(clean).join('\t')).join('\n');
}

export interface Labels {
  type: (type: string) => string;
  kind: (type: string, kind: string | null) => string;
  link: (type: string) => string;
  yes: string;
  no: string;
}

/** Node rows: id, label, type, kind, degree on screen. */
export function nodeRows(g: GraphData, l: Labels): { id: string; cells: Cell[] }[] {
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return g.nodes.map((n) => ({ id: n.id, cells: [n.label, l.type(n.type), l.kind(n.type, n.kind), degree.get(n.id) ?? 0] }));
}

/** Link rows: source label, link type, target label, formal. */
export function edgeRows(g: GraphData, l: Labels): { id: string; cells: Cell[] }[] {
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  return g.edges.map((e) => ({
    id: e.id,
    cells: [label.get(e.source) ?? e.source, l.link(e.type), label.get(e.target) ?? e.target, e.formal === true ? l.yes : e.formal === false ? l.no : ''],
  }));
}
