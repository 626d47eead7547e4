// PROGRAMME_OVERLAPS — concurrence des dispositifs: pairs of programmes by score.

import { pairHighlight, pairKey } from '../../graph/highlights';
import type { LegendEntry } from '../../graph/legend';
import { HL } from '../../graph/palette';
import type { GEdge, GraphData } from '../../graph/types';
import { graphql, type ResultOf, request } from '../../graphql';
import { vocabLabel } from '../../i18n';
import { appendPage, fromPage, PAGE_SIZE, type Paged } from '../paging';
import { type AnalysisModule, buildTable, type Column, contextEdge, contextNode, type FocusSpec, mergeFocus } from '../types';

export interface OverlapParams {
  minScore: number;
}

// the national list pages: the first page with its total, the next ones on demand
const QUERY = graphql(`
  query ProgrammeOverlapPage($m: Float, $limit: Int, $after: String) {
    programmeOverlapPage(minScore: $m, limit: $limit, after: $after) {
      nodes {
        a { id name } b { id name } score explanation
        sharedBarriers { id label } sharedTerritories { id name level } sharedPublics { id label }
      }
      totalCount pageInfo { endCursor hasNextPage }
    }
  }
`);
type Overlap = ResultOf<typeof QUERY>['programmeOverlapPage']['nodes'][number];
export type OverlapResult = Paged<Overlap>;

const DEFAULT_MIN = 0.3;
const score = (o: Overlap) => Number(o.score.toFixed(3));

const COLUMNS: Column<Overlap>[] = [
  { key: 'a', header: (t) => t('col.programmeA'), cell: (o) => o.a.name },
  { key: 'b', header: (t) => t('col.programmeB'), cell: (o) => o.b.name },
  { key: 'score', header: (t) => t('col.score'), cell: score },
  { key: 'barriers', header: (t) => t('col.sharedBarriers'), cell: (o, { lang }) => o.sharedBarriers.map((b) => vocabLabel(b.id, b.label, lang)).join(', ') },
  { key: 'territories', header: (t) => t('col.sharedTerritories'), cell: (o) => o.sharedTerritories.map((x) => x.name).join(', ') },
  { key: 'publics', header: (t) => t('col.sharedPublics'), cell: (o, { lang }) => o.sharedPublics.map((p) => vocabLabel(p.id, p.label, lang)).join(', ') },
];
const EXPLANATION: Column<Overlap> = { key: 'explanation', header: (t) => t('col.explanation'), cell: (o) => o.explanation };

/**
 * The two programmes and their shared barriers; for one pair (`detail`) also their operators and
 * shared territories (for ten pairs that would be a hairball again).
 */
function focusOf(o: Overlap, full: GraphData, detail: boolean): FocusSpec {
  const ends = new Set([o.a.id, o.b.id]);
  const operators = detail ? full.edges.filter((e) => e.type === 'OPERATES' && ends.has(e.target)).map((e) => e.source) : [];
  const territories = detail ? o.sharedTerritories : [];
  const extraEdges: GEdge[] = [];
  for (const p of ends) {
    for (const b of o.sharedBarriers) extraEdges.push(contextEdge('ADDRESSES', p, b.id));
    for (const x of territories) extraEdges.push(contextEdge('ACTIVE_IN', p, x.id));
  }
  return {
    nodes: [o.a.id, o.b.id, ...operators],
    extraNodes: [
      ...o.sharedBarriers.map((b) => contextNode(b.id, b.label, 'Barrier')),
      ...territories.map((x) => contextNode(x.id, x.name, 'Territory', x.level)),
    ],
    extraEdges,
  };
}

export const programmeOverlaps: AnalysisModule<OverlapParams, OverlapResult> = {
  id: 'PROGRAMME_OVERLAPS',
  defaults: { minScore: DEFAULT_MIN },
  decode(q) {
    const n = Number(q.get('minScore') ?? Number.NaN);
    return { minScore: Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : DEFAULT_MIN };
  },
  encode(p, set) {
    if (p.minScore !== DEFAULT_MIN) set('minScore', String(p.minScore));
  },
  key: (p) => `overlaps:${p.minScore}`,
  ready: () => true,
  fetch: async (p, signal) => fromPage((await request(QUERY, { m: p.minScore, limit: PAGE_SIZE }, signal)).programmeOverlapPage),
  more: async (r, p, signal) => appendPage(r, (await request(QUERY, { m: p.minScore, limit: PAGE_SIZE, after: r.endCursor }, signal)).programmeOverlapPage),
  page: (r) => r,
  status: (r, _p, { t }) => t('q.overlapCount', { n: r.totalCount ?? r.nodes.length }),
  highlight: (r) =>
    pairHighlight(
      'PROGRAMME_OVERLAPS',
      r.nodes.map((o) => ({ a: o.a, b: o.b, value: o.score, label: o.score.toFixed(2) })),
      { prefix: 'overlap', type: 'OVERLAP', cls: 'hl-overlap', dataKey: 'score' },
    ),
  legend: (_r, _p, t): LegendEntry[] => [
    { type: 'edge', look: { color: HL.overlap, width: 4, lineStyle: 'double', targetArrow: 'none', sourceArrow: 'none' }, label: t('legend.overlapLow') },
    { type: 'edge', look: { color: HL.overlap, width: 11, lineStyle: 'double', targetArrow: 'none', sourceArrow: 'none' }, label: t('legend.overlapHigh') },
  ],
  ranked: (r) => r.nodes.map((o) => ({ id: pairKey(o.a.id, o.b.id), label: `${o.a.name} ↔ ${o.b.name}`, detail: o.score.toFixed(2) })),
  focus(r, ids, full) {
    const wanted = new Set(ids);
    return mergeFocus(r.nodes.filter((o) => wanted.has(pairKey(o.a.id, o.b.id))).map((o) => focusOf(o, full, ids.length === 1)));
  },
  table: (r, _p, ctx) =>
    buildTable(ctx.t('analysis.PROGRAMME_OVERLAPS'), [...COLUMNS, ...(ctx.lang === 'fr' ? [EXPLANATION] : [])], r.nodes, (o) => pairKey(o.a.id, o.b.id), ctx),
  title: (_r, _p, { t }) => t('export.analysisTitle', { q: t('analysis.PROGRAMME_OVERLAPS') }),
};
