// The questions the tool answers on the graph: one per analysis of the registry, its parameters,
// its definition and its status line.
import { ANALYSES, analysisById } from '../analyses/registry';
import type { Reference } from '../api';
import type { AppState, Mode } from '../graph/urlState';
import type { T } from '../i18n';
import { type QuestionState, setApp, setParams } from '../store';

interface Props {
  app: AppState;
  reference: Reference | null;
  question: QuestionState;
  /** the status line of the answer (counts), empty until answered */
  status: string;
  answered: boolean;
  t: T;
}

const MODES: Mode[] = [...ANALYSES.map((a) => a.logic.id), 'none'];

export function QuestionPanel({ app, reference, question, status, answered, t }: Props) {
  const analysis = analysisById(app.mode);
  const params = analysis ? (app.params[analysis.logic.id] ?? analysis.logic.defaults) : null;
  const Params = analysis?.Params;
  const definition = analysis ? reference?.analysisDefinitions.find((x) => x.analysis === analysis.logic.id) : undefined;
  const summary = analysis && answered && app.lang === 'fr' ? (analysis.logic.summary?.(question.result) ?? null) : null;
  return (
    <section className="panel-section questions" aria-labelledby="questions-h">
      <h2 id="questions-h">{t('panel.questions')}</h2>
      <fieldset className="modes" data-testid="modes">
        <legend className="sr-only">{t('mode.label')}</legend>
        {MODES.map((m) => (
          <label key={m} className={app.mode === m ? 'mode on' : 'mode'}>
            <input type="radio" name="mode" value={m} checked={app.mode === m} onChange={() => setApp({ mode: m, focus: null })} data-mode={m} />
            {t(`analysis.${m}`)}
          </label>
        ))}
      </fieldset>
      {analysis && Params && (
        <Params params={params} set={(patch) => setParams(patch as Record<string, unknown>)} reference={reference} lang={app.lang} t={t} />
      )}
      {analysis && (
        <div className="definition">
          <p>{t(`def.${analysis.logic.id}`)}</p>
          {definition && (
            <details>
              <summary>{t('def.full')}</summary>
              <p>{app.lang === 'en' ? definition.definitionEn : definition.definition}</p>
            </details>
          )}
        </div>
      )}
      {analysis && <QuestionStatus ready={analysis.logic.ready(params)} question={question} status={status} t={t} />}
      {summary && <p className="small">{summary}</p>}
    </section>
  );
}

function QuestionStatus({ ready, question: q, status, t }: { ready: boolean; question: QuestionState; status: string; t: T }) {
  if (!ready) return <p className="status">{t('q.pickBarrier')}</p>;
  if (q.status === 'running')
    return (
      <p className="status" aria-live="polite">
        {t('q.running')}
      </p>
    );
  if (q.status === 'error')
    return (
      <p className="status error" role="alert">
        {t('q.error', { msg: q.error ?? '' })}
      </p>
    );
  return (
    <p className="status" aria-live="polite" data-testid="question-status">
      {status}
    </p>
  );
}
