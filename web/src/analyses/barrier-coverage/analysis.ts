// BARRIER_COVERAGE — « Qui lève ce frein, ici ? »: the actors covering a barrier (in a territory).
import { add, linkEdgeId } from '../../graph/highlights';
import { type LegendEntry, ring } from '../../graph/legend';
import { HL, type NodeLook, PROGRAMME_LOOK } from '../../graph/palette';
import { graphql, type ResultOf, request } from '../../graphql';
import { vocabLabel } from '../../i18n';
import { type AnalysisModule, buildTable, type Column, type Ctx, contextEdge, contextNode, type FocusSpec, mergeFocus } from '../types';

export interface CoverageParams {
  barrier: string | null;
  territory: string | null;
}

const QUERY = graphql(`
  query BarrierCoverage($b: ID!, $t: ID) {
    barrierCoverage(barrierId: $b, territoryId: $t) {
      barrier { id label } territory { id name level } explanation
      actors {
        scope share populationShare direct distanceKm explanation
        actor { id name kind email phone website commune { name } }
        via { id name }
        territories { id name level }
      }
    }
  }
`);
export type CoverageResult = ResultOf<typeof QUERY>['barrierCoverage'];
type CoveringActor = CoverageResult['actors'][number];

/** Without a territory every covering actor is FULL by definition: there is no full or partial to tell. */
const anyTerritory = (r: CoverageResult) => r.territory == null;

/** « Qui lève le frein « X » à Morlaix ? » (a commune) or « … sur CA Morlaix Communauté (EPCI) ? ». */
export function coverageTitle(r: CoverageResult, ctx: Pick<Ctx, 't' | 'lang'>): string {
  const { t, lang } = ctx;
  const b = vocabLabel(r.barrier.id, r.barrier.label, lang);
  if (!r.territory) return t('export.coverageTitleAll', { b });
  const level = r.territory.level;
  if (level === 'COMMUNE') return t('export.coverageTitle', { b, t: r.territory.name });
  return t('export.coverageTitleArea', { b, t: r.territory.name, l: t(`level.${level}`) });
}

const COLUMNS: Column<CoveringActor>[] = [
  { key: 'actor', header: (t) => t('col.actor'), cell: (a) => a.actor.name },
  { key: 'kind', header: (t) => t('col.kind'), cell: (a, { t }) => t(`actorKind.${a.actor.kind}`) },
  {
    key: 'scope',
    header: (t) => t('col.scope'),
    cell: (a, { t }) => t(`scope.${a.scope}`),
    rich: (a, { t }) => ({ kind: 'badge', text: t(`scope.${a.scope}`), tone: a.scope }),
  },
  { key: 'share', header: (t) => t('col.share'), cell: (a, { lang }) => percent(a.share, lang) },
  {
    key: 'populationShare',
    header: (t) => t('col.populationShare'),
    cell: (a, { lang }) => (a.populationShare == null ? '' : percent(a.populationShare, lang)),
  },
  { key: 'route', header: (t) => t('col.route'), cell: (a, { t }) => routeText(a, t) },
  { key: 'via', header: (t) => t('col.via'), cell: (a) => a.via.map((v) => v.name).join(', ') },
  { key: 'commune', header: (t) => t('col.commune'), cell: (a) => a.actor.commune?.name ?? '' },
  {
    key: 'email',
    header: (t) => t('col.email'),
    cell: (a) => a.actor.email ?? '',
    rich: (a) => (a.actor.email ? { kind: 'mailto', text: a.actor.email } : undefined),
  },
  {
    key: 'phone',
    header: (t) => t('col.phone'),
    cell: (a) => a.actor.phone ?? '',
    rich: (a) => (a.actor.phone ? { kind: 'tel', text: a.actor.phone } : undefined),
  },
];
/** The distance column, shown when the territory is a commune (the API gives a distance only then). */
const DISTANCE: Column<CoveringActor> = {
  key: 'distanceKm',
  header: (t) => t('col.distanceKm'),
  cell: (a, { t, lang }) => (a.distanceKm == null ? t('cov.distanceUnknown') : t('cov.km', { d: km(a.distanceKm, lang) })),
};

/** Without a territory: where each actor works instead of a coverage that would always read « Totale ». */
const COLUMNS_ANY: Column<CoveringActor>[] = [
  ...COLUMNS.filter((c) => !['scope', 'share', 'populationShare'].includes(c.key)).slice(0, 2),
  { key: 'territories', header: (t) => t('col.territories'), cell: (a) => a.territories.map((x) => x.name).join(', ') },
  ...COLUMNS.filter((c) => !['scope', 'share', 'populationShare'].includes(c.key)).slice(2),
];
const EXPLANATION: Column<CoveringActor> = { key: 'explanation', header: (t) => t('col.explanation'), cell: (a) => a.explanation };

/** A share 0–1 as a whole percentage: « 43 % » (no-break space) in French, « 43% » in English; the same in every ICU. */
export const percent = (x: number, lang: string) => `${Math.round(x * 100)}${lang === 'fr' ? '\u00a0' : ''}%`;
/** A distance in km, one decimal (« 12,4 »). */
export const km = (x: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: x % 1 ? 1 : 0 }).format(x);

