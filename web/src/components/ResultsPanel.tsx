// The answer of the active question as a table (copyable), under the graph.
import { useMemo } from 'react';
import type { Reference } from '../api';
import { buildMatrix, gapTotals } from '../graph/matrix';
import { toTsv } from '../graph/table';
import type { GraphData } from '../graph/types';
import type { AppState } from '../graph/urlState';
import { coverageTitle, type T, vocabLabel } from '../i18n';
import { type QuestionState, setApp } from '../store';
import { CopyTable, type Row } from './CopyTable';

interface Props {
  app: AppState;
  question: QuestionState;
  reference: Reference | null;
  full: GraphData | null;
  t: T;
  onSelect: (id: string) => void;
}

export function ResultsPanel({ app, question: q, reference, full, t, onSelect }: Props) {
  const labels = useMemo(() => new Map((full?.nodes ?? []).map((n) => [n.id, n.label])), [full]);
  const kindOf = useMemo(() => new Map((full?.nodes ?? []).map((n) => [n.id, n.kind])), [full]);
  if (app.mode === 'none' || q.status !== 'done') return null;
  const L = app.lang;

  if (q.coverage) {
    const c = q.coverage;
    const title = coverageTitle(c, L, t);
    const rows: Row[] = c.actors.map((a) => ({
      id: a.actor.id,
      className: a.scope === 'FULL' ? 'scope-full' : 'scope-partial',
      cells: [
        a.actor.name,
        t(`actorKind.${a.actor.kind}`),
        t(`scope.${a.scope}`),
        a.via.map((v) => v.name).join(', '),
        a.actor.commune?.name ?? '',
        a.actor.email ?? '',
        a.actor.phone ?? '',
        a.explanation ?? '',
      ],
      render: [
        undefined,
        undefined,
        <span key="s" className={`scope-badge ${a.scope}`}>
          {t(`scope.${a.scope}`)}
        </span>,
        undefined,
        undefined,
        a.actor.email ? (
          <a key="e" href={`mailto:${a.actor.email}`} onClick={(e) => e.stopPropagation()}>
            {a.actor.email}
          </a>
        ) : undefined,
        a.actor.phone ? (
          <a key="p" href={`tel:${a.actor.phone.replace(/\s+/g, '')}`} onClick={(e) => e.stopPropagation()}>
            {a.actor.phone}
          </a>
        ) : undefined,
      ],
    }));
    return (
      <CopyTable
        caption={title}
        columns={[t('col.actor'), t('col.kind'), t('col.scope'), t('col.via'), t('col.commune'), t('col.email'), t('col.phone'), t('col.explanation')]}
        rows={rows}
        t={t}
        testId="results"
        onRowClick={onSelect}
        selectedId={app.selected}
      />
    );
  }
  if (q.overlaps) {
    const rows: Row[] = q.overlaps.map((o) => ({
      id: `${o.a.id}|${o.b.id}`,
      cells: [
        o.a.name,
        o.b.name,
        Number(o.score.toFixed(3)),
        o.sharedBarriers.map((b) => vocabLabel(b.id, b.label, L)).join(', '),
        o.sharedTerritories.map((x) => x.name).join(', '),
        o.sharedPublics.map((p) => vocabLabel(p.id, p.label, L)).join(', '),
        o.explanation ?? '',
      ],
    }));
    return (
      <CopyTable
        caption={t('mode.overlaps')}
        columns={[
          t('col.programmeA'),
          t('col.programmeB'),
          t('col.score'),
          t('col.sharedBarriers'),
          t('col.sharedTerritories'),
          t('col.sharedPublics'),
          t('col.explanation'),
        ]}
        rows={rows}
        t={t}
        testId="results"
        onRowClick={(id) => onSelect(id.split('|')[0] as string)}
      />
    );
  }
  if (q.gaps) {
    const rows: Row[] = q.gaps.map((g) => ({ id: `${g.a.id}|${g.b.id}`, cells: [g.a.name, g.b.name, g.strength, g.reasons.join(' ; '), g.explanation ?? ''] }));
    return (
      <CopyTable
        caption={t('mode.gaps')}
        columns={[t('col.actorA'), t('col.actorB'), t('col.strength'), t('col.reasons'), t('col.explanation')]}
        rows={rows}
        t={t}
        testId="results"
        onRowClick={(id) => onSelect(id.split('|')[0] as string)}
      />
    );
  }
  if (q.cir) {
    const rows: Row[] = [
      ...q.cir.linked.map((l) => ({
        id: l.actor.id,
        className: `cir-row-d${Math.min(l.distance, 3)}`,
        cells: [
          l.actor.name,
          t(`actorKind.${kindOf.get(l.actor.id) ?? 'OTHER'}`),
          t('cir.linked'),
          l.distance,
          l.path.map((id) => labels.get(id) ?? id).join(' → '),
          l.explanation ?? '',
        ],
      })),
      ...q.cir.unlinked.map((u) => ({
        id: u.id,
        className: 'cir-row-unlinked',
        cells: [
          u.name,
          t(`actorKind.${kindOf.get(u.id) ?? 'OTHER'}`),
          t('cir.unlinked'),
          q.cir?.unlinkedDetails?.find((d) => d.actor.id === u.id)?.distance ?? null,
          '',
          q.cir?.unlinkedDetails?.find((d) => d.actor.id === u.id)?.explanation ?? '',
        ],
      })),
    ];
    return (
      <CopyTable
        caption={t('mode.cir')}
        columns={[t('col.actor'), t('col.kind'), t('col.status'), t('col.distance'), t('col.path'), t('col.explanation')]}
        rows={rows}
        t={t}
        testId="results"
        onRowClick={onSelect}
        selectedId={app.selected}
      />
    );
  }
  if (q.matrix) return <CoverageMatrix app={app} gaps={q} reference={reference} t={t} />;
  return null;
}

