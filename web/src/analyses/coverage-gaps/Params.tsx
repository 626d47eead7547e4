// The coverage-gaps question's parameter: the territory level of the rows.
import { TERRITORY_LEVELS, type TerritoryLevel } from '../../graph/types';
import type { ParamsProps } from '../types';
import type { GapsParams } from './analysis';

export function GapsParamsForm({ params, set, t }: ParamsProps<GapsParams>) {
  return (
    <div className="mode-params field">
      <label htmlFor="q-level">{t('q.level')}</label>
      <select id="q-level" data-testid="q-level" value={params.level} onChange={(e) => set({ level: e.target.value as TerritoryLevel })}>
        {TERRITORY_LEVELS.filter((l) => l !== 'REGION').map((l) => (
          <option key={l} value={l}>
            {t(`level.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
