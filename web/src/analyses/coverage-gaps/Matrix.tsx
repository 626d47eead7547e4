// The zones blanches matrix: territory × barrier, each cell a button that asks « Qui lève ce frein, ici ? ».
import { useMemo } from 'react';
import { toTsv } from '../../graph/table';
import { vocabLabel } from '../../i18n';
import type { ResultsProps } from '../types';
import type { CoverageGapsResult, GapsParams } from './analysis';
import { buildMatrix, cellLook, gapTotals } from './matrix';
import './Matrix.css';

export function CoverageMatrix({ params, result, reference, ctx, ask: askQuestion }: ResultsProps<GapsParams, CoverageGapsResult>) {
  const { t, lang } = ctx;
  const matrix = useMemo(() => {
    const territories = (reference?.territories ?? []).filter((x) => x.level === params.level);
    return buildMatrix(territories, reference?.barriers ?? [], result);
  }, [reference, params.level, result]);
  const totals = gapTotals(matrix);
  const copy = () => {
    const columns = [t('col.territory'), t('col.bpi'), ...matrix.barriers.map((b) => vocabLabel(b.id, b.label, lang))];
    const rows = matrix.rows.map((r) => [r.territory.name, r.bpiCount, ...matrix.barriers.map((b) => cellLook(r, b.id).copy)]);
    void navigator.clipboard?.writeText(toTsv({ columns, rows }));
  };
  const ask = (barrier: string, territory: string) => askQuestion('BARRIER_COVERAGE', { barrier, territory });
  return (
    <div className="matrix" data-testid="matrix" data-level={params.level}>
      <div className="copy-table-bar">
        <span className="copy-table-caption">
          {t('analysis.COVERAGE_GAPS')} — {t(`level.${params.level}`)}
        </span>
        <button type="button" onClick={copy}>
          {t('table.copy')}
        </button>
      </div>
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
                  const label = t('matrix.cellLabel', {
                    t: r.territory.name,
                    b: vocabLabel(b.id, b.label, lang),
                    s: look.gap ? t('matrix.gap') : t('matrix.covered'),
                  });
                  return (
                    <td key={b.id} className={look.className} style={look.style}>
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
    </div>
  );
}
