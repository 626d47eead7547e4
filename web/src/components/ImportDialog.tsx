// Upload of a file (interchange JSON, XLSX, ZIP of CSV, data·inclusion): a preview first (dry run:
// what would be created, updated, deleted; the problems line by line; the warnings), then, with no
// problem left, the import. Replacing the whole cartography asks for a typed confirmation.
import { useEffect, useRef, useState } from 'react';
import { type ImportAnswer, splitWhere, uploadFile } from '../files';
import type { T } from '../i18n';
import './ExportDialog.css';

interface Props {
  open: boolean;
  onClose: () => void;
  /** After a committed import: reload the graph. */
  onImported: () => void;
  t: T;
}

export function ImportDialog({ open, onClose, onImported, t }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'MERGE' | 'REPLACE'>('MERGE');
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setFile(null);
      setPreview(null);
      setStatus('');
      setConfirmText('');
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    setStatus('');
    if (f) void runPreview(f, mode);
  };
  const runPreview = async (f: File, m: 'MERGE' | 'REPLACE') => {
    setBusy(true);
    setStatus(t('import.previewing'));
    try {
      const answer = await uploadFile(f, m, true);
      setPreview(answer);
      setStatus(answer.ok ? t('import.previewOk') : t('import.previewProblems', { n: answer.problems.length }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    setStatus(t('import.importing'));
    try {
      const answer = await uploadFile(file, mode, false);
      setPreview(answer);
      if (answer.ok) {
        setStatus(t('import.done', { c: answer.created, u: answer.updated, d: answer.deleted }));
        onImported();
      } else setStatus(t('import.previewProblems', { n: answer.problems.length }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const replaceWord = t('import.replaceWord');
  const canConfirm = !!file && !!preview?.ok && !busy && (mode === 'MERGE' || confirmText.trim() === replaceWord);

  return (
    <dialog ref={ref} className="export-dialog import-dialog" aria-labelledby="import-h" onClose={onClose} data-testid="import-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <h2 id="import-h">{t('import.title')}</h2>
        <p className="muted small">
          {t('import.hint')}{' '}
          <a href="/api/template.xlsx" download data-testid="import-template">
            {t('import.template')}
          </a>
        </p>
        <label
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            choose(e.dataTransfer.files[0] ?? null);
          }}
        >
          {file ? file.name : t('import.drop')}
          <input
            type="file"
            accept=".xlsx,.zip,.json,.csv"
            onChange={(e) => {
              choose(e.target.files?.[0] ?? null);
              e.target.value = '';
            }}
            data-testid="import-file"
          />
        </label>
        <fieldset className="inline">
          <legend>{t('import.mode')}</legend>
          {(['MERGE', 'REPLACE'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="import-mode"
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                  setConfirmText('');
                  if (file) void runPreview(file, m);
                }}
                data-testid={`import-mode-${m}`}
              />{' '}
              {t(m === 'MERGE' ? 'import.merge' : 'import.replace')}
            </label>
          ))}
        </fieldset>
        {preview && (
          <div className="import-preview" data-testid="import-preview">
            <p data-testid="import-counts">{t('import.counts', { c: preview.created, u: preview.updated, d: preview.deleted })}</p>
            {preview.problems.length > 0 && (
              <table className="import-problems" data-testid="import-problems">
                <caption>{t('import.problems')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.sheet')}</th>
                    <th scope="col">{t('import.line')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.problems.map((p, i) => {
                    const w = splitWhere(p.where);
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never move
                      <tr key={i}>
                        <td>{w.sheet}</td>
                        <td>{w.line}</td>
                        <td>{w.column}</td>
                        <td>{p.message}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {preview.warnings.length > 0 && (
              <details open data-testid="import-warnings">
                <summary>{t('import.warnings', { n: preview.warnings.length })}</summary>
                <ul>
                  {preview.warnings.map((w, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id and never move
                    <li key={i}>
                      {w.where} : {w.message}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
        {mode === 'REPLACE' && preview?.ok && (
          <div className="field">
            <label htmlFor="import-confirm">{t('import.replaceConfirm', { w: replaceWord })}</label>
            <input id="import-confirm" type="text" value={confirmText} onChange={(e) => setConfirmText(e.target.value)} data-testid="import-confirm-text" />
          </div>
        )}
        <p className="status" aria-live="polite" data-testid="import-status">
          {status}
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('import.close')}
          </button>
          <button type="button" disabled={!file || busy} onClick={() => file && void runPreview(file, mode)} data-testid="import-retry">
            {t('import.retry')}
          </button>
          <button type="submit" className="primary" disabled={!canConfirm} data-testid="import-go">
            {t('import.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
