// The last write of this user, with « Annuler »: a mistake is undone at once, even a deletion
// (whose record has no details panel any more).
import { useState } from 'react';
import type { T } from '../i18n';
import { clearLastChange, refreshData, useStore } from '../store';
import { undoChange } from './api';
import { useCanEdit } from './canEdit';

export function UndoBar({ t }: { t: T }) {
  const last = useStore((s) => s.data.lastChange);
  const canEdit = useCanEdit();
  const [message, setMessage] = useState<string | null>(null);
  if (!canEdit || (!last && !message)) return null;
  const undo = async () => {
    if (!last) return;
    const r = await undoChange(last.id);
    if (r.ok) {
      setMessage(t('history.undone', { s: last.summary }));
      refreshData(null);
    } else setMessage(r.problems.map((p) => p.message).join(' ; ') || t('history.refused'));
  };
  return (
    <output className="undo-bar" data-testid="undo-bar">
      {last ? (
        <>
          {last.summary}{' '}
          <button type="button" onClick={() => void undo()} data-testid="undo-last">
            {t('history.undo')}
          </button>{' '}
        </>
      ) : null}
      {message && <span>{message}</span>}{' '}
      <button
        type="button"
        className="link"
        onClick={() => {
          setMessage(null);
          clearLastChange();
        }}
        aria-label={t('details.close')}
      >
        ✕
      </button>
    </output>
  );
}
