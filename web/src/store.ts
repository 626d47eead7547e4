// The one module that owns the explorer's state: the URL-backed view state and the loaded data.
// Components read it with useStore(selector) and change it with the actions below.
import { useSyncExternalStore } from 'react';
import { analysisById } from './analyses/registry';
import { fetchDescriptions, fetchGraph, fetchReference, graphFilter, type Reference } from './api';
import type { GraphData } from './graph/types';
import { type AppState, DEFAULT_FILTERS, decodeState, encodeState, type Filters, graphKey } from './graph/urlState';
import type { AnalysisId } from './graphql';

/** The answer of the active question (its shape is its analysis module's). */
export interface QuestionState {
  key: string;
  analysis?: AnalysisId;
  status: 'idle' | 'running' | 'done' | 'error';
  error?: string;
  result?: unknown;
  /** the next page of a national list is being fetched */
  loadingMore?: boolean;
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
  /** move the keyboard focus to the results once the next answer is drawn */
  focusResults: boolean;
  /** descriptions of programmes and actors by id (search), loaded on first search */
  descriptions: ReadonlyMap<string, string> | null;
  /** +1 after every edit: what shows a record (details, history) loads it again */
  revision: number;
  /** the last write of this user, offered for undo */
  lastChange: { id: string; summary: string } | null;
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
  focusResults: false,
  descriptions: null,
  revision: 0,
  lastChange: null,
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
  setApp((a) => ({
    filters: { ...a.filters, ...patch },
    expanded: [],
    viewport: null,
    ...(patch.territory !== undefined && patch.territory !== a.filters.territory ? { groups: [] } : {}),
  }));
}

export function resetFilters() {
  setApp((a) => ({ filters: { ...DEFAULT_FILTERS, include: a.filters.include }, expanded: [], groups: [], viewport: null }));
}

/** Asks a question: its analysis and its parameters; the focus goes back to the top of its list. */
export function setQuestion(id: AnalysisId, params: unknown, opts: { focusResults?: boolean } = {}) {
  const a = analysisById(id);
  if (!a) return;
  setApp((s) => ({ mode: id, params: { ...s.params, [id]: { ...(s.params[id] as object), ...(params as object) } }, focus: null, selected: null }));
  if (opts.focusResults) setData({ focusResults: true });
}

/** Changes parameters of the active question. */
export function setParams(patch: Record<string, unknown>) {
  setApp((s) => ({ params: { ...s.params, [s.mode]: { ...(s.params[s.mode] as object), ...patch } }, focus: null }));
}

export function clearFocusResults() {
  if (store.data.focusResults) setData({ focusResults: false });
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
  const m = analysisById(a.mode);
  return m ? m.logic.key(a.params[m.logic.id] ?? m.logic.defaults) : '';
}

let questionAbort: AbortController | null = null;

/** Runs the active question when its parameters changed. */
export async function runQuestion(): Promise<void> {
  const a = store.app;
  const key = questionKey(a);
  if (key === store.data.question.key) return; // done, or running
  questionAbort?.abort();
  const m = analysisById(a.mode);
  const params = m ? (a.params[m.logic.id] ?? m.logic.defaults) : null;
  if (!m || !key || !m.logic.ready(params)) {
    setData({ question: { key, status: 'idle' } });
    return;
  }
  const ctl = new AbortController();
  questionAbort = ctl;
  setData({ question: { key, analysis: m.logic.id, status: 'running' } });
  try {
    const result = await m.logic.fetch(params, ctl.signal);
    if (ctl.signal.aborted) return;
    setData({ question: { key, analysis: m.logic.id, status: 'done', result } });
  } catch (e) {
    if (ctl.signal.aborted) return;
    setData({ question: { key, analysis: m.logic.id, status: 'error', error: e instanceof Error ? e.message : String(e) } });
  }
}

/** Appends the next page of the active question's national list (« Afficher plus »). */
export async function loadMore(): Promise<void> {
  const q = store.data.question;
  const m = q.analysis ? analysisById(q.analysis) : undefined;
  if (!m?.logic.more || q.status !== 'done' || q.loadingMore) return;
  const params = store.app.params[m.logic.id] ?? m.logic.defaults;
  const ctl = new AbortController();
  questionAbort = ctl;
  setData({ question: { ...q, loadingMore: true } });
  try {
    const result = await m.logic.more(q.result, params, ctl.signal);
    if (ctl.signal.aborted || store.data.question.key !== q.key) return;
    setData({ question: { ...q, result, loadingMore: false } });
  } catch (e) {
    if (ctl.signal.aborted || store.data.question.key !== q.key) return;
    setData({ question: { ...q, loadingMore: false, error: e instanceof Error ? e.message : String(e) } });
  }
}

let descriptionsRequested = false;

/** Loads what programmes and actors describe, so that search finds it (once, on first search). */
export async function loadDescriptions(): Promise<void> {
  if (descriptionsRequested) return;
  descriptionsRequested = true;
  try {
    setData({ descriptions: await fetchDescriptions() });
  } catch {
    descriptionsRequested = false; // search keeps working on names; a later search asks again
  }
}

/** Shows a given graph as if the server had sent it (benchmark): no question, no filter. */
export function showGraph(graph: GraphData) {
  setApp({ mode: 'none', filters: DEFAULT_FILTERS, expanded: [], groups: [], selected: null, viewport: null, focus: null });
  const key = graphKey(store.app);
  graphAbort?.abort();
  graphInFlight = '';
  setData({ graph, full: graph, graphKey: key, fullKey: JSON.stringify(store.app.filters.include), loading: false, question: { key: '', status: 'idle' } });
}

/** After an edit: loads the graph, the whole cartography and the active answer again, without a page reload. */
export function refreshData(change: { id: string; summary: string } | null = null) {
  graphAbort?.abort();
  graphInFlight = '';
  setData({
    graphKey: '',
    fullKey: '',
    question: { ...store.data.question, key: '' },
    descriptions: null,
    revision: store.data.revision + 1,
    lastChange: change,
  });
  descriptionsRequested = false;
  void loadGraph();
  void runQuestion();
}

/** Hides the last write's undo offer. */
export function clearLastChange() {
  setData({ lastChange: null });
}
