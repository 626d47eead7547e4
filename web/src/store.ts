// The one module that owns the explorer's state: the URL-backed view state and the loaded data.
// Components read it with useStore(selector) and change it with the actions below.
import { useSyncExternalStore } from 'react';
import { fetchCir, fetchCoverage, fetchCoverageGaps, fetchGraph, fetchInfoGaps, fetchOverlaps, fetchReference, graphFilter, type Reference } from './api';
import type { CirResult, CoverageGapRow, CoverageResult, GraphData, InfoGapResult, OverlapResult } from './graph/types';
import { type AppState, DEFAULT_FILTERS, decodeState, encodeState, type Filters, graphKey } from './graph/urlState';

export interface QuestionState {
  key: string;
  status: 'idle' | 'running' | 'done' | 'error';
  error?: string;
  coverage?: CoverageResult;
  overlaps?: OverlapResult[];
  gaps?: InfoGapResult[];
  cir?: CirResult;
  matrix?: CoverageGapRow[];
}

export interface DataState {
  reference: Reference | null;
  /** the filtered view from the server */
  graph: GraphData | null;
  graphKey: string;
  /** the whole cartography (same includes), for neighbourhood expansion and question answers */
  full: GraphData | null;
  fullKey: string;
  error: string | null;
  loading: boolean;
  question: QuestionState;
}

export interface Store {
  app: AppState;
  data: DataState;
}

const initialData: DataState = {
  reference: null,
  graph: null,
  graphKey: '',
  full: null,
  fullKey: '',
  error: null,
  loading: false,
  question: { key: '', status: 'idle' },
};

let store: Store = {
  app: decodeState(typeof location === 'undefined' ? '' : location.search),
  data: initialData,
};
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export function getStore(): Store {
  return store;
}

export function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useStore<T>(selector: (s: Store) => T): T {
  return useSyncExternalStore(subscribe, () => selector(store));
}

function writeUrl(app: AppState) {
  if (typeof history === 'undefined') return;
  const q = encodeState(app);
  const url = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

/** Changes the view state (and the URL). */
export function setApp(patch: Partial<AppState> | ((a: AppState) => Partial<AppState>)) {
  const p = typeof patch === 'function' ? patch(store.app) : patch;
  store = { ...store, app: { ...store.app, ...p } };
  writeUrl(store.app);
  emit();
}

export function setFilters(patch: Partial<Filters>) {
  setApp((a) => ({ filters: { ...a.filters, ...patch }, expanded: [], viewport: null }));
}

export function resetFilters() {
  setApp((a) => ({ filters: { ...DEFAULT_FILTERS, include: a.filters.include }, expanded: [], viewport: null }));
}

function setData(patch: Partial<DataState>) {
  store = { ...store, data: { ...store.data, ...patch } };
  emit();
}

/** Reads the state from the URL again (browser navigation). */
export function reloadFromUrl() {
  store = { ...store, app: decodeState(location.search) };
  emit();
}

let referenceRequested = false;

export async function loadReference(): Promise<void> {
  if (referenceRequested) return;
  referenceRequested = true;
  try {
    setData({ reference: await fetchReference() });
  } catch (e) {
    setData({ error: e instanceof Error ? e.message : String(e) });
  }
}

let graphAbort: AbortController | null = null;
let graphInFlight = '';

/** Loads the filtered view and the whole graph when their keys changed. */
export async function loadGraph(): Promise<void> {
  const app = store.app;
  const key = graphKey(app);
  const fullKey = JSON.stringify(app.filters.include);
  if (key === store.data.graphKey && fullKey === store.data.fullKey) return;
  if (graphInFlight === `${key}#${fullKey}`) return;
  graphInFlight = `${key}#${fullKey}`;
  graphAbort?.abort();
  const ctl = new AbortController();
  graphAbort = ctl;
  setData({ loading: true, error: null });
  try {
    const needFull = fullKey !== store.data.fullKey;
    const filter = graphFilter(app.filters);
    const unfiltered = graphFilter(app.filters, false);
    const same = JSON.stringify(filter) === JSON.stringify(unfiltered);
    const graphP = fetchGraph(filter, ctl.signal);
    const [graph, full] = await Promise.all([graphP, needFull ? (same ? graphP : fetchGraph(unfiltered, ctl.signal)) : Promise.resolve(store.data.full)]);
    if (ctl.signal.aborted) return;
    graphInFlight = '';
    setData({ graph, graphKey: key, full, fullKey, loading: false });
  } catch (e) {
    if (ctl.signal.aborted) return;
    graphInFlight = '';
    setData({ loading: false, error: e instanceof Error ? e.message : String(e) });
  }
}

export function questionKey(a: AppState): string {
  switch (a.mode) {
    case 'coverage':
      return `coverage:${a.barrier ?? ''}:${a.territory ?? ''}`;
    case 'overlaps':
      return `overlaps:${a.minScore}`;
    case 'gaps':
      return 'gaps';
    case 'cir':
      return `cir:${a.maxHops}`;
    case 'matrix':
      return `matrix:${a.level}`;
    default:
      return '';
  }
}

let questionAbort: AbortController | null = null;

/** Runs the active question when its parameters changed. */
export async function runQuestion(): Promise<void> {
  const a = store.app;
  const key = questionKey(a);
  if (key === store.data.question.key) return; // done, or running
  questionAbort?.abort();
  if (!key || (a.mode === 'coverage' && !a.barrier)) {
    setData({ question: { key, status: 'idle' } });
    return;
  }
  const ctl = new AbortController();
  questionAbort = ctl;
  setData({ question: { key, status: 'running' } });
  try {
    const q: QuestionState = { key, status: 'done' };
    if (a.mode === 'coverage') q.coverage = await fetchCoverage(a.barrier as string, a.territory, ctl.signal);
    else if (a.mode === 'overlaps') q.overlaps = await fetchOverlaps(a.minScore, ctl.signal);
    else if (a.mode === 'gaps') q.gaps = await fetchInfoGaps(ctl.signal);
    else if (a.mode === 'cir') q.cir = await fetchCir(a.maxHops, ctl.signal);
    else if (a.mode === 'matrix') q.matrix = await fetchCoverageGaps(a.level, ctl.signal);
    if (ctl.signal.aborted) return;
    setData({ question: q });
  } catch (e) {
    if (ctl.signal.aborted) return;
    setData({ question: { key, status: 'error', error: e instanceof Error ? e.message : String(e) } });
  }
}
