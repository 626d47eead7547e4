// The data of the profile charts of the BPI public (SPEC "The BPI public"): age bands, sex, family
// situation, countries of origin (top 10 + « Autres »), in or outside the DNA, from the statistics of
// one territory as the API gives them (secrecy applied: docs/adr/011). A secret figure (« < 5 ») is
// drawn as a stub of SECRET_STUB, never as a value: the charts' data never holds the stored 1–4.
import countries from 'i18n-iso-countries';
import fr from 'i18n-iso-countries/langs/fr.json';

countries.registerLocale(fr);

/** A statistic as the API answers it (value null when under secrecy). */
export interface ProfileFigure {
  indicator: string;
  value: number | null;
  display: string;
  secret: boolean;
  year: number | null;
  source: string | null;
}

/** One bar of a chart. */
export interface ProfileBar {
  key: string;
  label: string;
  /** the length drawn: the figure, or SECRET_STUB when it is secret */
  value: number;
  /** the text on the bar: « 1 234 », « < 5 » */
  display: string;
  secret: boolean;
  /** « Autres »: how many countries it sums */
  others?: number;
}

export type ProfileChartId = 'age' | 'sex' | 'family' | 'countries' | 'dna';

export interface ProfileChart {
  id: ProfileChartId;
  bars: ProfileBar[];
  /** the distinct years of its figures, ascending */
  years: number[];
  /** the distinct sources of its figures */
  sources: string[];
}

/** The length a secret figure is drawn with: the upper bound of « < 5 », the same for every secret bar. */
export const SECRET_STUB = 5;

/** Age bands, the youngest first (a pyramid draws it at the bottom). */
export const AGE_BANDS = ['BPI_UNDER_18', 'BPI_18_25', 'BPI_26_59', 'BPI_60_PLUS'] as const;
const SEX = ['BPI_WOMEN', 'BPI_MEN'] as const;
const FAMILY = ['BPI_FAMILIES', 'BPI_SINGLE'] as const;
const DNA = ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] as const;
const COUNTRY = 'BPI_COUNTRY:';

/** Every indicator of the profile with a fixed list (the countries are a family: BPI_COUNTRY:<ISO3>). */
export const PROFILE_INDICATORS = [...SEX, ...AGE_BANDS, ...FAMILY, ...DNA] as const;

const LABELS: Record<string, string> = {
  BPI_UNDER_18: 'Moins de 18 ans',
  BPI_18_25: '18 à 25 ans',
  BPI_26_59: '26 à 59 ans',
  BPI_60_PLUS: '60 ans et plus',
  BPI_WOMEN: 'Femmes',
  BPI_MEN: 'Hommes',
  BPI_FAMILIES: 'En famille',
  BPI_SINGLE: 'Personnes isolées',
  BPI_IN_DNA: 'Hébergés dans le DNA',
  BPI_OUTSIDE_DNA: 'Hors DNA',
};

/** The French name of a country from its ISO 3166 alpha-3 code (the code itself when unknown). */
export function countryName(alpha3: string): string {
  const code = alpha3.trim().toUpperCase();
  if (code === 'XKX') return 'Kosovo'; // user-assigned code, not in ISO 3166
  return countries.getName(code, 'fr') ?? code;
}

const french = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A figure as a bar: secret (or without a value) → the stub, never the stored value. */
function bar(key: string, label: string, f: ProfileFigure): ProfileBar {
  if (f.secret || f.value == null) return { key, label, value: SECRET_STUB, display: '< 5', secret: true };
  return { key, label, value: f.value, display: f.display || french.format(f.value), secret: false };
}

/** Keeps the latest year of each indicator. */
function latest(figures: readonly ProfileFigure[]): Map<string, ProfileFigure> {
  const by = new Map<string, ProfileFigure>();
  for (const f of figures) {
    const prev = by.get(f.indicator);
    if (!prev || (f.year ?? -1) > (prev.year ?? -1)) by.set(f.indicator, f);
  }
  return by;
}

function chart(id: ProfileChartId, used: ProfileFigure[], bars: ProfileBar[]): ProfileChart {
  const years = [...new Set(used.flatMap((f) => (f.year == null ? [] : [f.year])))].sort((a, b) => a - b);
  const sources = [...new Set(used.flatMap((f) => (f.source ? [f.source] : [])))];
  return { id, bars, years, sources };
}

