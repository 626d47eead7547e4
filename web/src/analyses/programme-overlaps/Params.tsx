// The overlap question's parameter: the lowest score listed.
import type { ParamsProps } from '../types';
import type { OverlapParams } from './analysis';

export function OverlapParamsForm({ params, set, t }: ParamsProps<OverlapParams>) {
  return (
    <div className="mode-params field">
      <label htmlFor="q-min">{t('q.minScoreValue', { v: params.minScore.toFixed(2) })}</label>
      <input
        id="q-min"
        type="range"
        min={0.05}
        max={1}
        step={0.05}
        value={params.minScore}
        onChange={(e) => set({ minScore: Number(e.target.value) })}
        data-testid="q-minscore"
      />
    </div>
  );
}
