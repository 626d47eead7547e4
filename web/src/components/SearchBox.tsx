// Accent-insensitive search over the whole cartography (names first, then what programmes and
// actors describe); Enter selects the best match, shows it (even if the filters hide it) and centres it.
import { forwardRef, useId, useMemo, useState } from 'react';
import { searchItems } from '../graph/text';
import type { GNode } from '../graph/types';
import type { T } from '../i18n';
import { loadDescriptions } from '../store';
import './SearchBox.css';

interface Props {
  nodes: readonly GNode[];
  /** node id → description (loaded on first search) */
  descriptions: ReadonlyMap<string, string> | null;
  onPick: (id: string) => void;
  t: T;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ nodes, descriptions, onPick, t }, ref) {
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const items = useMemo(() => searchItems(nodes, q, 12, (n) => descriptions?.get(n.id)), [nodes, q, descriptions]);
  const pick = (n: GNode | undefined) => {
    if (!n) return;
    onPick(n.id);
    setOpen(false);
  };
  return (
    <search className="search">
      <label htmlFor={`${id}-q`} className="sr-only">
        {t('search.label')}
      </label>
      <input
        ref={ref}
        id={`${id}-q`}
        data-testid="search"
        type="search"
        role="combobox"
        aria-expanded={open && q.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && items[active] ? `${id}-o${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={q}
        autoComplete="off"
        onChange={(e) => {
          void loadDescriptions();
          setQ(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          void loadDescriptions();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            setActive((a) => Math.min(a + 1, items.length - 1));
            e.preventDefault();
          } else if (e.key === 'ArrowUp') {
            setActive((a) => Math.max(a - 1, 0));
            e.preventDefault();
          } else if (e.key === 'Enter') {
            pick(items[active]);
            e.preventDefault();
          } else if (e.key === 'Escape') {
            setQ('');
            setOpen(false);
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      {open && q.length > 0 && (
        <div id={`${id}-list`} role="listbox" className="combo-list search-list" aria-label={t('search.label')}>
          {items.length === 0 && <div className="muted">{t('search.none')}</div>}
          {items.map((n, i) => (
            <div
              key={n.id}
              id={`${id}-o${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              data-node={n.id}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(n);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="opt-name">{n.label}</span> <span className="badge">{t(`nodeType.${n.type}`)}</span>
            </div>
          ))}
        </div>
      )}
    </search>
  );
});
