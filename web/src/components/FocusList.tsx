// The ranked list beside the graph (focus mode): the top of the answer is on screen; choosing a
// row shows only that pair or actor and what explains it; « Tout afficher » shows everything.
import { type RankedItem, TOP } from '../analyses/types';
import { type Focus, SHOW_ALL } from '../graph/urlState';
import type { T } from '../i18n';
import './FocusList.css';

interface Props {
  items: readonly RankedItem[];
  focus: Focus;
  onFocus: (focus: Focus) => void;
  t: T;
}

export function FocusList({ items, focus, onFocus, t }: Props) {
  const top = items.slice(0, TOP);
  const one = focus && focus !== SHOW_ALL && items.some((i) => i.id === focus) ? focus : null;
  const rest = items.length - top.length;
  return (
    <section className="panel-section focus-list" aria-labelledby="focus-h" data-testid="focus-list">
      <h2 id="focus-h">{t('focus.title')}</h2>
      <p className="muted small">{t('focus.hint')}</p>
      <div className="focus-buttons">
        <button type="button" aria-pressed={!focus} onClick={() => onFocus(null)} data-testid="focus-top">
          {t('focus.top', { n: top.length })}
        </button>
        <button type="button" aria-pressed={focus === SHOW_ALL} onClick={() => onFocus(SHOW_ALL)} data-testid="focus-all">
          {t('focus.all')}
        </button>
      </div>
      <ol className="ranked">
        {top.map((item) => (
          <li key={item.id}>
            <button type="button" aria-pressed={one === item.id} onClick={() => onFocus(one === item.id ? null : item.id)} data-focus={item.id}>
              <span className="ranked-label">{item.label}</span>
              {item.detail && <span className="ranked-detail">{item.detail}</span>}
            </button>
          </li>
        ))}
      </ol>
      {rest > 0 && <p className="muted small">{t('focus.more', { n: rest })}</p>}
    </section>
  );
}
