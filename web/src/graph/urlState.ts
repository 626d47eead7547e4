// The explorer's state and its URL codec: a link sent by e-mail opens the same view.
// Each analysis reads and writes its own URL keys (analyses/registry.ts).
import { ANALYSES, analysisById, LEGACY_MODES } from '../analyses/registry';
import type { AnalysisId } from '../graphql';
import { LAYOUTS, type LayoutName } from './layouts';
import { INCLUDES, type Include } from './types';

export type Lang = 'fr' | 'en';
export type ViewKind = 'graph' | 'table' | 'split' | 'map';
export type Mode = AnalysisId | 'none';

export interface Filters {
  domains: string[];
  barriers: string[];
  publics: string[];
  territory: string | null;
  kinds: string[];
  links: string[];
  formalOnly: boolean;
  include: Include[];
}

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

/** Focus mode: the top of the ranked list (null), one item of it (its id), or everything ('all'). */
export type Focus = string | null;
export const SHOW_ALL = 'all';

export interface AppState {
  lang: Lang;
  view: ViewKind;
  layout: LayoutName;
  filters: Filters;
  /** the question asked (an analysis, by the server's name) */
  mode: Mode;
  /** every analysis' parameters, by analysis id */
  params: Readonly<Record<string, unknown>>;
  focus: Focus;
  selected: string | null;
  expanded: string[];
  /** level of detail: the territory groups opened in the overview (graph/lod.ts) */
  groups: string[];
  viewport: Viewport | null;
}

export const DEFAULT_FILTERS: Filters = { domains: [], barriers: [], publics: [], territory: null, kinds: [], links: [], formalOnly: false, include: [] };

const defaultParams = () => Object.fromEntries(ANALYSES.map((a) => [a.logic.id, a.logic.defaults]));

export const DEFAULT_STATE: AppState = {
  lang: 'fr',
  view: 'graph',
  layout: 'fcose',
  filters: DEFAULT_FILTERS,
  // The first question is open on arrival: pick a barrier and a territory, and the graph answers.
  mode: 'BARRIER_COVERAGE',
  params: defaultParams(),
  focus: null,
  selected: null,
  expanded: [],
  groups: [],
  viewport: null,
};

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[], dflt: T): T => (v && (allowed as readonly string[]).includes(v) ? (v as T) : dflt);
const round = (n: number, digits: number) => Number(n.toFixed(digits));

function decodeMode(v: string | null): Mode {
  if (!v) return DEFAULT_STATE.mode;
  if (v === 'none') return 'none';
  if (analysisById(v)) return v as AnalysisId;
  return LEGACY_MODES[v] ?? DEFAULT_STATE.mode;
}

/** Encodes the state as URL search parameters; defaults are left out to keep links short. */
export function encodeState(s: AppState): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | null | undefined) => {
    if (v) p.set(k, v);
  };
  if (s.lang !== DEFAULT_STATE.lang) set('lang', s.lang);
  if (s.view !== DEFAULT_STATE.view) set('view', s.view);
  if (s.layout !== DEFAULT_STATE.layout) set('layout', s.layout);
  const f = s.filters;
  set('domains', f.domains.join(','));
  set('barriers', f.barriers.join(','));
  set('publics', f.publics.join(','));
  set('territory', f.territory);
  set('kinds', f.kinds.join(','));
  set('links', f.links.join(','));
  if (f.formalOnly) set('formal', '1');
  set('include', f.include.join(','));
  if (s.mode !== DEFAULT_STATE.mode) set('mode', s.mode);
  const a = analysisById(s.mode);
  if (a) a.logic.encode(s.params[a.logic.id] ?? a.logic.defaults, set);
  set('focus', s.focus);
  set('sel', s.selected);
  set('expand', s.expanded.join(','));
  set('groups', s.groups.join(','));
  if (s.viewport) set('vp', [round(s.viewport.zoom, 4), round(s.viewport.x, 1), round(s.viewport.y, 1)].join(','));
  return p.toString();
}

export function decodeState(search: string): AppState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const vp = list(p.get('vp')).map(Number);
  const viewport =
    vp.length === 3 && vp.every(Number.isFinite) && (vp[0] as number) > 0 ? { zoom: vp[0] as number, x: vp[1] as number, y: vp[2] as number } : null;
  return {
    lang: oneOf(p.get('lang'), ['fr', 'en'] as const, DEFAULT_STATE.lang),
    view: oneOf(p.get('view'), ['graph', 'table', 'split', 'map'] as const, DEFAULT_STATE.view),
    layout: oneOf(p.get('layout'), LAYOUTS, DEFAULT_STATE.layout),
    filters: {
      domains: list(p.get('domains')),
      barriers: list(p.get('barriers')),
      publics: list(p.get('publics')),
      territory: p.get('territory') || null,
      kinds: list(p.get('kinds')),
      links: list(p.get('links')),
      formalOnly: p.get('formal') === '1',
      include: list(p.get('include')).filter((x): x is Include => (INCLUDES as readonly string[]).includes(x)),
    },
    mode: decodeMode(p.get('mode')),
    params: Object.fromEntries(ANALYSES.map((a) => [a.logic.id, a.logic.decode(p)])),
    focus: p.get('focus') || null,
    selected: p.get('sel') || null,
    expanded: list(p.get('expand')),
    groups: list(p.get('groups')),
    viewport,
  };
}

/** The part of the state that determines which elements are loaded (a change fetches the graph again). */
export function graphKey(s: AppState): string {
  const f = s.filters;
  return JSON.stringify([f.domains, f.barriers, f.publics, f.territory, f.kinds, f.links, f.formalOnly, f.include]);
}
