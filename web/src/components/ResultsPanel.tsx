// The answer of the active question under the graph: its module's table (copyable, every row),
// or its own view (the zones blanches matrix). A row focuses the graph on that answer.
import { useEffect, useRef } from 'react';
import type { Ctx, RegisteredAnalysis } from '../analyses/types';
import type { Reference } from '../api';
import type { AppState } from '../graph/urlState';
import { clearFocusResults, loadMore, setApp, setQuestion, useStore } from '../store';
import { CopyTable } from './CopyTable';
import { PageMore } from './PageMore';

interface Props {
  app: AppState;
  analysis: RegisteredAnalysis;
  params: unknown;
  result: unknown;
  reference: Reference | null;
  ctx: Ctx;
  /** the item the graph is focused on, if one */
  focus: string | null | undefined;
  /** move the keyboard focus here once drawn (the question was asked from another view) */
  focusResults: boolean;
  onFocus: (id: string | null) => void;
  onSelect: (id: string) => void;
}

export function ResultsPanel({ app, analysis, params, result, reference, ctx, focus, focusResults }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusResults) return;
    ref.current?.querySelector<HTMLElement>('[data-results-focus]')?.focus();
    clearFocusResults();
  }, [focusResults]);
  const loadingMore = useStore((s) => !!s.data.question.loadingMore);
  const more = () => void loadMore();
  const Results = analysis.Results;
  if (Results)
    return (
      <div ref={ref}>
        <Results
          app={app}
          params={params}
          result={result}
          reference={reference}
          ctx={ctx}
          ask={(id, p) => setQuestion(id, p, { focusResults: true })}
          more={more}
          loadingMore={loadingMore}
        />
      </div>
    );
  const spec = analysis.logic.table?.(result, params, ctx);
  if (!spec) return null;
  const focusable = !!analysis.logic.ranked;
  const page = analysis.logic.page?.(result);
  const notes = analysis.logic.notes?.(result, ctx);
  // a row focuses the graph on its answer; a row about one node (not a pair) also selects it
  const onRow = (id: string) => setApp({ focus: focusable ? id : app.focus, selected: id.includes('|') ? null : id, viewport: null });
  return (
    <div ref={ref}>
      <CopyTable
        caption={spec.caption}
        columns={spec.columns}
        rows={spec.rows}
        t={ctx.t}
        testId="results"
        onRowClick={onRow}
        selectedId={focusable ? (focus ?? null) : app.selected}
      />
      {page && <PageMore page={page} loading={loadingMore} onMore={more} t={ctx.t} />}
      {notes && notes.lines.length > 0 && (
        <section className="result-notes" data-testid="result-notes">
          <h3>{notes.title}</h3>
          <ul className="small">
            {notes.lines.map((l) => (
              <li key={l.id} data-id={l.id}>
                {l.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
