// The coverage-gaps question's parameters: the territory level of the rows and the largest distance
// to a service point counted as reached (maxKm, default 20).
import { useEffect, useState } from 'react';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../../graph/types';
import type { ParamsProps } from '../types';
import { type GapsParams, parseKm } from './analysis';

export function GapsParamsForm({ params, set, t }: ParamsProps<GapsParams>) {
  // the field is edited as text; the question changes when a valid distance is committed (Enter, leaving the field, the arrows)
  const [km, setKm] = useState(String(params.maxKm));
  useEffect(() => setKm(String(params.maxKm)), [params.maxKm]);
  const commit = (v: string) => {
    const n = parseKm(v);
    setKm(String(n));
    if (n !== params.maxKm) set({ maxKm: n });
  };
  return (
    <div className="mode-params">
      <div className="field">
        <label htmlFor="q-level">{t('q.level')}</label>
        <select id="q-level" data-testid="q-level" value={params.level} onChange={(e) => set({ level: e.target.value as TerritoryLevel })}>
          {TERRITORY_LEVELS.filter((l) => l !== 'REGION').map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="q-maxkm">{t('q.maxKm')}</label>
        <input
          id="q-maxkm"
          data-testid="q-maxkm"
          type="number"
          min={0}
          max={200}
          step={1}
          inputMode="decimal"
          value={km}
          aria-describedby="q-maxkm-hint"
          onChange={(e) => {
            setKm(e.target.value);
            // the spinner arrows change the value without typing: commit them at once
            if ((e.nativeEvent as InputEvent).inputType === undefined) commit(e.target.value);
          }}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
        <p id="q-maxkm-hint" className="small muted">
          {t('q.maxKmHint')}
        </p>
      </div>
    </div>
  );
}
