// « Recommandations »: the drafted recommendations to review. Everyone signed in reads them;
// editors regenerate them from the analyses, edit their text, accept or discard them (the
// accepted ones go into the report).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCanEdit } from '../editing/canEdit';
import type { Lang } from '../graph/urlState';
import { type T, vocabLabel } from '../i18n';
import {
  fetchRecommendations,
  type Recommendation,
  type RecommendationStatus,
  type RecommendationsAnswer,
  regenerateRecommendations,
  reviewRecommendation,
} from './api';
import './recommendations.css';

interface Props {
  open: boolean;
  onClose: () => void;
  lang: Lang;
  t: T;
}

const STATUSES: RecommendationStatus[] = ['DRAFT', 'ACCEPTED', 'DISCARDED'];
const DOMAINS = ['HOUSING', 'EMPLOYMENT', 'LANGUAGE', 'RIGHTS', 'MOBILITY', 'SOCIAL_LINK'];

export function RecommendationsPanel({ open, onClose, lang, t }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const canEdit = useCanEdit();
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [domainId, setDomainId] = useState('');
  const [section, setSection] = useState('');
  const [answer, setAnswer] = useState<RecommendationsAnswer | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);

  const load = useCallback(async () => {
    try {
      setAnswer(await fetchRecommendations({ status: status || null, domainId: domainId || null, barrierId: section || null }));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, [status, domainId, section]);

  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage('');
    try {
      setMessage(await work());
      await load();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const regenerate = () =>
    act(async () => {
      const r = await regenerateRecommendations();
      return t('reco.regenerated', { n: r.drafted, removed: r.removed });
    });

  const list = answer?.recommendations ?? [];
  return (
    <dialog ref={ref} className="reco-dialog" aria-labelledby="reco-h" onClose={onClose} data-testid="recommendations">
      <div className="reco-head">
        <h2 id="reco-h">{t('reco.title')}</h2>
        <button type="button" onClick={onClose} data-testid="reco-close">
          {t('reco.close')}
        </button>
      </div>
      <p className="muted small">{t('reco.hint')}</p>
      <div className="reco-filters">
        <label>
          {t('reco.status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as RecommendationStatus | '')} data-testid="reco-status-filter">
            <option value="">{t('reco.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reco.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reco.domain')}{' '}
          <select value={domainId} onChange={(e) => setDomainId(e.target.value)} data-testid="reco-domain-filter">
            <option value="">{t('reco.all')}</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {vocabLabel(d, d, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reco.section')}{' '}
          <select value={section} onChange={(e) => setSection(e.target.value)} data-testid="reco-section-filter">
            <option value="">{t('reco.all')}</option>
            {answer?.peripheralBarriers.map((p) => (
              <option key={p.id} value={p.id}>
                {lang === 'en' ? p.labelEn : p.label}
              </option>
            ))}
          </select>
        </label>
        {canEdit && (
          <button type="button" className="primary" onClick={regenerate} disabled={busy} data-testid="reco-regenerate">
            {t('reco.regenerate')}
          </button>
        )}
      </div>
      <output className="small" aria-live="polite" data-testid="reco-message">
        {message}
      </output>
      {answer && list.length === 0 && <p className="muted">{t('reco.none')}</p>}
      <ol className="reco-list">
        {list.map((r) => (
          <RecommendationItem key={r.id} r={r} canEdit={canEdit} busy={busy} lang={lang} t={t} act={act} />
        ))}
      </ol>
    </dialog>
  );
}

interface ItemProps {
  r: Recommendation;
  canEdit: boolean;
  busy: boolean;
  lang: Lang;
  t: T;
  act: (work: () => Promise<string>) => Promise<void>;
}

function RecommendationItem({ r, canEdit, busy, lang, t, act }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(r.text);
  const setStatus = (status: RecommendationStatus) =>
    act(async () => {
      await reviewRecommendation(r.id, { status });
      return t('reco.saved', { title: r.title });
    });
  const saveText = (value: string) =>
    act(async () => {
      await reviewRecommendation(r.id, { text: value });
      setEditing(false);
      return t('reco.saved', { title: r.title });
    });
  return (
    <li className={`reco-item status-${r.status}`} data-testid="reco-item" data-id={r.id} data-status={r.status}>
      <h3>{r.title}</h3>
      <div className="reco-badges small">
        <span className="badge">{t(`reco.status.${r.status}`)}</span>
        <span className={`badge priority-${r.priorityLevel}`}>{t(`reco.priority.${r.priorityLevel}`)}</span>
        <span className="badge">{t(`reco.rule.${r.rule}`)}</span>
        <span>{r.bpiDisplay == null ? t('reco.bpiUnknown') : t('reco.bpi', { n: r.bpiDisplay })}</span>
        {r.edited && <span className="badge">{t('reco.edited')}</span>}
      </div>
      {r.evidenceChanged && (
        <p className="reco-warning small" data-testid="reco-evidence-changed">
          {t('reco.evidenceChanged')}
        </p>
      )}
      {r.findingGone && <p className="reco-warning small">{t('reco.findingGone')}</p>}
      {editing ? (
        <div className="reco-edit">
          <label className="sr-only" htmlFor={`reco-text-${r.id}`}>
            {t('reco.text')}
          </label>
          <textarea id={`reco-text-${r.id}`} value={text} rows={8} onChange={(e) => setText(e.target.value)} data-testid="reco-text" />
          <div className="dialog-buttons">
            <button type="button" onClick={() => setEditing(false)}>
              {t('reco.cancel')}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => saveText(text)} data-testid="reco-save">
              {t('reco.save')}
            </button>
          </div>
        </div>
      ) : (
        <p className="reco-text">{r.text}</p>
      )}
      <details className="small">
        <summary>{t('reco.details')}</summary>
        <dl>
          <dt>{t('reco.why')}</dt>
          <dd>{r.why}</dd>
          <dt>{t('reco.who')}</dt>
          <dd>{r.actors.map((a) => a.name).join(', ') || '—'}</dd>
          <dt>{t('reco.where')}</dt>
          <dd>{r.territories.map((x) => x.name).join(', ') || '—'}</dd>
          <dt>{t('reco.domains')}</dt>
          <dd>{r.domains.map((d) => vocabLabel(d.id, d.label, lang)).join(', ') || '—'}</dd>
          <dt>{t('reco.sections')}</dt>
          <dd>{r.peripheralBarriers.map((p) => (lang === 'en' ? p.labelEn : p.label)).join(', ') || '—'}</dd>
          {r.proposedText && (
            <>
              <dt>{t('reco.proposed')}</dt>
              <dd className="reco-text" data-testid="reco-proposed">
                {r.proposedText}
              </dd>
            </>
          )}
          {r.edited && (
            <>
              <dt>{t('reco.draft')}</dt>
              <dd className="reco-text">{r.draftText}</dd>
            </>
          )}
        </dl>
      </details>
      {canEdit && !editing && (
        <div className="reco-actions">
          {r.status !== 'ACCEPTED' && (
            <button type="button" className="primary" disabled={busy} onClick={() => setStatus('ACCEPTED')} data-testid="reco-accept">
              {t('reco.accept')}
            </button>
          )}
          {r.status !== 'DISCARDED' && (
            <button type="button" disabled={busy} onClick={() => setStatus('DISCARDED')} data-testid="reco-discard">
              {t('reco.discard')}
            </button>
          )}
          {r.status !== 'DRAFT' && (
            <button type="button" disabled={busy} onClick={() => setStatus('DRAFT')} data-testid="reco-reopen">
              {t('reco.reopen')}
            </button>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setText(r.text);
              setEditing(true);
            }}
            data-testid="reco-edit"
          >
            {t('reco.edit')}
          </button>
          {(r.edited || r.proposedText) && (
            <button type="button" disabled={busy} onClick={() => saveText('')} data-testid="reco-restore">
              {r.proposedText ? t('reco.adopt') : t('reco.restore')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
