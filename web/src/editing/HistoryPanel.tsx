// The history of one record (an actor, a programme, and the links it has): who, when, what changed
// (a diff), and « Annuler » on a change. A refused undo (the record changed since) says why.
import { useEffect, useState } from 'react';
import type { T } from '../i18n';
import { refreshData, useStore } from '../store';
import { fetchHistory, type HistoryChange, undoChange } from './api';
import { useCanEdit } from './canEdit';
import { diffRecords } from './diff';

interface Props {
  recordId: string;
  t: T;
}

export function HistoryPanel({ recordId, t }: Props) {
  const revision = useStore((s) => s.data.revision);
  const canEdit = useCanEdit();
  const [changes, setChanges] = useState<HistoryChange[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the revision is the dependency (after any edit)
  useEffect(() => {
    let live = true;
    fetchHistory(recordId)
      .then((c) => live && setChanges(c))
      .catch((e: unknown) => live && setMessage(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [recordId, revision]);

  const undo = async (c: HistoryChange) => {
    // An import is undone whole: every record it touched goes back.
    if (c.action === 'IMPORT' && !window.confirm(t('history.confirmImport'))) return;
    setBusy(true);
    setMessage(null);
    try {
      const r = await undoChange(c.id);
      if (r.ok) {
        setMessage(t('history.undone', { s: c.summary }));
        refreshData();
      } else setMessage(r.problems.map((p) => p.message).join(' ; ') || t('history.refused'));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const fmt = (at: string) => new Date(at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="details-section history" data-testid="history">
      <h3>{t('history.title')}</h3>
      {message && (
        <output className="small" data-testid="history-message">
          {message}
        </output>
      )}
      {changes === null && <p className="muted small">{t('details.loading')}</p>}
      {changes?.length === 0 && <p className="muted small">{t('history.none')}</p>}
      <ol className="history-list">
        {changes?.map((c) => {
          const diff = c.action === 'IMPORT' || (c.action === 'UNDO' && !c.before && !c.after) ? [] : diffRecords(c.before, c.after);
          return (
            <li key={c.id} data-testid="history-item" data-action={c.action}>
              <div>
                <strong>{c.summary}</strong>
              </div>
              <div className="muted small">{t('history.byAt', { by: c.by, at: fmt(c.at) })}</div>
              {diff.length > 0 && c.action !== 'IMPORT' && (
                <table className="diff small">
                  <tbody>
                    {diff.slice(0, 12).map((d) => (
                      <tr key={d.field}>
                        <th scope="row">{d.field}</th>
                        <td className="before">{d.before}</td>
                        <td className="after">{d.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {c.undoneBy ? (
                <span className="badge">{t('history.wasUndone')}</span>
              ) : (
                canEdit && (
                  <button type="button" disabled={busy} onClick={() => void undo(c)} data-testid="history-undo">
                    {t('history.undo')}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
