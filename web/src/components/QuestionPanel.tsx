// The questions the tool answers on the graph: mode choice, parameters and definitions.
import type { Reference } from '../api';
import type { Mode } from '../graph/highlights';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../graph/types';
import type { AppState } from '../graph/urlState';
import { type T, vocabLabel } from '../i18n';
import { type QuestionState, setApp } from '../store';
import { TerritoryPicker } from './TerritoryPicker';

interface Props {
  app: AppState;
  reference: Reference | null;
  question: QuestionState;
  t: T;
}

const MODES_SHOWN: Mode[] = ['coverage', 'overlaps', 'gaps', 'cir', 'matrix', 'none'];

export function QuestionPanel({ app, reference, question, t }: Props) {
  const setMode = (mode: Mode) => setApp({ mode });
  return (
    <section className="panel-section questions" aria-labelledby="questions-h">
      <h2 id="questions-h">{t('panel.questions')}</h2>
      <fieldset className="modes" data-testid="modes">
        <legend className="sr-only">{t('mode.label')}</legend>
        {MODES_SHOWN.map((m) => (
          <label key={m} className={app.mode === m ? 'mode on' : 'mode'}>
            <input type="radio" name="mode" value={m} checked={app.mode === m} onChange={() => setMode(m)} data-mode={m} />
            {t(`mode.${m}`)}
          </label>
        ))}
      </fieldset>

      {app.mode === 'coverage' && (
        <div className="mode-params" data-testid="coverage-params">
          <div className="field">
            <label htmlFor="q-barrier">{t('q.barrier')}</label>
            <select id="q-barrier" data-testid="q-barrier" value={app.barrier ?? ''} onChange={(e) => setApp({ barrier: e.target.value || null })}>
              <option value="">{t('q.chooseBarrier')}</option>
              {reference?.barriers.map((b) => (
                <option key={b.id} value={b.id}>
                  {vocabLabel(b.id, b.label, app.lang)}
                </option>
              ))}
            </select>
          </div>
          <TerritoryPicker
            label={t('q.territory')}
            territories={reference?.territories ?? []}
            value={app.territory}
            onChange={(id) => setApp({ territory: id })}
            t={t}
            testId="q-territory"
            emptyLabel={t('territory.placeholder')}
          />
        </div>
      )}
      {app.mode === 'overlaps' && (
        <div className="mode-params field">
          <label htmlFor="q-min">
            {t('q.minScore')} : <output>{app.minScore.toFixed(2)}</output>
          </label>
          <input
            id="q-min"
            type="range"
            min={0.05}
            max={1}
            step={0.05}
            value={app.minScore}
            onChange={(e) => setApp({ minScore: Number(e.target.value) })}
            data-testid="q-minscore"
          />
        </div>
      )}
      {app.mode === 'cir' && (
        <div className="mode-params field">
          <label htmlFor="q-hops">{t('q.maxHops')}</label>
          <input
            id="q-hops"
            type="number"
            min={1}
            max={6}
            value={app.maxHops}
            onChange={(e) => setApp({ maxHops: Math.min(6, Math.max(1, Number(e.target.value) || 2)) })}
          />
        </div>
      )}
      {app.mode === 'matrix' && (
        <div className="mode-params field">
          <label htmlFor="q-level">{t('q.level')}</label>
          <select id="q-level" data-testid="q-level" value={app.level} onChange={(e) => setApp({ level: e.target.value as TerritoryLevel })}>
            {TERRITORY_LEVELS.filter((l) => l !== 'REGION').map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {app.mode !== 'none' && (
        <div className="definition">
          <p>{t(`def.${app.mode}`)}</p>
          {fullDefinition(app, reference) && (
            <details>
              <summary>{t('def.full')}</summary>
              <p>{fullDefinition(app, reference)}</p>
            </details>
          )}
        </div>
      )}
      <QuestionStatus app={app} question={question} t={t} />
    </section>
  );
}

const ANALYSIS: Partial<Record<Mode, string>> = {
  coverage: 'BARRIER_COVERAGE',
  overlaps: 'PROGRAMME_OVERLAPS',
  gaps: 'INFORMATION_GAPS',
  cir: 'CIR_ARTICULATION',
  matrix: 'COVERAGE_GAPS',
};

/** The full definition served with the analyses (the reference wording). */
function fullDefinition(app: AppState, reference: Reference | null): string | null {
  const d = reference?.analysisDefinitions?.find((x) => x.analysis === ANALYSIS[app.mode]);
  if (!d) return null;
  return app.lang === 'en' ? d.definitionEn : d.definition;
}

function QuestionStatus({ app, question: q, t }: { app: AppState; question: QuestionState; t: T }) {
  if (app.mode === 'none') return null;
  if (app.mode === 'coverage' && !app.barrier) return <p className="status">{t('q.pickBarrier')}</p>;
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
  let text = '';
  if (q.coverage) {
    const full = q.coverage.actors.filter((a) => a.scope === 'FULL').length;
    text = t('q.coverageCount', { n: q.coverage.actors.length, full, partial: q.coverage.actors.length - full });
  } else if (q.overlaps) text = t('q.overlapCount', { n: q.overlaps.length });
  else if (q.gaps) text = t('q.gapCount', { n: q.gaps.length });
  else if (q.cir) text = t('q.cirCount', { linked: q.cir.linked.length, unlinked: q.cir.unlinked.length });
  else if (q.matrix) text = t('q.matrixCount', { n: q.matrix.length, t: new Set(q.matrix.map((g) => g.territory.id)).size });
  const summary = q.coverage?.explanation ?? q.cir?.explanation ?? null;
  return (
    <>
      <p className="status" aria-live="polite" data-testid="question-status">
        {text}
      </p>
      {summary && <p className="small">{summary}</p>}
    </>
  );
}
