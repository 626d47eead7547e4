// INFORMATION_GAPS — partage d'information manquant: co-involved actors with no information sharing.
import { pairHighlight, pairKey } from '../../graph/highlights';
import type { LegendEntry } from '../../graph/legend';
import { HL } from '../../graph/palette';
import { graphql, type ResultOf, request } from '../../graphql';
import type { T } from '../../i18n';
import { appendPage, fromPage, PAGE_SIZE, type Paged } from '../paging';
import { type AnalysisModule, buildTable, type Column, type FocusSpec, mergeFocus } from '../types';

export type GapParams = Record<string, never>;

// the national list pages: the first page with its total and the large programmes' summaries
// (a programme with more than 20 participants gives one line, not its pairs), the next pages on demand
const QUERY = graphql(`
  query InformationGapPage($limit: Int, $after: String) {
    informationGapPage(limit: $limit, after: $after) {
      nodes {
        a { id name } b { id name } strength reasons explanation
        reasonDetails { kind text formal programme { id name } rolesA rolesB directions }
      }
      totalCount pageInfo { endCursor hasNextPage }
      largeProgrammes { programme { id name } participants actorsWithoutExchange pairsWithoutExchange explanation }
    }
  }
`);
type PageResult = ResultOf<typeof QUERY>['informationGapPage'];
type Gap = PageResult['nodes'][number];
type Reason = Gap['reasonDetails'][number];
type Large = PageResult['largeProgrammes'][number];
export interface GapResult extends Paged<Gap> {
  largeProgrammes: Large[];
}

/** A large programme's line: the server's French sentence, or the same facts in English. */
function largeText(l: Large, t: T, lang: string): string {
  if (lang === 'fr') return l.explanation;
  return t('gaps.large', { p: l.programme.name, n: l.actorsWithoutExchange, m: l.participants, k: l.pairsWithoutExchange });
}

/** A reason in the interface's language (the server words it in French). */
export function reasonText(r: Reason, t: T, lang: string): string {
  if (lang === 'fr') return r.text;
  if (r.kind === 'PROGRAMME') {
    const roles = (list: readonly string[]) => list.map((x) => t(`linkType.${x as 'OPERATES'}`)).join(', ');
    return t('reason.PROGRAMME', { p: r.programme?.name ?? '', a: roles(r.rolesA), b: roles(r.rolesB) });
  }
  return t(r.kind === 'REFERRAL' ? 'reason.REFERRAL' : 'reason.PARTNERSHIP') + (r.formal ? ` (${t('details.formal')})` : '');
}

const COLUMNS: Column<Gap>[] = [
  { key: 'a', header: (t) => t('col.actorA'), cell: (g) => g.a.name },
  { key: 'b', header: (t) => t('col.actorB'), cell: (g) => g.b.name },
  { key: 'strength', header: (t) => t('col.strength'), cell: (g) => g.strength },
  { key: 'reasons', header: (t) => t('col.reasons'), cell: (g, { t, lang }) => g.reasonDetails.map((r) => reasonText(r, t, lang)).join(' ; ') },
];
const EXPLANATION: Column<Gap> = { key: 'explanation', header: (t) => t('col.explanation'), cell: (g) => g.explanation };

/** The two actors and their common programmes (with the links that tie them). */
function focusOf(g: Gap): FocusSpec {
  const programmes = g.reasonDetails.flatMap((r) => (r.programme ? [r.programme.id] : []));
  return { nodes: [g.a.id, g.b.id, ...programmes], extraNodes: [], extraEdges: [] };
}

export const informationGaps: AnalysisModule<GapParams, GapResult> = {
  id: 'INFORMATION_GAPS',
  defaults: {},
  decode: () => ({}),
  encode: () => undefined,
  key: () => 'gaps',
  ready: () => true,
  async fetch(_p, signal) {
    const page = (await request(QUERY, { limit: PAGE_SIZE }, signal)).informationGapPage;
    return { ...fromPage(page), largeProgrammes: [...page.largeProgrammes] };
  },
  async more(r, _p, signal) {
    const page = (await request(QUERY, { limit: PAGE_SIZE, after: r.endCursor }, signal)).informationGapPage;
    return { ...appendPage(r, page), largeProgrammes: r.largeProgrammes };
  },
  page: (r) => r,
  notes: (r, { t, lang }) => ({
    title: t('page.largeTitle'),
    lines: r.largeProgrammes.map((l) => ({ id: l.programme.id, text: largeText(l, t, lang) })),
  }),
  status: (r, _p, { t }) => t('q.gapCount', { n: r.totalCount ?? r.nodes.length }),
  highlight: (r) =>
    pairHighlight(
      'INFORMATION_GAPS',
      r.nodes.map((g) => ({ a: g.a, b: g.b, value: g.strength, label: String(g.strength) })),
      { prefix: 'gap', type: 'INFO_GAP', cls: 'hl-gap', dataKey: 'strength' },
    ),
  legend: (_r, _p, t): LegendEntry[] => [
    { type: 'edge', look: { color: HL.gap, width: 2, lineStyle: 'dashed', targetArrow: 'none', sourceArrow: 'none' }, label: t('legend.gapWeak') },
    { type: 'edge', look: { color: HL.gap, width: 8, lineStyle: 'dashed', targetArrow: 'none', sourceArrow: 'none' }, label: t('legend.gapStrong') },
  ],
  ranked: (r) => r.nodes.map((g) => ({ id: pairKey(g.a.id, g.b.id), label: `${g.a.name} ↔ ${g.b.name}`, detail: String(g.strength) })),
  focus(r, ids) {
    const wanted = new Set(ids);
    return mergeFocus(r.nodes.filter((g) => wanted.has(pairKey(g.a.id, g.b.id))).map(focusOf));
  },
  table: (r, _p, ctx) =>
    buildTable(ctx.t('analysis.INFORMATION_GAPS'), [...COLUMNS, ...(ctx.lang === 'fr' ? [EXPLANATION] : [])], r.nodes, (g) => pairKey(g.a.id, g.b.id), ctx),
  title: (_r, _p, { t }) => t('export.analysisTitle', { q: t('analysis.INFORMATION_GAPS') }),
};
