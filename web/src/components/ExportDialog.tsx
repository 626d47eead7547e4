// Export of the diagram on screen (PNG 1×–4× or SVG) with title, legend, date and source line, or of
// the view's data (GEXF, GraphML, CYJS and its style, XLSX, CSV, JSON) with the on-screen positions.
import { useEffect, useRef, useState } from 'react';
import { getCy } from '../cyRegistry';
import { download, exportPng, exportSvg, type FrameText } from '../exportImage';
import { DATA_FORMATS, type DataFormat, exportQuery, fetchExport } from '../files';
import { exportFileName } from '../graph/exportFrame';
import type { LegendSection } from '../graph/legend';
import type { Filters, Lang } from '../graph/urlState';
import type { T } from '../i18n';
import './ExportDialog.css';

interface Props {
  open: boolean;
  onClose: () => void;
  defaultTitle: string;
  subtitle: string;
  legend: readonly LegendSection[];
  lang: Lang;
  /** The view's filters: the data exports hold this view. */
  filters: Filters;
  t: T;
}

type Format = 'png' | 'svg' | DataFormat | 'cystyle';

export interface ExportRecord {
  format: Format;
  scale: number;
  width: number;
  height: number;
  fileName: string;
}

export function ExportDialog({ open, onClose, defaultTitle, subtitle, legend, lang, filters, t }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState(defaultTitle);
  const [format, setFormat] = useState<Format>('png');
  const [scale, setScale] = useState(2);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setTitle(defaultTitle);
      setStatus('');
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open, defaultTitle]);

  const run = async () => {
    const cy = getCy();
    if (!cy) return;
    setBusy(true);
    setStatus(t('export.busy'));
    const now = new Date();
    const iso = now.toISOString().slice(0, 10);
    const text: FrameText = {
      title,
      subtitle,
      legendTitle: t('legend.title'),
      legend,
      dateLine: t('export.date', { d: now.toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB') }),
      sourceLine: t('export.source'),
    };
    try {
      let rec: ExportRecord;
      if (format !== 'png' && format !== 'svg') {
        const positions: Record<string, { x: number; y: number }> = {};
        for (const n of cy.nodes().toArray()) positions[n.id()] = n.position();
        const query = format === 'cystyle' ? exportQuery('cyjs', filters, true) : exportQuery(format, filters);
        const r = await fetchExport(query, positions);
        download(r.blob, r.fileName);
        rec = { format, scale: 1, width: 0, height: 0, fileName: r.fileName };
      } else if (format === 'png') {
        const r = await exportPng(cy, text, scale);
        const fileName = exportFileName(title, iso, 'png');
        download(r.blob, fileName);
        rec = { format, scale, width: r.width, height: r.height, fileName };
      } else {
        const r = exportSvg(cy, text);
        const fileName = exportFileName(title, iso, 'svg');
        download(new Blob([r.text], { type: 'image/svg+xml' }), fileName);
        rec = { format, scale: 1, width: r.width, height: r.height, fileName };
      }
      window.__agir = { ...(window.__agir ?? {}), lastExport: rec };
      setStatus(t('export.done', { f: rec.fileName }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-h" onClose={onClose} data-testid="export-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <h2 id="export-h">{t('export.title')}</h2>
        <p className="muted small">{t('export.hint')}</p>
        <div className="field">
          <label htmlFor="x-title">{t('export.docTitle')}</label>
          <input id="x-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
        </div>
        <fieldset className="inline">
          <legend>Format</legend>
          <label>
            <input type="radio" name="fmt" value="png" checked={format === 'png'} onChange={() => setFormat('png')} data-testid="export-png" />{' '}
            {t('export.png')}
          </label>
          <label>
            <input type="radio" name="fmt" value="svg" checked={format === 'svg'} onChange={() => setFormat('svg')} data-testid="export-svg" />{' '}
            {t('export.svg')}
          </label>
        </fieldset>
        <fieldset className="inline">
          <legend>{t('export.data')}</legend>
          {[...DATA_FORMATS, 'cystyle' as const].map((f) => (
            <label key={f}>
              <input type="radio" name="fmt" value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`export-${f}`} /> {t(`export.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="x-scale">{t('export.scale')}</label>
          <select id="x-scale" value={scale} disabled={format !== 'png'} onChange={(e) => setScale(Number(e.target.value))} data-testid="export-scale">
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </div>
        <p className="status" aria-live="polite" data-testid="export-status">
          {status}
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('export.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="export-go">
            {t('export.download')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
