// « Supprimer » with a confirmation that says what goes with the record: its links.
import { useState } from 'react';
import { linkLabel, type T } from '../i18n';
import { refreshData } from '../store';
import { deleteRecord, fetchEditableActor, fetchEditableProgramme } from './api';

interface Props {
  type: 'Actor' | 'Programme';
  id: string;
  name: string;
  labels: ReadonlyMap<string, string>;
  t: T;
  onDeleted: () => void;
}

export function DeleteRecord({ type, id, name, labels, t, onDeleted }: Props) {
  const [confirm, setConfirm] = useState<{ version: number; links: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const ask = async () => {
    setMessage(null);
    if (type === 'Actor') {
      const a = await fetchEditableActor(id);
      if (a)
        setConfirm({
          version: a.version,
          links: a.links.map((l) => `${labels.get(l.from) ?? l.from} — ${linkLabel(t, l.type)} → ${labels.get(l.to) ?? l.to}`),
        });
    } else {
      const p = await fetchEditableProgramme(id);
      if (p) setConfirm({ version: p.version, links: p.operators.map((o) => `${labels.get(o.id) ?? o.id} — ${linkLabel(t, 'OPERATES')} → ${name}`) });
    }
  };
  const remove = async () => {
    if (!confirm) return;
    const r = await deleteRecord(type, id, confirm.version);
    if (r.ok) {
      refreshData(r.change);
      onDeleted();
    } else {
      setConfirm(null);
      setMessage(r.conflict ? t('edit.deleteConflict') : r.problems.map((p) => p.message).join(' ; '));
    }
  };

  return (
    <div className="delete-record">
      {!confirm && (
        <button type="button" className="danger" onClick={() => void ask()} data-testid="delete">
          {t('edit.delete')}
        </button>
      )}
      {confirm && (
        <div className="confirm" role="alertdialog" aria-label={t('edit.deleteTitle', { name })} data-testid="delete-confirm">
          <p>
            <strong>{t('edit.deleteTitle', { name })}</strong>
          </p>
          <p>{confirm.links.length ? t('edit.deleteLinks', { n: confirm.links.length }) : t('edit.deleteNoLinks')}</p>
          {confirm.links.length > 0 && (
            <ul className="small">
              {confirm.links.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          <button type="button" className="danger" onClick={() => void remove()} data-testid="delete-confirm-yes">
            {t('edit.deleteConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirm(null)}>
            {t('edit.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p className="error small" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