function fixed(id: ProfileChartId, codes: readonly string[], by: Map<string, ProfileFigure>): ProfileChart | null {
  const used = codes.flatMap((c) => (by.has(c) ? [by.get(c) as ProfileFigure] : []));
  if (!used.length) return null;
  return chart(
    id,
    used,
    used.map((f) => bar(f.indicator, LABELS[f.indicator] ?? f.indicator, f)),
  );
}

/** Sorting key of a country: its figure, a secret one between 0 and 5 (ordering only, never drawn). */
const rank = (f: ProfileFigure) => (f.secret || f.value == null ? 4.5 : f.value);

/**
 * The countries chart: the `top` largest, then « Autres » summing the rest. The sum only adds
 * disclosed figures; when secret ones are among the rest, the label says how many (« + 2 × < 5 »)
 * and none of their values enters the sum.
 */
export function countryBars(figures: readonly ProfileFigure[], top = 10): ProfileBar[] {
  const sorted = [...figures].sort(
    (a, b) => rank(b) - rank(a) || countryName(a.indicator.slice(COUNTRY.length)).localeCompare(countryName(b.indicator.slice(COUNTRY.length)), 'fr'),
  );
  const head = sorted.slice(0, top).map((f) => bar(f.indicator, countryName(f.indicator.slice(COUNTRY.length)), f));
  const rest = sorted.slice(top);
  if (!rest.length) return head;
  const secrets = rest.filter((f) => f.secret || f.value == null).length;
  const sum = rest.reduce((s, f) => s + (f.secret || f.value == null ? 0 : f.value), 0);
  const label = `Autres (${rest.length} pays)`;
  if (sum === 0 && secrets > 0)
    return [...head, { key: 'OTHERS', label, others: rest.length, value: SECRET_STUB, display: secrets > 1 ? `${secrets} × < 5` : '< 5', secret: true }];
  const display = secrets ? `${french.format(sum)} + ${secrets} × < 5` : french.format(sum);
  return [...head, { key: 'OTHERS', label, others: rest.length, value: sum, display, secret: false }];
}

/** The profile charts of one territory, in the order they are drawn; a chart without any figure is absent. */
export function profileCharts(figures: readonly ProfileFigure[]): ProfileChart[] {
  const by = latest(figures);
  const out: ProfileChart[] = [];
  const age = fixed('age', AGE_BANDS, by);
  if (age) out.push(age);
  const sex = fixed('sex', SEX, by);
  if (sex) out.push(sex);
  const family = fixed('family', FAMILY, by);
  if (family) out.push(family);
  const countryFigures = [...by.values()].filter((f) => f.indicator.startsWith(COUNTRY));
  if (countryFigures.length) out.push(chart('countries', countryFigures, countryBars(countryFigures)));
  const dna = fixed('dna', DNA, by);
  if (dna) out.push(dna);
  return out;
}

/** The columns of the table by territory: the stock, then the profile indicators. */
export const TABLE_COLUMNS = ['BPI_COUNT', ...PROFILE_INDICATORS] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableCell {
  display: string;
  secret: boolean;
  /** for sorting only: the figure, 4.5 for a secret one (between 0 and 5), never shown */
  rank: number;
}

export interface ProfileTableRow {
  id: string;
  name: string;
  cells: Partial<Record<TableColumn, TableCell>>;
}

/** One row per territory that has at least one figure of the table (latest year of each). */
export function profileTableRows(territories: readonly { id: string; name: string; figures: readonly ProfileFigure[] }[]): ProfileTableRow[] {
  const out: ProfileTableRow[] = [];
  for (const t of territories) {
    const by = latest(t.figures);
    const cells: ProfileTableRow['cells'] = {};
    for (const c of TABLE_COLUMNS) {
      const f = by.get(c);
      if (!f) continue;
      cells[c] =
        f.secret || f.value == null
          ? { display: '< 5', secret: true, rank: 4.5 }
          : { display: f.display || french.format(f.value), secret: false, rank: f.value };
    }
    if (Object.keys(cells).length) out.push({ id: t.id, name: t.name, cells });
  }
  return out;
}

/** Rows sorted by a column (a missing figure always last) or by name. */
export function sortProfileRows(rows: readonly ProfileTableRow[], by: TableColumn | 'name', descending: boolean): ProfileTableRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (by === 'name') return sign * a.name.localeCompare(b.name, 'fr');
    const x = a.cells[by]?.rank;
    const y = b.cells[by]?.rank;
    if (x == null || y == null) return x == null && y == null ? a.name.localeCompare(b.name, 'fr') : x == null ? 1 : -1;
    return sign * (x - y) || a.name.localeCompare(b.name, 'fr');
  });
}
