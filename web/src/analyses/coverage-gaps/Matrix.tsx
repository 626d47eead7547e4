// The zones blanches matrix: territory × barrier, each cell a button that asks « Qui lève ce frein, ici ? ».
// A gap is shaded by the share of the population it does not reach within maxKm and shows the number
// of actors covering it in full; below, the gaps with their explanation and the data to complete first.
import { useMemo } from 'react';
import { PageMore } from '../../components/PageMore';
import { toTsv } from '../../graph/table';
import { vocabLabel } from '../../i18n';
import { km, percent } from '../barrier-coverage/analysis';
import type { Ctx, ResultsProps } from '../types';
import type { CoverageGapsResult, GapsParams } from './analysis';
import { buildMatrix, cellLook, type Gap, gapTotals } from './matrix';
import './Matrix.css';

/** A gap in words: the server's French sentence, or the same facts in English. */
export function gapText(g: Gap, maxKm: number, { t, lang }: Pick<Ctx, 't' | 'lang'>): string {
  if (lang === 'fr') return g.explanation;
  return t('matrix.reached', { s: percent(g.reachedShare, lang), km: km(maxKm, lang), n: g.actorCount });
}

export function CoverageMatrix({ params, result, reference, ctx, ask: askQuestion, more, loadingMore }: ResultsProps<GapsParams, CoverageGapsResult>) {
  const { t, lang } = ctx;
  const matrix = useMemo(() => {
    const territories = (reference?.territories ?? []).filter((x) => x.level === params.level);
    return buildMatrix(territories, reference?.barriers ?? [], result.nodes, !result.hasNextPage);
  }, [reference, params.level, result]);
  const totals = gapTotals(matrix);
  const copy = () => {
    const columns = [t('col.territory'), t('col.bpi'), ...matrix.barriers.map((b) => vocabLabel(b.id, b.label, lang))];
    const rows = matrix.rows.map((r) => [r.territory.name, r.bpiCount, ...matrix.barriers.map((b) => cellLook(r, b.id).copy)]);
    void navigator.clipboard?.writeText(toTsv({ columns, rows }));
  };
  const ask = (barrier: string, territory: string) => askQuestion('BARRIER_COVERAGE', { barrier, territory });
  return (
    <div className="matrix" data-testid="matrix" data-level={params.level} data-km={params.maxKm}>
      <div className="copy-table-bar">
        <span className="copy-table-caption">
          {t('analysis.COVERAGE_GAPS')} — {t(`level.${params.level}`)} — {t('cov.km', { d: km(params.maxKm, lang) })}
        </span>
        <button type="button" onClick={copy}>
          {t('table.copy')}
        </button>
      </div>
      <p className="small muted">{t('matrix.legend', { km: km(params.maxKm, lang) })}</p>
      <div className="copy-table-scroll">
        <table className="matrix-table">
          <thead>
            <tr>
              <th scope="col">{t('col.territory')}</th>
              <th scope="col">{t('col.bpi')}</th>
              {matrix.barriers.map((b) => (
                <th key={b.id} scope="col" className="vertical" title={vocabLabel(b.id, b.label, lang)}>
                  <span>{vocabLabel(b.id, b.label, lang)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r) => (
              <tr key={r.territory.id}>
                <th scope="row">{r.territory.name}</th>
                <td className="num">{r.bpiCount ?? ''}</td>
                {matrix.barriers.map((b) => {
                  const look = cellLook(r, b.id);
                  const g = r.gaps.get(b.id);
                  const label = t('matrix.cellLabel', {
                    t: r.territory.name,
                    b: vocabLabel(b.id, b.label, lang),
                    s: g ? `${t('matrix.gap')} — ${gapText(g, params.maxKm, ctx)}` : t('matrix.covered'),
                  });
                  return (
                    <td key={b.id} className={look.className} style={look.style} data-reached={g ? g.reachedShare : undefined} data-actors={g?.actorCount}>
                      <button type="button" aria-label={label} title={label} data-cell={`${r.territory.id}|${b.id}`} onClick={() => ask(b.id, r.territory.id)}>
                        {look.text}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('matrix.total')}</th>
              <td />
              {matrix.barriers.map((b) => (
                <td key={b.id} className="num">
                  {totals.get(b.id) ?? 0}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <PageMore page={result} loading={loadingMore} onMore={more} t={t} />
      <details className="matrix-gaps" data-testid="gap-list">
        <summary>
          {t('matrix.gapsTitle')} ({result.nodes.length})
        </summary>
        <ol className="small">
          {result.nodes.map((g) => (
            <li key={`${g.territory.id}|${g.barrier.id}`} data-gap={`${g.territory.id}|${g.barrier.id}`}>
              <strong>
                {g.territory.name} × {vocabLabel(g.barrier.id, g.barrier.label, lang)}
              </strong>{' '}
              — {gapText(g, params.maxKm, ctx)}
            </li>
          ))}
        </ol>
      </details>
      <section className="matrix-unlocated" data-testid="unlocated" aria-labelledby="unlocated-h">
        <h3 id="unlocated-h">{t('matrix.unlocatedTitle')}</h3>
        <p className="small muted">{result.unlocated.length ? t('matrix.unlocatedHint') : t('matrix.unlocatedNone')}</p>
        {result.unlocated.length > 0 && (
          <ul className="small">
            {result.unlocated.map((u) => (
              <li key={u.actor.id} data-actor={u.actor.id}>
                {u.actor.name} — {u.barriers.map((b) => vocabLabel(b.id, b.label, lang)).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