/** « Directe », « Par dispositif » or both: how the actor's routes reach the territory. */
function routeText(a: CoveringActor, t: Ctx['t']): string {
  const parts = [];
  if (a.direct) parts.push(t('cov.direct'));
  if (a.via.length) parts.push(t('cov.viaProgramme'));
  return parts.join(' + ');
}

/** The columns of an answer: without a territory no coverage; a distance only for a commune. */
function columnsOf(r: CoverageResult): Column<CoveringActor>[] {
  if (anyTerritory(r)) return COLUMNS_ANY;
  if (r.territory?.level !== 'COMMUNE') return COLUMNS;
  const i = COLUMNS.findIndex((c) => c.key === 'route');
  return [...COLUMNS.slice(0, i), DISTANCE, ...COLUMNS.slice(i)];
}

/** The actor, its programmes and the barrier; for one actor (`detail`) also the territories of its scope. */
function focusOf(r: CoverageResult, a: CoveringActor, detail: boolean): FocusSpec {
  const barrier = contextNode(r.barrier.id, r.barrier.label, 'Barrier');
  const extraEdges = a.via.map((p) => contextEdge('ADDRESSES', p.id, r.barrier.id));
  if (a.direct || !a.via.length) extraEdges.push(contextEdge('ADDRESSES', a.actor.id, r.barrier.id));
  const extraNodes = [barrier];
  for (const x of detail ? a.territories : []) {
    extraNodes.push(contextNode(x.id, x.name, 'Territory', x.level));
    extraEdges.push(contextEdge('ACTIVE_IN', a.actor.id, x.id));
  }
  if (r.territory && !(detail && a.territories.some((x) => x.id === r.territory?.id)))
    extraNodes.push(contextNode(r.territory.id, r.territory.name, 'Territory', r.territory.level));
  return { nodes: [a.actor.id, ...a.via.map((p) => p.id)], extraNodes, extraEdges };
}

export const barrierCoverage: AnalysisModule<CoverageParams, CoverageResult> = {
  id: 'BARRIER_COVERAGE',
  defaults: { barrier: null, territory: null },
  decode: (q) => ({ barrier: q.get('qb') || null, territory: q.get('qt') || null }),
  encode(p, set) {
    set('qb', p.barrier);
    set('qt', p.territory);
  },
  key: (p) => `coverage:${p.barrier ?? ''}:${p.territory ?? ''}`,
  ready: (p) => !!p.barrier,
  fetch: async (p, signal) => (await request(QUERY, { b: p.barrier as string, t: p.territory }, signal)).barrierCoverage,
  status(r, _p, { t }) {
    const n = r.actors.length;
    if (anyTerritory(r)) return t('q.coverageAnyCount', { n });
    const full = r.actors.filter((a) => a.scope === 'FULL').length;
    return t('q.coverageCount', { n, full, partial: n - full });
  },
  summary: (r) => r.explanation,
  highlight(r) {
    const classes = new Map<string, string[]>();
    const required: string[] = [];
    const any = anyTerritory(r);
    for (const c of r.actors) {
      add(classes, c.actor.id, any ? 'cov-any' : c.scope === 'FULL' ? 'cov-full' : 'cov-partial');
      required.push(c.actor.id);
      for (const p of c.via) {
        add(classes, p.id, 'cov-via');
        required.push(p.id);
        add(classes, linkEdgeId('OPERATES', c.actor.id, p.id), 'cov-path');
      }
    }
    add(classes, r.barrier.id, 'cov-target');
    if (r.territory) add(classes, r.territory.id, 'cov-target');
    return { analysis: 'BARRIER_COVERAGE', classes, extraEdges: [], required: [...new Set(required)], fadeOthers: true };
  },
  legend(r, _p, t) {
    const entries: LegendEntry[] = anyTerritory(r)
      ? [{ type: 'node', look: ring(HL.coverAny, 'solid', 4), label: t('legend.coverAny') }]
      : [
          { type: 'node', look: { ...ring(HL.coverFull, 'solid', 3), halo: HL.coverFull }, label: t('legend.coverFull') },
          { type: 'node', look: ring(HL.coverPartial, 'dashed', 4), label: t('legend.coverPartial') },
        ];
    entries.push({ type: 'node', look: { ...(PROGRAMME_LOOK.COMMON_LAW as NodeLook), border: HL.via, borderWidth: 4 }, label: t('legend.via') });
    return entries;
  },
  ranked: (r, { t, lang }) =>
    r.actors.map((a) => ({ id: a.actor.id, label: a.actor.name, detail: anyTerritory(r) ? '' : `${t(`scope.${a.scope}`)} (${percent(a.share, lang)})` })),
  focus(r, ids) {
    const wanted = new Set(ids);
    return mergeFocus(r.actors.filter((a) => wanted.has(a.actor.id)).map((a) => focusOf(r, a, ids.length === 1)));
  },
  table: (r, _p, ctx) =>
    buildTable(
      coverageTitle(r, ctx),
      [...columnsOf(r), ...(ctx.lang === 'fr' ? [EXPLANATION] : [])],
      r.actors,
      (a) => a.actor.id,
      ctx,
      (a) => (anyTerritory(r) ? 'scope-any' : a.scope === 'FULL' ? 'scope-full' : 'scope-partial'),
    ),
  title: (r, _p, ctx) => coverageTitle(r, ctx),
};
