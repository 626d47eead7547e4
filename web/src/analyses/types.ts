// What an analysis is on the web: one module per analysis (the server's name as id), listed by
// the registry (registry.ts) that the store, the question panel, the results panel and the graph
// iterate. A module knows its URL keys, how to fetch its answer, how to draw it (highlight,
// legend), how to rank it for the focus mode, its table (a column list) and its status line.
import type { ComponentType } from 'react';
import type { Reference } from '../api';
import type { Highlight } from '../graph/highlights';
import type { LegendEntry } from '../graph/legend';
import type { Cell } from '../graph/table';
import type { GEdge, GNode, GraphData } from '../graph/types';
import type { AppState, Lang } from '../graph/urlState';
import type { AnalysisId } from '../graphql';
import type { T } from '../i18n';

export type { AnalysisId };

export interface Ctx {
  t: T;
  lang: Lang;
  /** node id → its full name (whole cartography) */
  labels: ReadonlyMap<string, string>;
  /** node id → its kind */
  kinds: ReadonlyMap<string, string | null>;
}

/** A cell drawn as more than text (the text is what is copied). */
export interface RichCell {
  kind: 'mailto' | 'tel' | 'badge';
  text: string;
  /** badge variant (CSS class) */
  tone?: string;
}

/** One column of an analysis' table: a later version adds a column by adding an entry. */
export interface Column<Row> {
  key: string;
  header: (t: T) => string;
  cell: (row: Row, ctx: Ctx) => Cell;
  rich?: (row: Row, ctx: Ctx) => RichCell | undefined;
}

export interface TableRow {
  id: string;
  cells: Cell[];
  rich?: (RichCell | undefined)[];
  className?: string;
}

export interface TableSpec {
  caption: string;
  columns: string[];
  rows: TableRow[];
}

/** The rows loaded of a national list, its total when known, and whether more can be asked. */
export interface PageState {
  nodes: readonly unknown[];
  totalCount: number | null;
  hasNextPage: boolean;
}

/** One entry of the ranked list (focus mode): choosing it shows only it and what explains it. */
export interface RankedItem {
  id: string;
  label: string;
  /** score, strength, distance… as text */
  detail: string;
}

/** What a focus shows: nodes of the cartography, plus nodes and edges that explain the answer. */
export interface FocusSpec {
  nodes: string[];
  extraNodes: GNode[];
  extraEdges: GEdge[];
}

export interface AnalysisModule<P, R> {
  id: AnalysisId;
  defaults: P;
  /** Reads its parameters from the URL (its own keys). */
  decode(q: URLSearchParams): P;
  /** Writes its parameters to the URL (defaults left out). */
  encode(p: P, set: (key: string, value: string | null) => void): void;
  /** Changes when the answer must be fetched again. */
  key(p: P): string;
  /** Enough parameters to ask. */
  ready(p: P): boolean;
  fetch(p: P, signal: AbortSignal): Promise<R>;
  /** A national list that pages: the answer with its next page appended. */
  more?(r: R, p: P, signal: AbortSignal): Promise<R>;
  /** How much of a paged list is loaded (with `more`). */
  page?(r: R): PageState;
  /** Lines shown under the table (e.g. the summaries of large programmes). */
  notes?(r: R, ctx: Ctx): { title: string; lines: { id: string; text: string }[] } | null;
  /** The status line under the question (counts). */
  status(r: R, p: P, ctx: Ctx): string;
  /** The server's French summary of the answer, if any. */
  summary?(r: R): string | null;
  highlight(r: R, p: P): Highlight;
  /** Entries of the legend's question section. */
  legend(r: R, p: P, t: T): LegendEntry[];
  /** The actors' colours are replaced by the answer's (the legend then shows kinds by shape only). */
  recolours?: boolean;
  /** Ranked list for the focus mode (best first); absent: no focus mode. */
  ranked?(r: R, ctx: Ctx): RankedItem[];
  focus?(r: R, ids: readonly string[], full: GraphData): FocusSpec;
  table?(r: R, p: P, ctx: Ctx): TableSpec;
  /** Title of the exported picture. */
  title(r: R, p: P, ctx: Ctx): string;
}

export interface ParamsProps<P> {
  params: P;
  set: (patch: Partial<P>) => void;
  reference: Reference | null;
  lang: Lang;
  t: T;
}

export interface ResultsProps<P, R> {
  app: AppState;
  params: P;
  result: R;
  reference: Reference | null;
  ctx: Ctx;
  /** Asks another question (e.g. a matrix cell asks BARRIER_COVERAGE); the results then take the focus. */
  ask: (id: AnalysisId, params: unknown) => void;
  /** Asks the next page of a national list, and whether it is being fetched. */
  more: () => void;
  loadingMore: boolean;
}

/** A module with its parameter form and, optionally, its own results view (instead of the table). */
export interface RegisteredAnalysis {
  logic: AnalysisModule<unknown, unknown>;
  Params?: ComponentType<ParamsProps<unknown>>;
  Results?: ComponentType<ResultsProps<unknown, unknown>>;
}

/** Pairs a module with its components; the types are erased here, once, for the registry's list. */
export function register<P, R>(logic: AnalysisModule<P, R>, ui: { Params?: ComponentType<ParamsProps<P>>; Results?: ComponentType<ResultsProps<P, R>> } = {}) {
  return { logic, ...ui } as unknown as RegisteredAnalysis;
}

/** Builds a table from a column list and rows. */
export function buildTable<Row>(
  caption: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  rowId: (r: Row) => string,
  ctx: Ctx,
  className?: (r: Row) => string,
): TableSpec {
  const anyRich = columns.some((c) => c.rich);
  return {
    caption,
    columns: columns.map((c) => c.header(ctx.t)),
    rows: rows.map((r) => ({
      id: rowId(r),
      cells: columns.map((c) => c.cell(r, ctx)),
      rich: anyRich ? columns.map((c) => c.rich?.(r, ctx)) : undefined,
      className: className?.(r),
    })),
  };
}

/** Union of the focus specs of several items. */
export function mergeFocus(specs: readonly FocusSpec[]): FocusSpec {
  const nodes = new Set<string>();
  const extraNodes = new Map<string, GNode>();
  const extraEdges = new Map<string, GEdge>();
  for (const s of specs) {
    for (const n of s.nodes) nodes.add(n);
    for (const n of s.extraNodes) extraNodes.set(n.id, n);
    for (const e of s.extraEdges) extraEdges.set(e.id, e);
  }
  return { nodes: [...nodes], extraNodes: [...extraNodes.values()], extraEdges: [...extraEdges.values()] };
}

/** A vocabulary or territory node to show beside the answer (when the graph does not hold it). */
export const contextNode = (id: string, label: string, type: 'Barrier' | 'Territory', kind: string | null = null): GNode => ({
  id,
  label,
  type,
  kind,
  lat: null,
  lon: null,
});

export const contextEdge = (type: string, source: string, target: string): GEdge => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  formal: null,
});

/** Rank of items: the first `n`. */
export const TOP = 10;
