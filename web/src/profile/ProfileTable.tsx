// The profile of the BPI public as a table by territory, sortable by any column; secret figures
// shown « < 5 » (secrecy applied by the API) and ranked between 0 and 5.
import { useMemo, useState } from 'react';
import type { MessageKey, T } from '../i18n';
import { type ProfileTableRow, sortProfileRows, TABLE_COLUMNS, type TableColumn } from './shape';
import './profile.css';

export function ProfileTable({ t, rows, caption }: { t: T; rows: readonly ProfileTableRow[]; caption: string }) {
  const [sort, setSort] = useState<{ by: TableColumn | 'name'; descending: boolean }>({ by: 'BPI_COUNT', descending: true });
  const sorted = useMemo(() => sortProfileRows(rows, sort.by, sort.descending), [rows, sort]);
  const columns = TABLE_COLUMNS.filter((c) => rows.some((r) => r.cells[c]));
  const header = (key: TableColumn | 'name', label: string, num: boolean) => {
    const active = sort.by === key;
    return (
      <th
        key={key}
        scope="col"
        className={num ? 'num' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        data-column={key}
      >
        <button
          type="button"
          title={t('profile.sortBy', { c: label })}
          onClick={() => setSort((s) => ({ by: key, descending: s.by === key ? !s.descending : key !== 'name' }))}
        >
          {label}
          {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="profile-table-wrap">
      <table className="profile-table" data-table="profile">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', t('profile.territory'), false)}
            {columns.map((c) => header(c, t(`profile.ind.${c}` as MessageKey), true))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} data-id={r.id}>
              <th scope="row">{r.name}</th>
              {columns.map((c) => {
                const cell = r.cells[c];
                return (
                  <td key={c} className={cell?.secret ? 'num secret' : 'num'} data-column={c}>
                    {cell?.display ?? '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('profile.tableNote')}</p>
    </div>
  );
}
