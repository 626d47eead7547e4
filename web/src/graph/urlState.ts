// The explorer's state and its URL codec: a link sent by e-mail opens the same view.
import type { Mode } from './highlights';
import { MODES } from './highlights';
import { LAYOUTS, type LayoutName } from './layouts';
import { INCLUDES, type Include, TERRITORY_LEVELS, type TerritoryLevel } from './types';

export type Lang = 'fr' | 'en';
export type ViewKind = 'graph' | 'table' | 'split';

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

export interface AppState {
  lang: Lang;
  view: ViewKind;
  layout: LayoutName;
  filters: Filters;
  mode: Mode;
  /** coverage question */
  barrier: string | null;
  territory: string | null;
  /** overlaps */
  minScore: number;
  /** CIR articulation */
  maxHops: number;
  /** coverage gaps */
  level: TerritoryLevel;
  selected: string | null;
  expanded: string[];
  viewport: Viewport | null;
}

export const DEFAULT_FILTERS: Filters = { domains: [], barriers: [], publics: [], territory: null, kinds: [], links: [], formalOnly: false, include: [] };

export const DEFAULT_STATE: AppState = {
  lang: 'fr',
  view: 'graph',
  layout: 'fcose',
  filters: DEFAULT_FILTERS,
  // The first question is open on arrival: pick a barrier and a territory, and the graph answers.
  mode: 'coverage',
  barrier: null,
  territory: null,
  minScore: 0.3,
  maxHops: 2,
  level: 'EPCI',
  selected: null,
  expanded: [],
  viewport: null,
};

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[], dflt: T): T => (v && (allowed as readonly string[]).includes(v) ? (v as T) : dflt);
const num = (v: string | null, dflt: number, min: number, max: number) => {
  const n = v == null ? Number.NaN : Number(v);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : dflt;
};
const round = (n: number, digits: number) => Number(n.toFixed(digits));

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
  if (s.mode === 'coverage') {
    set('qb', s.barrier);
    set('qt', s.territory);
  }
  if (s.mode === 'overlaps' && s.minScore !== DEFAULT_STATE.minScore) set('minScore', String(s.minScore));
  if (s.mode === 'cir' && s.maxHops !== DEFAULT_STATE.maxHops) set('hops', String(s.maxHops));
  if (s.mode === 'matrix' && s.level !== DEFAULT_STATE.level) set('level', s.level);
  set('sel', s.selected);
  set('expand', s.expanded.join(','));
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
    view: oneOf(p.get('view'), ['graph', 'table', 'split'] as const, DEFAULT_STATE.view),
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
    mode: oneOf(p.get('mode'), MODES, DEFAULT_STATE.mode),
    barrier: p.get('qb') || null,
    territory: p.get('qt') || null,
    minScore: num(p.get('minScore'), DEFAULT_STATE.minScore, 0, 1),
    maxHops: Math.round(num(p.get('hops'), DEFAULT_STATE.maxHops, 1, 6)),
    level: oneOf(p.get('level'), TERRITORY_LEVELS, DEFAULT_STATE.level),
    selected: p.get('sel') || null,
    expanded: list(p.get('expand')),
    viewport,
  };
}

/** The part of the state that determines which elements are on screen (a change re-runs the layout). */
export function graphKey(s: AppState): string {
  const f = s.filters;
  return JSON.stringify([f.domains, f.barriers, f.publics, f.territory, f.kinds, f.links, f.formalOnly, f.include]);
}
