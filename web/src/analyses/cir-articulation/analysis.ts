// CIR_ARTICULATION — distance of every actor to the CIR (OFII), linked within maxHops, the rest unlinked.
import { add, type Highlight } from '../../graph/highlights';
import { type LegendEntry, ring } from '../../graph/legend';
import { cirDistanceColour, HL, type NodeLook, PROGRAMME_LOOK } from '../../graph/palette';
import { graphql, type ResultOf, request } from '../../graphql';
import { type AnalysisModule, buildTable, type Column, type Ctx, type FocusSpec, mergeFocus } from '../types';

export interface CirParams {
  maxHops: number;
}

const QUERY = graphql(`
  query CirArticulation($h: Int) {
    cirArticulation(maxHops: $h) {
      cir { id name } explanation
      linked { distance path explanation actor { id name kind } }
      unlinkedDetails { distance explanation actor { id name kind } }
    }
  }
`);
export type CirResult = ResultOf<typeof QUERY>['cirArticulation'];

const DEFAULT_HOPS = 2;
/** Distance classes drawn (4 and more share the last colour). */
const MAX_CLASS = 4;
const distanceClass = (d: number) => Math.min(Math.max(d, 1), MAX_CLASS);

interface CirRow {
  id: string;
  name: string;
  kind: string;
  linked: boolean;
  distance: number | null;
  path: readonly string[];
  explanation: string;
}

const rowsOf = (r: CirResult): CirRow[] => [
  ...r.linked.map((l) => ({
    id: l.actor.id,
    name: l.actor.name,
    kind: l.actor.kind,
    linked: true,
    distance: l.distance,
    path: l.path,
    explanation: l.explanation,
  })),
  ...r.unlinkedDetails.map((u) => ({
    id: u.actor.id,
    name: u.actor.name,
    kind: u.actor.kind,
    linked: false,
    distance: u.distance ?? null,
    path: [],
    explanation: u.explanation,
  })),
];

const COLUMNS: Column<CirRow>[] = [
  { key: 'actor', header: (t) => t('col.actor'), cell: (r) => r.name },
  { key: 'kind', header: (t) => t('col.kind'), cell: (r, { t }) => t(`actorKind.${r.kind as 'OTHER'}`) },
  { key: 'status', header: (t) => t('col.status'), cell: (r, { t }) => (r.linked ? t('cir.linked') : t('cir.unlinked')) },
  { key: 'distance', header: (t) => t('col.distance'), cell: (r) => r.distance },
  { key: 'path', header: (t) => t('col.path'), cell: (r, ctx: Ctx) => r.path.map((id) => ctx.labels.get(id) ?? id).join(' → ') },
];
const EXPLANATION: Column<CirRow> = { key: 'explanation', header: (t) => t('col.explanation'), cell: (r) => r.explanation };

/** An actor's path to the CIR (an unlinked actor: itself and the CIR). */
function focusOf(r: CirResult, row: CirRow): FocusSpec {
  return { nodes: row.path.length ? [...row.path] : [row.id, r.cir.id], extraNodes: [], extraEdges: [] };
}

export const cirArticulation: AnalysisModule<CirParams, CirResult> = {
  id: 'CIR_ARTICULATION',
  defaults: { maxHops: DEFAULT_HOPS },
  decode(q) {
    const n = Number(q.get('hops') ?? Number.NaN);
    return { maxHops: Number.isFinite(n) ? Math.round(Math.min(6, Math.max(1, n))) : DEFAULT_HOPS };
  },
  encode(p, set) {
    if (p.maxHops !== DEFAULT_HOPS) set('hops', String(p.maxHops));
  },
  key: (p) => `cir:${p.maxHops}`,
  ready: () => true,
  fetch: async (p, signal) => (await request(QUERY, { h: p.maxHops }, signal)).cirArticulation,
  status: (r, _p, { t }) => `${t('q.cirLinked', { n: r.linked.length })}, ${t('q.cirUnlinked', { n: r.unlinkedDetails.length })}`,
  summary: (r) => r.explanation,
  recolours: true,
  highlight(r): Highlight {
    const classes = new Map<string, string[]>();
    const cirDistance = new Map<string, number>([[r.cir.id, 0]]);
    add(classes, r.cir.id, 'cir-root');
    for (const l of r.linked) {
      add(classes, l.actor.id, `cir-d${distanceClass(l.distance)}`);
      cirDistance.set(l.actor.id, l.distance);
    }
    for (const u of r.unlinkedDetails) add(classes, u.actor.id, 'cir-unlinked');
    return { analysis: 'CIR_ARTICULATION', classes, extraEdges: [], required: [r.cir.id], fadeOthers: false, cirDistance };
  },
  legend(r, _p, t) {
    const entries: LegendEntry[] = [
      {
        type: 'node',
        look: { ...(PROGRAMME_LOOK.SPECIALISED as NodeLook), border: HL.cirRoot, borderWidth: 3, borderStyle: 'solid', halo: '#000000' },
        label: t('legend.cirRoot'),
      },
    ];
    // one entry per distance class present in the answer (never « 3 pas » at maxHops 2)
    const classes = [...new Set(r.linked.map((l) => distanceClass(l.distance)))].sort((a, b) => a - b);
    for (const d of classes)
      entries.push({
        type: 'node',
        look: ring('#1a1a1a', 'solid', 3, cirDistanceColour(d)),
        label: d === MAX_CLASS ? t('legend.cirDistanceMore', { n: d }) : t('legend.cirDistance', { n: d }),
      });
    if (r.unlinkedDetails.length) entries.push({ type: 'node', look: ring(HL.cirUnlinked, 'dashed', 4), label: t('legend.cirUnlinked') });
    return entries;
  },
  ranked: (r, { t }) =>
    rowsOf(r).map((row) => ({ id: row.id, label: row.name, detail: row.linked ? t('legend.cirDistance', { n: row.distance ?? 0 }) : t('cir.unlinked') })),
  focus(r, ids) {
    const wanted = new Set(ids);
    return mergeFocus(
      rowsOf(r)
        .filter((row) => wanted.has(row.id))
        .map((row) => focusOf(r, row)),
    );
  },
  table: (r, _p, ctx) =>
    buildTable(
      ctx.t('analysis.CIR_ARTICULATION'),
      [...COLUMNS, ...(ctx.lang === 'fr' ? [EXPLANATION] : [])],
      rowsOf(r),
      (row) => row.id,
      ctx,
      (row) => (row.linked ? `cir-row-d${Math.min(row.distance ?? 3, 3)}` : 'cir-row-unlinked'),
    ),
  title: (_r, _p, { t }) => t('export.analysisTitle', { q: t('analysis.CIR_ARTICULATION') }),
};
