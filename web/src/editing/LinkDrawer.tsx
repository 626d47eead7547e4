// Draw a link: pick a first node (« Tracer un lien » on its details), then a second one on the graph
// or the table, then a type; the link is saved and the graph reloads.
import { useState } from 'react';
import type { GNode } from '../graph/types';
import { linkLabel, type T } from '../i18n';
import { refreshData } from '../store';
import { type LinkInput, saveLink, type WriteAnswer } from './api';

const TO_PROGRAMME = ['OPERATES', 'FUNDS', 'PRESCRIBES'] as const;
const TO_ACTOR = ['PARTNERS_WITH', 'REFERS_TO', 'SHARES_INFO_WITH'] as const;

interface Props {
  from: GNode;
  /** the node selected since the drawing started (null: none yet) */
  to: GNode | null;
  t: T;
  onDone: (answer: WriteAnswer | null) => void;
}

export function LinkDrawer({ from, to, t, onDone }: Props) {
  const choices = to?.type === 'Programme' ? TO_PROGRAMME : TO_ACTOR;
  const [type, setType] = useState<string>('');
  const [answer, setAnswer] = useState<WriteAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = !!to && to.id !== from.id && (to.type === 'Actor' || to.type === 'Programme');
  const chosen = (choices as readonly string[]).includes(type) ? type : choices[0];

  const create = async () => {
    if (!to || !chosen) return;
    setBusy(true);
    try {
      const r = await saveLink({ type: chosen as LinkInput['type'], from: from.id, to: to.id, sources: [] });
      setAnswer(r);
      if (r.ok) {
        refreshData(r.change);
        onDone(r);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="link-drawer" aria-label={t('link.title')} data-testid="link-drawer">
      <strong>{t('link.from', { name: from.label })}</strong>{' '}
      {!ready ? (
        <span>{t('link.pickSecond')}</span>
      ) : (
        <>
          <span>{t('link.to', { name: to.label })}</span>{' '}
          <label>
            <span className="sr-only">{t('link.type')}</span>
            <select value={chosen} onChange={(e) => setType(e.target.value)} data-testid="link-type">
              {choices.map((c) => (
                <option key={c} value={c}>
                  {linkLabel(t, c)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" className="primary" disabled={busy} onClick={() => void create()} data-testid="link-create">
            {t('link.create')}
          </button>
        </>
      )}{' '}
      <button type="button" onClick={() => onDone(null)}>
        {t('edit.cancel')}
      </button>
      {answer && !answer.ok && (
        <ul className="field-problems" role="alert">
          {answer.problems.map((p) => (
            <li key={`${p.where}|${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
