// What differs between two versions of a record (interchange shape), field by field: the history's
// diff and the conflict view.

export interface FieldDiff {
  field: string;
  before: string;
  after: string;
}

/** A value as one line of text: lists joined, sites and other objects as their fields. */
export function show(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(show).join(' ; ') : '—';
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== null && x !== undefined && x !== '')
      .map(([k, x]) => `${k}: ${show(x)}`)
      .join(', ');
  return String(v);
}

/** The fields whose value differs, in a stable order (the fields of `a`, then those only in `b`). */
export function diffRecords(a: unknown, b: unknown): FieldDiff[] {
  const x = (a && typeof a === 'object' ? a : {}) as Record<string, unknown>;
  const y = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return fields.filter((f) => show(x[f]) !== show(y[f])).map((field) => ({ field, before: show(x[field]), after: show(y[field]) }));
}
