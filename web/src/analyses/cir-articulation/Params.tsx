// The CIR question's parameter: the largest distance counted as linked.
import type { ParamsProps } from '../types';
import type { CirParams } from './analysis';

export function CirParamsForm({ params, set, t }: ParamsProps<CirParams>) {
  return (
    <div className="mode-params field">
      <label htmlFor="q-hops">{t('q.maxHops')}</label>
      <input
        id="q-hops"
        type="number"
        min={1}
        max={6}
        value={params.maxHops}
        onChange={(e) => set({ maxHops: Math.min(6, Math.max(1, Number(e.target.value) || 2)) })}
      />
    </div>
  );
}