function CoverageMatrix({ app, gaps, reference, t }: { app: AppState; gaps: QuestionState; reference: Reference | null; t: T }) {
  const matrix = useMemo(() => {
    const territories = (reference?.territories ?? []).filter((x) => x.level === app.level);
    return buildMatrix(territories, reference?.barriers ?? [], gaps.matrix ?? []);
  }, [reference, app.level, gaps.matrix]);
  const totals = gapTotals(matrix);
  const L = app.lang;
  const copy = () => {
    const columns = [t('col.territory'), t('col.bpi'), ...matrix.barriers.map((b) => vocabLabel(b.id, b.label, L))];
    const rows = matrix.rows.map((r) => [r.territory.name, r.bpiCount, ...matrix.barriers.map((b) => (r.gaps.has(b.id) ? '0' : '✓'))]);
    void navigator.clipboard?.writeText(toTsv({ columns, rows }));
  };
  const ask = (barrier: string, territory: string) => setApp({ mode: 'coverage', barrier, territory, selected: null });
  return (
    <div className="matrix" data-testid="matrix" data-level={gaps.key === `matrix:${app.level}` ? app.level : ''}>
      <div className="copy-table-bar">
        <span className="copy-table-caption">
          {t('mode.matrix')} — {t(`level.${app.level}`)}
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
                <th key={b.id} scope="col" className="vertical" title={vocabLabel(b.id, b.label, L)}>
                  <span>{vocabLabel(b.id, b.label, L)}</span>
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
                  const gap = r.gaps.has(b.id);
                  const label = `${r.territory.name} × ${vocabLabel(b.id, b.label, L)} : ${gap ? t('matrix.gap') : t('matrix.covered')} — ${t('matrix.clickHint')}`;
                  return (
                    <td key={b.id} className={gap ? 'cell gap' : 'cell ok'}>
                      <button type="button" aria-label={label} title={label} data-cell={`${r.territory.id}|${b.id}`} onClick={() => ask(b.id, r.territory.id)}>
                        {gap ? '✕' : '·'}
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
