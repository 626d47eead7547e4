// What the graph shows for the active question: the answer through its analysis module, the
// focus mode (top of the ranking, one item, or everything), the highlight, overlays and legend.

import { useMemo } from 'react';
import { analysisById } from './analyses/registry';
import { type Ctx, type FocusSpec, type RankedItem, TOP } from './analyses/types';
import { filterByPublics, visibleGraph } from './graph/elements';
import { isEnded } from './graph/ended';
import { focusGraph } from './graph/focus';
import { type Highlight, NO_HIGHLIGHT, presentOverlays } from './graph/highlights';
import { legendSections } from './graph/legend';
import type { GraphData } from './graph/types';
import { type AppState, SHOW_ALL } from './graph/urlState';
import { type T, vocabLabel } from './i18n';
import type { DataState } from './store';

const VOCAB_TYPES = new Set(['Barrier', 'Domain', 'Public']);
function localiseGraph(g: GraphData, lang: AppState['lang']): GraphData {
  return { nodes: g.nodes.map((n) => (VOCAB_TYPES.has(n.type) ? { ...n, label: vocabLabel(n.id, n.label, lang) } : n)), edges: g.edges };
}

export function useAnswerView(app: AppState, data: DataState, qk: string, t: T) {
  const labels = useMemo(() => new Map((data.full?.nodes ?? []).map((n) => [n.id, n.label])), [data.full]);
  const kinds = useMemo(() => new Map((data.full?.nodes ?? []).map((n) => [n.id, n.kind])), [data.full]);
  const ctx: Ctx = useMemo(() => ({ t, lang: app.lang, labels, kinds }), [t, app.lang, labels, kinds]);

  // The answer of the active question, through its analysis module.
  const analysis = analysisById(app.mode);
  const q = data.question;
  const answered = !!analysis && q.status === 'done' && q.analysis === analysis.logic.id && q.key === qk;
  const params = analysis ? (app.params[analysis.logic.id] ?? analysis.logic.defaults) : null;
  const result = answered ? q.result : undefined;
  const ranked: RankedItem[] | null = useMemo(
    () => (analysis && answered && analysis.logic.ranked ? analysis.logic.ranked(result, ctx) : null),
    [analysis, answered, result, ctx],
  );
  // Focus mode: the top of the ranked list, or one item of it; « Tout afficher » shows everything.
  const focusIds = useMemo(() => {
    if (!ranked?.length || app.focus === SHOW_ALL) return null;
    if (app.focus && ranked.some((r) => r.id === app.focus)) return [app.focus];
    return ranked.slice(0, TOP).map((r) => r.id);
  }, [ranked, app.focus]);
  const focusSpec: FocusSpec | null = useMemo(
    () => (analysis?.logic.focus && focusIds && data.full ? analysis.logic.focus(result, focusIds, data.full) : null),
    [analysis, focusIds, result, data.full],
  );
  const primary = useMemo(
    () => (analysis?.logic.focus && focusIds?.[0] && data.full ? analysis.logic.focus(result, [focusIds[0]], data.full).nodes : []),
    [analysis, focusIds, result, data.full],
  );
  const highlight: Highlight = useMemo(() => {
    if (!analysis || !answered) return NO_HIGHLIGHT;
    const h = analysis.logic.highlight(result, params);
    // in focus, everything shown answers or explains: nothing to fade
    return focusSpec ? { ...h, fadeOthers: false } : h;
  }, [analysis, answered, result, params, focusSpec]);

  const programmePublics = useMemo(() => new Map((data.reference?.programmes ?? []).map((p) => [p.id, p.publics.map((x) => x.id)])), [data.reference]);
  const base = useMemo(
    () => (data.graph ? filterByPublics(data.graph, programmePublics, app.filters.publics) : null),
    [data.graph, programmePublics, app.filters.publics],
  );
  const visible = useMemo(() => {
    if (focusSpec && data.full) return focusGraph(data.full, focusSpec);
    if (!base) return null;
    // a node picked in the search is shown even when the filters leave it out
    const required = app.selected ? [...highlight.required, app.selected] : highlight.required;
    return visibleGraph(base, data.full, app.expanded, required);
  }, [focusSpec, data.full, base, app.expanded, highlight.required, app.selected]);
  // barrier, domain and public nodes carry the French label: in English, the vocabulary's
  const ended = useMemo(() => new Set((data.reference?.programmes ?? []).filter((p) => isEnded(p.endDate)).map((p) => p.id)), [data.reference]);
  const shown = useMemo(() => {
    const g = visible && app.lang !== 'fr' ? localiseGraph(visible, app.lang) : visible;
    return g && ended.size ? { ...g, nodes: g.nodes.map((n) => (ended.has(n.id) ? { ...n, ended: true } : n)) } : g;
  }, [visible, app.lang, ended]);
  const overlays = useMemo(
    () => (visible ? presentOverlays(highlight, new Set(visible.nodes.map((n) => n.id)), focusIds ? new Set(focusIds) : null) : []),
    [visible, highlight, focusIds],
  );
  const questionLegend = useMemo(
    () =>
      analysis && answered
        ? { title: t(`analysis.${analysis.logic.id}`), entries: analysis.logic.legend(result, params, t), recolours: analysis.logic.recolours }
        : null,
    [analysis, answered, result, params, t],
  );
  const legend = useMemo(() => (shown ? legendSections(shown, questionLegend, t) : []), [shown, questionLegend, t]);
  return { ctx, analysis, answered, params, result, ranked, focusIds, primary, highlight, visible, shown, overlays, legend };
}
