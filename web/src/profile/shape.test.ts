import { describe, expect, it } from 'vitest';
import { AGE_BANDS, countryBars, countryName, type ProfileFigure, profileCharts, profileTableRows, SECRET_STUB, sortProfileRows } from './shape';

const fig = (indicator: string, value: number | null, o: Partial<ProfileFigure> = {}): ProfileFigure => ({
  indicator,
  value,
  display: value == null ? '< 5' : String(value),
  secret: value == null,
  year: 2024,
  source: 'OFII 2024',
  ...o,
});

describe('profile charts data', () => {
  it('orders the age bands from the youngest, whatever the order of the figures', () => {
    const [age] = profileCharts([fig('BPI_60_PLUS', 7), fig('BPI_18_25', 30), fig('BPI_UNDER_18', 40), fig('BPI_26_59', 80)]);
    expect(age?.id).toBe('age');
    expect(age?.bars.map((b) => b.key)).toEqual([...AGE_BANDS]);
    expect(age?.bars.map((b) => b.label)).toEqual(['Moins de 18 ans', '18 à 25 ans', '26 à 59 ans', '60 ans et plus']);
    expect(age?.bars.map((b) => b.value)).toEqual([40, 30, 80, 7]);
  });

  it('draws a secret figure as the « < 5 » stub, never its value, even when one is (wrongly) given', () => {
    const charts = profileCharts([
      fig('BPI_WOMEN', null),
      fig('BPI_MEN', 3, { secret: true, display: '< 5' }), // a stored value must never reach a chart
      fig('BPI_IN_DNA', 2, { secret: true, display: '< 5' }),
      fig('BPI_OUTSIDE_DNA', 12),
      fig('BPI_COUNTRY:AFG', 4, { secret: true, display: '< 5' }),
    ]);
    const bars = charts.flatMap((c) => c.bars);
    for (const b of bars.filter((x) => x.secret)) {
      expect(b.value).toBe(SECRET_STUB);
      expect(b.display).toBe('< 5');
    }
    const drawn = bars.flatMap((b) => [b.value, b.display, b.label]).map(String);
    for (const leak of ['1', '2', '3', '4']) expect(drawn).not.toContain(leak);
    expect(JSON.stringify(charts)).not.toMatch(/"value":[1-4][,}]/);
    expect(charts.find((c) => c.id === 'dna')?.bars.map((b) => b.display)).toEqual(['< 5', '12']);
  });

  it('keeps the top 10 countries and sums the others, secret ones counted but never summed', () => {
    const codes = ['AFG', 'SYR', 'ERI', 'SDN', 'SOM', 'UKR', 'GIN', 'CIV', 'COD', 'TUR', 'IRN', 'ALB', 'GEO'];
    const figures = codes.map((c, i) => fig(`BPI_COUNTRY:${c}`, 100 - i * 5));
    figures.push(fig('BPI_COUNTRY:RUS', null), fig('BPI_COUNTRY:MLI', null));
    const bars = countryBars(figures);
    expect(bars).toHaveLength(11);
    expect(bars.slice(0, 3).map((b) => b.label)).toEqual(['Afghanistan', 'Syrie', 'Érythrée']);
    const others = bars[10];
    // IRN 50 + ALB 45 + GEO 40, RUS and MLI secret
    expect(others).toMatchObject({ key: 'OTHERS', label: 'Autres (5 pays)', value: 135, secret: false, display: '135 + 2 × < 5' });
  });

  it('ranks secret countries below disclosed ones and an « Autres » made of secrets only is a stub', () => {
    const figures = [
      fig('BPI_COUNTRY:AFG', null),
      ...['SYR', 'ERI', 'SDN', 'SOM', 'UKR', 'GIN', 'CIV', 'COD', 'TUR', 'IRN'].map((c) => fig(`BPI_COUNTRY:${c}`, 10)),
    ];
    figures.push(fig('BPI_COUNTRY:ALB', null));
    const bars = countryBars(figures);
    expect(bars.slice(0, 10).every((b) => !b.secret)).toBe(true);
    expect(bars[10]).toMatchObject({ key: 'OTHERS', secret: true, value: SECRET_STUB, display: '2 × < 5' });
  });

  it('names countries in French from their alpha-3 code', () => {
    expect(countryName('CIV')).toBe("Côte-d'Ivoire");
    expect(countryName('cod')).toMatch(/Congo/);
    expect(countryName('XKX')).toBe('Kosovo');
    expect(countryName('ZZZ')).toBe('ZZZ');
  });

  it('keeps the latest year of an indicator and says the years and sources of each chart', () => {
    const charts = profileCharts([
      fig('BPI_FAMILIES', 10, { year: 2022, source: 'a' }),
      fig('BPI_FAMILIES', 12, { year: 2024, source: 'b' }),
      fig('BPI_SINGLE', 20, { source: 'b' }),
    ]);
    expect(charts).toHaveLength(1);
    expect(charts[0]?.bars.map((b) => b.value)).toEqual([12, 20]);
    expect(charts[0]?.years).toEqual([2024]);
    expect(charts[0]?.sources).toEqual(['b']);
  });

  it('gives no chart without profile figures', () => {
    expect(profileCharts([fig('BPI_COUNT', 40)])).toEqual([]);
  });
});

describe('profile table by territory', () => {
  const rows = profileTableRows([
    { id: 'a', name: 'Brest', figures: [fig('BPI_WOMEN', 12), fig('BPI_MEN', null)] },
    { id: 'b', name: 'Quimper', figures: [fig('BPI_WOMEN', null), fig('BPI_MEN', 30)] },
    { id: 'c', name: 'Morlaix', figures: [fig('BPI_WOMEN', 0)] },
    { id: 'd', name: 'Argol', figures: [fig('BPI_COUNT', 9)] },
    { id: 'e', name: 'Sans chiffre', figures: [fig('OTHER', 9)] },
  ]);

  it('keeps the territories with a figure, secret cells as « < 5 » without their value', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[0]?.cells.BPI_MEN).toEqual({ display: '< 5', secret: true, rank: 4.5 });
    expect(rows[1]?.cells.BPI_WOMEN?.display).toBe('< 5');
  });

  it('sorts a secret figure between 0 and 5, missing figures last in both directions', () => {
    const down = sortProfileRows(rows, 'BPI_WOMEN', true).map((r) => r.name);
    expect(down).toEqual(['Brest', 'Quimper', 'Morlaix', 'Argol']);
    const up = sortProfileRows(rows, 'BPI_WOMEN', false).map((r) => r.name);
    expect(up).toEqual(['Morlaix', 'Quimper', 'Brest', 'Argol']);
    expect(sortProfileRows(rows, 'name', false).map((r) => r.name)).toEqual(['Argol', 'Brest', 'Morlaix', 'Quimper']);
  });
});
