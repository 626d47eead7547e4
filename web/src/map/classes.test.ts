import { describe, expect, it } from 'vitest';
import { classFill, classOf, legendRows, quantileClasses, RAMP, reachClass } from './classes';

describe('choropleth classes', () => {
  it('cuts quantiles of about as many territories each', () => {
    const c = quantileClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c).toEqual({ bounds: [1, 3, 5, 7, 9], max: 10 });
    if (!c) return;
    expect([1, 2, 3, 6, 9, 10].map((v) => classOf(v, c))).toEqual([0, 0, 1, 2, 4, 4]);
    expect(classFill(0, c)).toBe(RAMP[0]);
    expect(classFill(4, c)).toBe(RAMP[4]);
    expect(legendRows(c).map((r) => [r.from, r.to, r.last])).toEqual([
      [1, 3, false],
      [3, 5, false],
      [5, 7, false],
      [7, 9, false],
      [9, 10, true],
    ]);
  });

  it('merges equal breaks and spreads few classes over the ramp', () => {
    const c = quantileClasses([0, 0, 0, 0, 0, 0, 12, 40]);
    expect(c).toEqual({ bounds: [0, 12], max: 40 });
    if (!c) return;
    expect(classOf(0, c)).toBe(0);
    expect(classOf(40, c)).toBe(1);
    expect([classFill(0, c), classFill(1, c)]).toEqual([RAMP[0], RAMP[4]]);
    const one = quantileClasses([7, 7]);
    expect(one).toEqual({ bounds: [7], max: 7 });
    if (one) expect(classFill(0, one)).toBe(RAMP[4]);
  });

  it('has no classes without figures, and ignores what is not a number', () => {
    expect(quantileClasses([])).toBeNull();
    expect(quantileClasses([Number.NaN])).toBeNull();
  });

  it('hatches the zones blanches by the share reached', () => {
    expect([0, 0.2, 0.5, 0.99, 1].map(reachClass)).toEqual([0, 1, 2, 2, null]);
  });
});
