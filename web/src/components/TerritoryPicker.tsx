// A searchable territory picker that knows the hierarchy (department, employment areas, EPCI, communes).
import { useId, useMemo, useRef, useState } from 'react';
import type { TerritoryInfo } from '../api';
import { foldText } from '../graph/text';
import type { TerritoryLevel } from '../graph/types';
import type { T } from '../i18n';
import './TerritoryPicker.css';

interface Props {
  label: string;
  territories: readonly TerritoryInfo[];
  value: string | null;
  onChange: (id: string | null) => void;
  t: T;
  testId?: string;
  emptyLabel?: string;
}

const LEVEL_ORDER: Record<TerritoryLevel, number> = { REGION: 0, DEPARTMENT: 1, EMPLOYMENT_AREA: 2, EPCI: 3, COMMUNE: 4 };

export function TerritoryPicker({ label, territories, value, onChange, t, testId, emptyLabel }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const selected = territories.find((x) => x.id === value) ?? null;

  const options = useMemo(() => {
    const q = foldText(query);
    let list: TerritoryInfo[];
    if (!q) {
      // Browse: the larger territories (communes are found by typing).
      list = territories.filter((x) => x.level !== 'COMMUNE');
    } else {
      list = territories.filter((x) => foldText(x.name).includes(q) || x.id === query.trim());
    }
    const score = (x: TerritoryInfo) => {
      const n = foldText(x.name);
      return q && n === q ? 0 : q && n.startsWith(q) ? 1 : 2;
    };
    return [...list].sort((a, b) => score(a) - score(b) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'fr')).slice(0, 60);
  }, [territories, query]);

  const choose = (x: TerritoryInfo | null) => {
    onChange(x ? x.id : null);
    setQuery('');
    setOpen(false);
  };

  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      e.preventDefault();
    } else if (e.key === 'Enter') {
      if (open && options[active]) {
        choose(options[active] as TerritoryInfo);
        e.preventDefault();
      }
    } else if (e.key === 'Escape') {
      if (open) {
        setOpen(false);
        e.stopPropagation();
      }
    }
  };

  const parentsText = (x: TerritoryInfo) =>
    x.parents
      .filter((p) => p.level !== 'REGION' && p.level !== 'DEPARTMENT')
      .map((p) => p.name)
      .join(' · ');

  return (
    <div className="territory-picker" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      {selected && (
        <div className="territory-chip">
          <span>
            <strong>{selected.name}</strong> <span className="muted">({t(`level.${selected.level}`)})</span>
          </span>
          <button type="button" aria-label={t('territory.clear')} title={t('territory.clear')} onClick={() => choose(null)}>
            ✕
          </button>
        </div>
      )}
      <div className="combo">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          placeholder={selected ? '' : (emptyLabel ?? t('territory.placeholder'))}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKey}
          autoComplete="off"
        />
        {open && (
          <div id={`${id}-list`} role="listbox" className="combo-list" aria-label={label}>
            {options.length === 0 && <div className="muted">{t('territory.none')}</div>}
            {options.map((x, i) => (
              <div
                key={x.id}
                id={`${id}-opt-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={`lvl-${x.level}${i === active ? ' active' : ''}`}
                data-territory={x.id}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(x);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="opt-name">{x.name}</span> <span className="badge">{t(`level.${x.level}`)}</span>
                {parentsText(x) && <span className="opt-parents">{t('territory.in', { p: parentsText(x) })}</span>}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
