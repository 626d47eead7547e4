// The on-screen legend (always visible, collapsible), drawn with the same glyphs as the export.
import { useState } from 'react';
import { glyphSvg, type LegendSection } from '../graph/legend';
import type { T } from '../i18n';
import './Legend.css';

export function Legend({ sections, t }: { sections: readonly LegendSection[]; t: T }) {
  const [open, setOpen] = useState(true);
  return (
    <div className={`legend${open ? '' : ' closed'}`} data-testid="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('legend.title')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          {sections.map((s) => (
            <div key={s.title} className="legend-section">
              <h3>{s.title}</h3>
              <ul>
                {s.entries.map((e) => (
                  <li
                    key={e.label}
                    data-entry={e.type}
                    data-fill={e.type === 'node' ? e.look.fill.toLowerCase() : undefined}
                    data-shape={e.type === 'node' ? e.look.shape : undefined}
                    data-section={s.title}
                  >
                    {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own glyph markup, every text escaped (graph/legend.ts) */}
                    <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" dangerouslySetInnerHTML={{ __html: glyphSvg(e, 0, 0) }} />
                    <span>{e.label}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
