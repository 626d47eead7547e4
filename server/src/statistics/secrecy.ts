// Statistical secrecy (SPEC "The BPI public"): a figure between 1 and 4 about a territory below the
// department is shown as « < 5 » wherever the tool shows or exports it (the INSEE/OFII practice);
// the stored value is kept, for sums and for the backup. The one helper every reader and every
// export goes through: docs/adr/011-statistical-secrecy.md.

/** What a secret figure is shown as. */
export const SECRET_DISPLAY = '< 5';

/** Levels at or above the department: their figures are never secret. */
const PUBLIC_LEVELS: ReadonlySet<string> = new Set(['REGION', 'DEPARTMENT']);

/** Indicators that are not counts of people (percentages, rates): never secret. */
export const isRate = (indicator: string) => /(_PCT|_RATE)$/.test(indicator);

/** True when the value must be hidden: a count of 1 to 4 about a territory below the department (or of unknown level). */
export function isSecret(value: number, level: string | null | undefined, indicator: string): boolean {
  if (level && PUBLIC_LEVELS.has(level)) return false;
  if (isRate(indicator)) return false;
  return value >= 1 && value < 5;
}

const FRENCH = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A figure as the tool may show it. */
export interface Disclosed {
  /** the value, null when it is secret */
  value: number | null;
  /** French text: « < 5 », or the value formatted (« 1 234 », « 6,1 ») */
  display: string;
  secret: boolean;
}

export function disclose(value: number, level: string | null | undefined, indicator: string): Disclosed {
  if (isSecret(value, level, indicator)) return { value: null, display: SECRET_DISPLAY, secret: true };
  return { value, display: FRENCH.format(value), secret: false };
}

/** A statistic row as an export writes it: the value, or « < 5 » in its place when secret (unless the stored value is kept). */
export function exportValue(value: number, level: string | null | undefined, indicator: string, keepStored: boolean): number | string {
  if (keepStored) return value;
  return isSecret(value, level, indicator) ? SECRET_DISPLAY : value;
}
