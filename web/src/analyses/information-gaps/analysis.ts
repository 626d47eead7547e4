// INFORMATION_GAPS — partage d'information manquant: co-involved actors with no information sharing.
import { pairHighlight, pairKey } from '../../graph/highlights';
import type { LegendEntry } from '../../graph/legend';
import { HL } from '../../graph/palette';
import { graphql, type ResultOf, request } from '../../graphql';
import type { T } from '../../i18n';
import { type AnalysisModule, buildTable, type Column, type FocusSpec, mergeFocus } from '../types';

export type GapParams = Record<string, never>;

const QUERY = graphql(`
  query InformationGaps {
    informationGaps {
      a { id name } b { id name } strength reasons explanation
      reasonDetails { kind text formal programme { id name } rolesA rolesB directions }
    }
  }
`);
export type GapResult = ResultOf<typeof QUERY>['informationGaps'];
type Gap = GapResult[number];
type Reason = Gap['reasonDetails'][number];

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
  fetch: async (_p, signal) => (await request(QUERY, {}, signal)).informationGaps,
  status: (r, _p, { t }) => t('q.gapCount', { n: r.length }),
  highlight: (r) =>
    pairHighlight(
      'INFORMATION_GAPS',
      r.map((g) => ({ a: g.a, b: g.b, value: g.strength, label: String(g.strength) })),
      { prefix: 'gap', type: 'INFO_GAP', cls: 'hl-gap', dataKey: 'strength' },
    ),
  legend: (_r, _p, t): LegendEntry[] => [
    { type: 'edge', look: { color: HL.gap, width: 2, lineStyle: 'dashed', targetArrow: 'none', sourceArrow: 'none' }, label: t('legend.gapWeak') },
    { type: 'edge', look: { color: HL.gap, width: 8, lineStyle: 'dashed', targetArrow: 'none', sourceArrow: 'none' }, label: t('legend.gapStrong') },
  ],
  ranked: (r) => r.map((g) => ({ id: pairKey(g.a.id, g.b.id), label: `${g.a.name} ↔ ${g.b.name}`, detail: String(g.strength) })),
  focus(r, ids) {
    const wanted = new Set(ids);
    return mergeFocus(r.filter((g) => wanted.has(pairKey(g.a.id, g.b.id))).map(focusOf));
  },
  table: (r, _p, ctx) =>
    buildTable(ctx.t('analysis.INFORMATION_GAPS'), [...COLUMNS, ...(ctx.lang === 'fr' ? [EXPLANATION] : [])], r, (g) => pairKey(g.a.id, g.b.id), ctx),
  title: (_r, _p, { t }) => t('export.analysisTitle', { q: t('analysis.INFORMATION_GAPS') }),
};
