// A sortable table with a "copy" button (tab-separated, pastes into a spreadsheet or a document).
import { type ReactNode, useMemo, useState } from 'react';
import type { RichCell, TableRow } from '../analyses/types';
import { type Cell, sortRows, toTsv } from '../graph/table';
import type { T } from '../i18n';
import './CopyTable.css';

export type Row = TableRow;

/** A rich cell: a mail or phone link, a badge (the copied text stays plain). */
function richCell(r: RichCell): ReactNode {
  if (r.kind === 'mailto')
    return (
      <a href={`mailto:${r.text}`} onClick={(e) => e.stopPropagation()}>
        {r.text}
      </a>
    );
  if (r.kind === 'tel')
    return (
      <a href={`tel:${r.text.replace(/\s+/g, '')}`} onClick={(e) => e.stopPropagation()}>
        {r.text}
      </a>
    );
  return <span className={`scope-badge ${r.tone ?? ''}`}>{r.text}</span>;
}

interface Props {
  caption: string;
  columns: string[];
  rows: Row[];
  t: T;
  testId?: string;
  onRowClick?: (id: string) => void;
  selectedId?: string | null;
  initialSort?: { column: number; desc: boolean } | null;
}

/** Long texts are clamped to a few lines on screen (full text in the tooltip and in the copy). */
function cellText(c: Cell) {
  const s = c === null ? '' : String(c);
  return s.length > 160 ? (
    <span className="clamp" title={s}>
      {s}
    </span>
  ) : (
    s
  );
}

export function CopyTable({ caption, columns, rows, t, testId, onRowClick, selectedId, initialSort = null }: Props) {
  const [sort, setSort] = useState(initialSort);
  const [copied, setCopied] = useState(false);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const order = sortRows(
      rows.map((r, i) => [...r.cells, i] as Cell[]),
      sort.column,
      sort.desc,
    ).map((c) => rows[c[c.length - 1] as number] as Row);
    return order;
  }, [rows, sort]);

  const copy = async () => {
    const text = toTsv({ columns, rows: sorted.map((r) => r.cells) });
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const ta = document.createElement('textarea');
      ta.value = text;
      document.body.appendChild(ta);
      ta.select();
      document.execCommand('copy');
      ta.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  const toggle = (i: number) => setSort((s) => (s && s.column === i ? { column: i, desc: !s.desc } : { column: i, desc: false }));

  return (
    <div className="copy-table" data-testid={testId}>
      <div className="copy-table-bar">
        <span className="copy-table-caption" tabIndex={-1} data-results-focus>
          {caption}
        </span>
        <button type="button" onClick={copy} data-testid={testId ? `${testId}-copy` : undefined}>
          {copied ? `✓ ${t('table.copied')}` : t('table.copy')}
        </button>
      </div>
      <div className="copy-table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} aria-sort={sort?.column === i ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="th-sort" onClick={() => toggle(i)} title={t('table.sort', { c })}>
                    {c}
                    <span aria-hidden="true">{sort?.column === i ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 && (
              <tr className="no-result">
                <td colSpan={columns.length}>{t('q.none')}</td>
              </tr>
            )}
            {sorted.map((r) => (
              <tr
                key={r.id}
                className={`${r.className ?? ''}${selectedId === r.id ? ' row-selected' : ''}${onRowClick ? ' row-clickable' : ''}`}
                onClick={onRowClick ? () => onRowClick(r.id) : undefined}
                onKeyDown={onRowClick ? (e) => (e.key === 'Enter' ? onRowClick(r.id) : undefined) : undefined}
                tabIndex={onRowClick ? 0 : undefined}
                data-id={r.id}
              >
                {r.cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <td key={i}>{r.rich?.[i] ? richCell(r.rich[i] as RichCell) : cellText(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
