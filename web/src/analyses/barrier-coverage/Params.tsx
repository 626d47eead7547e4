// The coverage question's parameters: a barrier and, optionally, a territory.
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { vocabLabel } from '../../i18n';
import type { ParamsProps } from '../types';
import type { CoverageParams } from './analysis';

export function CoverageParamsForm({ params, set, reference, lang, t }: ParamsProps<CoverageParams>) {
  return (
    <div className="mode-params" data-testid="coverage-params">
      <div className="field">
        <label htmlFor="q-barrier">{t('q.barrier')}</label>
        <select id="q-barrier" data-testid="q-barrier" value={params.barrier ?? ''} onChange={(e) => set({ barrier: e.target.value || null })}>
          <option value="">{t('q.chooseBarrier')}</option>
          {reference?.barriers.map((b) => (
            <option key={b.id} value={b.id}>
              {vocabLabel(b.id, b.label, lang)}
            </option>
          ))}
        </select>
      </div>
      <TerritoryPicker
        label={t('q.territory')}
        territories={reference?.territories ?? []}
        value={params.territory}
        onChange={(id) => set({ territory: id })}
        t={t}
        testId="q-territory"
        emptyLabel={t('territory.placeholder')}
      />
    </div>
  );
}
