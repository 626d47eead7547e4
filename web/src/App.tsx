// The explorer shell: header, side panel (questions, ranking, filters), graph and/or table, results, details.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AccountMenu } from './components/AccountMenu';
import { DataTable } from './components/DataTable';
import { DetailsPanel } from './components/DetailsPanel';
import { ExportDialog } from './components/ExportDialog';
import { FilterPanel } from './components/FilterPanel';
import { FocusList } from './components/FocusList';
import { GroupPanel } from './components/GroupPanel';
import { ImportDialog } from './components/ImportDialog';
import { Legend } from './components/Legend';
import { QuestionPanel } from './components/QuestionPanel';
import { ResultsPanel } from './components/ResultsPanel';
import { SearchBox } from './components/SearchBox';
import { fitAll, getCy } from './cyRegistry';
import { useCanEdit } from './editing/canEdit';
import { LinkDrawer } from './editing/LinkDrawer';
import { RecordForm, type RecordType } from './editing/RecordForm';
import { UndoBar } from './editing/UndoBar';
import { LAYOUTS, type LayoutName } from './graph/layouts';
import { needsOverview, overviewGraph } from './graph/lod';
import type { GNode, GraphData } from './graph/types';
import { type AppState, graphKey, SHOW_ALL, type ViewKind } from './graph/urlState';
import { type T, translator, vocabLabel } from './i18n';
import { getStore, loadGraph, loadReference, questionKey, reloadFromUrl, runQuestion, setApp, useStore } from './store';
import { useAnswerView } from './useAnswerView';
import { useOverview } from './useOverview';
import './styles/app.css';

// A separate chunk (cytoscape is most of the weight), fetched at once, in parallel with the data.
const graphViewChunk = import('./components/GraphView');
const GraphView = lazy(() => graphViewChunk);
// The map (d3-geo and the outlines) only when it is asked for.
const MapView = lazy(() => import('./map/MapView').then((m) => ({ default: m.MapView })));
// The recommendations' review panel, when it is opened.
const RecommendationsPanel = lazy(() => import('./recommendations/RecommendationsPanel').then((m) => ({ default: m.RecommendationsPanel })));

const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };

function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function centreOn(id: string) {
  const cy = getCy();
  const n = cy?.getElementById(id);
  if (!cy || !n || n.empty()) return;
  // Centre on the node itself (cy.center would centre its label too).
  const zoom = Math.max(cy.zoom(), 1.1);
  const p = n.position();
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } });
}

/** The filters in words (export subtitle). */
function filtersText(app: AppState, ref: ReturnType<typeof getStore>['data']['reference'], t: T): string {
  const f = app.filters;
  const parts: string[] = [];
  const name = (list: readonly { id: string; label: string }[] | undefined, id: string) =>
    vocabLabel(id, list?.find((x) => x.id === id)?.label ?? id, app.lang);
  if (f.domains.length) parts.push(`${t('filters.domain')} = ${f.domains.map((d) => name(ref?.domains, d)).join(', ')}`);
  if (f.barriers.length) parts.push(`${t('filters.barrier')} = ${f.barriers.map((d) => name(ref?.barriers, d)).join(', ')}`);
  if (f.publics.length) parts.push(`${t('filters.public')} = ${f.publics.map((d) => name(ref?.publics, d)).join(', ')}`);
  if (f.territory) parts.push(`${t('filters.territory')} = ${ref?.territories.find((x) => x.id === f.territory)?.name ?? f.territory}`);
  if (f.kinds.length) parts.push(`${t('filters.kinds')} = ${f.kinds.map((k) => t(`actorKind.${k as 'OTHER'}`)).join(', ')}`);
  if (f.links.length) parts.push(`${t('filters.links')} = ${f.links.map((k) => t(`linkType.${k as 'OPERATES'}`)).join(', ')}`);
  if (f.formalOnly) parts.push(t('filters.formalOnly'));
  return parts.length ? t('export.filters', { f: parts.join(' ; ') }) : '';
}

/** The printable report: of the chosen EPCI or employment area, else of the whole cartography. */
function reportHref(app: AppState, ref: ReturnType<typeof getStore>['data']['reference']): string {
  const id = app.filters.territory;
  const level = id ? ref?.territories.find((x) => x.id === id)?.level : null;
  return id && (level === 'EPCI' || level === 'EMPLOYMENT_AREA') ? `/report?territory=${encodeURIComponent(id)}` : '/report';
}

