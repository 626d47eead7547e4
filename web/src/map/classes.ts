// Choropleth classes: quantile breaks on the disclosed values, a class of their own for figures
// under statistical secrecy (« < 5 », docs/adr/011) and for territories without a figure. The ramp
// is sequential and monotone in lightness, so that the classes still read in black and white.

/** ColorBrewer « Blues », 5 classes (light to dark). */
export const RAMP = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const SECRET_FILL = '#d9d9d9';
export const MISSING_FILL = '#ffffff';

export interface Classes {
  /** lower bound of each class (the first is the minimum); a value v is in the last class whose bound is ≤ v */
  bounds: number[];
  /** largest value (upper bound of the last class) */
  max: number;
}

/** Up to n classes of about as many territories each (quantiles of the distinct breaks). */
export function quantileClasses(values: readonly number[], n = RAMP.length): Classes | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const bounds: number[] = [];
  for (let k = 0; k < n; k++) {
    const b = v[Math.floor((k * v.length) / n)] as number;
    if (!bounds.length || b > (bounds[bounds.length - 1] as number)) bounds.push(b);
  }
  return { bounds, max: v[v.length - 1] as number };
}

/** The class index of a value (0 = lightest). */
export function classOf(value: number, c: Classes): number {
  let i = 0;
  for (let k = 1; k < c.bounds.length; k++) if (value >= (c.bounds[k] as number)) i = k;
  return i;
}

/** The colour of a class, spread over the ramp when there are fewer classes than colours. */
export function classFill(index: number, c: Classes): string {
  const n = c.bounds.length;
  const at = n === 1 ? RAMP.length - 1 : Math.round((index * (RAMP.length - 1)) / (n - 1));
  return RAMP[at] as string;
}

/** Legend rows: [from, to] of each class (to excluded but for the last), with its colour. */
export function legendRows(c: Classes): { from: number; to: number; last: boolean; fill: string }[] {
  return c.bounds.map((from, i) => {
    const last = i === c.bounds.length - 1;
    return { from, to: last ? c.max : (c.bounds[i + 1] as number), last, fill: classFill(i, c) };
  });
}

/** The hatch class of a zone blanche: 0 nobody reached, 1 under half, 2 at least half, null all reached. */
export function reachClass(reachedShare: number): 0 | 1 | 2 | null {
  if (reachedShare >= 1) return null;
  if (reachedShare <= 0) return 0;
  return reachedShare < 0.5 ? 1 : 2;
}