export function App() {
  const app = useStore((s) => s.app);
  const data = useStore((s) => s.data);
  const t = useMemo(() => translator(app.lang), [app.lang]);
  const searchRef = useRef<HTMLInputElement>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const [recoOpen, setRecoOpen] = useState(false);
  const canEdit = useCanEdit();
  /** the record form: a record to edit, or a new one (id null) */
  const [form, setForm] = useState<{ type: RecordType; id: string | null } | null>(null);
  /** drawing a link: its first node */
  const [linkFrom, setLinkFrom] = useState<GNode | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [imported, setImported] = useState(false);

  useEffect(() => {
    void loadReference();
    const onPop = () => reloadFromUrl();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const gk = graphKey(app);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the dependency
  useEffect(() => {
    void loadGraph();
  }, [gk]);
  const qk = questionKey(app);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the dependency
  useEffect(() => {
    void runQuestion();
  }, [qk]);
  useEffect(() => {
    document.documentElement.lang = app.lang;
    document.title = t('app.title');
  }, [app.lang, t]);

  const { ctx, analysis, answered, params, result, ranked, focusIds, primary, highlight, visible, shown, overlays, legend } = useAnswerView(app, data, qk, t);
  const labels = ctx.labels;
  const q = data.question;

  // Level of detail: a view too large to draw is drawn as territory groups, opened on demand.
  const showGraphView = app.view === 'graph' || app.view === 'split';
  const large = showGraphView && needsOverview(shown);
  const ov = useOverview(large, app.filters.territory, app.groups);
  const lod = ov.overview?.level && ov.overview.groups.length > 0 ? ov.overview : null;
  // until the overview arrives, nothing is drawn (laying out the whole view first would cost more than the overview)
  const waitingOverview = large && !ov.error && !ov.overview;
  const drawn = useMemo(
    () =>
      lod && shown
        ? overviewGraph(lod, app.groups, ov.members, shown, (g) => t('lod.group', { name: g.name, n: g.actorCount }))
        : waitingOverview
          ? EMPTY_GRAPH
          : shown,
    [lod, shown, app.groups, ov.members, t, waitingOverview],
  );
  const selectedGroup = lod && app.selected ? (lod.groups.find((g) => g.id === app.selected) ?? null) : null;
  const toggleGroup = useCallback((id: string) => {
    setApp((a) => ({ groups: a.groups.includes(id) ? a.groups.filter((x) => x !== id) : [...a.groups, id], selected: id }));
  }, []);

  const selectedNode: GNode | null = useMemo(
    () => (app.selected ? (visible?.nodes.find((n) => n.id === app.selected) ?? data.full?.nodes.find((n) => n.id === app.selected) ?? null) : null),
    [app.selected, visible, data.full],
  );

  const onSelect = useCallback((id: string | null) => setApp({ selected: id }), []);
  const onPick = useCallback((id: string) => {
    setApp({ selected: id });
    // after the details panel has opened and the graph has been resized
    requestAnimationFrame(() => requestAnimationFrame(() => centreOn(id)));
  }, []);
  const lodRef = useRef(lod);
  lodRef.current = lod;
  const onToggleExpand = useCallback(
    (id: string) => {
      // a group of the overview opens (or closes) in place; another node shows its neighbours
      if (lodRef.current?.groups.some((g) => g.id === id)) toggleGroup(id);
      else setApp((a) => ({ expanded: a.expanded.includes(id) ? a.expanded.filter((x) => x !== id) : [...a.expanded, id], selected: id }));
    },
    [toggleGroup],
  );
  const onViewport = useCallback((v: { zoom: number; x: number; y: number }) => setApp({ viewport: v }), []);
  const onFocus = useCallback((focus: string | null) => setApp({ focus, selected: null, viewport: null }), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return; // the dialog handles its own keys
      if (e.key === 'Escape') {
        if (getStore().app.selected) setApp({ selected: null });
        return;
      }
      if (isTyping(e)) return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'f' || e.key === 'F') {
        fitAll();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const status = analysis && answered ? analysis.logic.status(result, params, ctx) : '';
  const subtitle = useMemo(() => [status, filtersText(app, data.reference, t)].filter(Boolean).join(' — '), [status, app, data.reference, t]);
  const exportTitle = analysis && answered ? analysis.logic.title(result, params, ctx) : t('export.defaultTitle');

  const busy =
    gk !== data.graphKey ||
    JSON.stringify(app.filters.include) !== data.fullKey ||
    qk !== data.question.key ||
    data.question.status === 'running' ||
    (!data.reference && app.filters.publics.length > 0);
  const showMap = app.view === 'map';
  const showGraph = app.view === 'graph' || app.view === 'split';
  const showTable = app.view === 'table' || app.view === 'split';
  const showResults = !!analysis && answered;
  const oneItem = focusIds?.length === 1 && focusIds[0] === app.focus ? app.focus : null;
  const viewKey = focusIds ? `focus:${oneItem ?? 'top'}` : app.focus === SHOW_ALL ? 'all' : '';

  return (
    <div className="app">
      <a href="#graph-main" className="skip">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <span className="muted" data-testid="subtitle">
            {t('app.subtitle')}
          </span>
        </div>
        <SearchBox ref={searchRef} nodes={data.full?.nodes ?? visible?.nodes ?? []} descriptions={data.descriptions} onPick={onPick} t={t} />
        <div className="toolbar">
          <label className="inline-field" title={t('layout.label')}>
            <span className="sr-only">{t('layout.label')}</span>
            <select value={app.layout} onChange={(e) => setApp({ layout: e.target.value as LayoutName, viewport: null })} data-testid="layout">
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {l === 'concentric' && app.mode === 'CIR_ARTICULATION' ? t('layout.concentricCir') : t(`layout.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="segmented" aria-label={t('view.label')}>
            {(['graph', 'split', 'table', 'map'] as ViewKind[]).map((v) => (
              <label key={v} className={app.view === v ? 'on' : ''}>
                <input type="radio" name="view" value={v} checked={app.view === v} onChange={() => setApp({ view: v })} data-view={v} />
                {t(`view.${v}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={fitAll} disabled={!showGraph} title={t('toolbar.fit')}>
            {t('toolbar.fit')}
          </button>
          <button type="button" className="primary" onClick={() => setExportOpen(true)} disabled={!showGraph} data-testid="open-export">
            {t('toolbar.export')}
          </button>
          {canEdit && (
            <>
              <button type="button" onClick={() => setForm({ type: 'Actor', id: null })} data-testid="new-actor">
                {t('edit.newActor')}
              </button>
              <button type="button" onClick={() => setForm({ type: 'Programme', id: null })} data-testid="new-programme">
                {t('edit.newProgramme')}
              </button>
            </>
          )}
          <button type="button" onClick={() => setRecoOpen(true)} data-testid="open-recommendations">
            {t('toolbar.recommendations')}
          </button>
          <a className="button" href={reportHref(app, data.reference)} target="_blank" rel="noopener" data-testid="open-report">
            {t('toolbar.report')}
          </a>
          <button type="button" onClick={() => setImportOpen(true)} data-testid="open-import">
            {t('toolbar.import')}
          </button>
          <button
            type="button"
            onClick={() => setApp({ lang: app.lang === 'fr' ? 'en' : 'fr' })}
            title={t('lang.switchTitle')}
            lang={app.lang === 'fr' ? 'en' : 'fr'}
            data-testid="lang"
          >
            {t('lang.switch')}
          </button>
          <AccountMenu t={t} />
        </div>
      </header>
      <div className="body">
        <nav className="side" aria-label={t('panel.questions')}>
          <QuestionPanel app={app} reference={data.reference} question={data.question} status={status} answered={answered} t={t} />
          {ranked && ranked.length > 0 && <FocusList items={ranked} focus={app.focus} onFocus={onFocus} t={t} />}
          <FilterPanel filters={app.filters} reference={data.reference} lang={app.lang} t={t} />
          <p>
            <a className="button" href="/api/export?format=json" download>
              {t('toolbar.exportData')}
            </a>
          </p>
          <p className="muted small shortcuts">{t('shortcuts')}</p>
        </nav>
        <main id="graph-main" className={`main view-${app.view}`}>
          <UndoBar t={t} />
          {canEdit && linkFrom && (
            <LinkDrawer
              key={linkFrom.id}
              from={linkFrom}
              to={selectedNode && selectedNode.id !== linkFrom.id ? selectedNode : null}
              t={t}
              onDone={() => setLinkFrom(null)}
            />
          )}
          {data.error && (
            <p className="error" role="alert">
              {t('app.error', { msg: data.error })}
            </p>
          )}
          {showMap && (
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <MapView t={t} />
            </Suspense>
          )}
          <div className="stage" hidden={showMap}>
            {showGraph && (
              <div className="graph-area">
                <div className="graph-holder">
                  {!visible && !data.error && <p className="loading">{t('app.loading')}</p>}
                  {visible && visible.nodes.length === 0 && <p className="empty">{t('app.empty')}</p>}
                  {/* mounted before the data arrives, so that Cytoscape is ready when it does */}
                  {lod && (
                    <div className="lod-banner" data-testid="lod-banner">
                      <span>
                        {t('lod.banner', { n: (shown?.nodes.length ?? 0) + (shown?.edges.length ?? 0), level: t(`lod.level.${lod.level as 'EPCI'}`) })}
                      </span>
                      {answered && <strong> {t('lod.highlightNote')}</strong>}
                      {app.groups.length > 0 && (
                        <button type="button" onClick={() => setApp({ groups: [] })} data-testid="lod-close-all">
                          {t('lod.closeAll')}
                        </button>
                      )}
                    </div>
                  )}
                  {ov.error && (
                    <p className="error" role="alert">
                      {t('app.error', { msg: ov.error })}
                    </p>
                  )}
                  <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
                    <GraphView
                      graph={drawn ?? EMPTY_GRAPH}
                      overlays={overlays}
                      highlight={highlight}
                      highlightKey={answered ? q.key : ''}
                      viewKey={viewKey}
                      primary={primary}
                      busy={busy || !visible || (large && !ov.error && (ov.loading || !ov.overview))}
                      layout={app.layout}
                      selected={app.selected}
                      expanded={app.expanded}
                      initialViewport={app.viewport}
                      onSelect={onSelect}
                      onToggleExpand={onToggleExpand}
                      onViewport={onViewport}
                      t={t}
                    />
                  </Suspense>
                </div>
                <Legend sections={legend} t={t} />
              </div>
            )}
            {showTable && visible && (
              <div className="table-area">
                <DataTable graph={visible} t={t} selected={app.selected} onSelect={onPick} />
              </div>
            )}
          </div>
          {showResults && analysis && (
            <section className={`results results-${analysis.logic.id}`} aria-label={t(`analysis.${analysis.logic.id}`)}>
              <ResultsPanel
                app={app}
                analysis={analysis}
                params={params}
                result={result}
                reference={data.reference}
                ctx={ctx}
                focus={oneItem}
                focusResults={data.focusResults}
                onFocus={onFocus}
                onSelect={onPick}
              />
            </section>
          )}
        </main>
        {form && (
          <RecordForm
            key={`${form.type}:${form.id ?? 'new'}`}
            type={form.type}
            id={form.id}
            reference={data.reference}
            lang={app.lang}
            t={t}
            onClose={() => setForm(null)}
            onSaved={(id) => {
              setForm({ type: form.type, id });
              setApp({ selected: id });
            }}
          />
        )}
        {!form && selectedGroup && (
          <GroupPanel
            group={selectedGroup}
            open={app.groups.includes(selectedGroup.id)}
            t={t}
            onToggle={() => toggleGroup(selectedGroup.id)}
            onClose={() => setApp({ selected: null })}
          />
        )}
        {!form && !selectedGroup && selectedNode && (
          <DetailsPanel
            node={selectedNode}
            labels={labels}
            expanded={app.expanded.includes(selectedNode.id)}
            lang={app.lang}
            t={t}
            onClose={() => setApp({ selected: null })}
            onToggleExpand={() => onToggleExpand(selectedNode.id)}
            onSelect={onPick}
            onEdit={
              selectedNode.type === 'Actor' || selectedNode.type === 'Programme'
                ? () => setForm({ type: selectedNode.type as RecordType, id: selectedNode.id })
                : undefined
            }
            onDrawLink={() => setLinkFrom(selectedNode)}
          />
        )}
      </div>
      <ExportDialog
        open={exportOpen}
        onClose={() => setExportOpen(false)}
        defaultTitle={exportTitle}
        subtitle={subtitle}
        legend={legend}
        lang={app.lang}
        filters={app.filters}
        t={t}
      />
      <ImportDialog
        open={importOpen}
        onClose={() => {
          setImportOpen(false);
          // The cartography changed: load it again (the URL keeps the view).
          if (imported) window.location.reload();
        }}
        onImported={() => setImported(true)}
        t={t}
      />
      {recoOpen && (
        <Suspense fallback={null}>
          <RecommendationsPanel open={recoOpen} onClose={() => setRecoOpen(false)} lang={app.lang} t={t} />
        </Suspense>
      )}
    </div>
  );
}
