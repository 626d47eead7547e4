// Statistical secrecy (docs/adr/011): 1 to 4 below the department is « < 5 », the rest is shown.
import { describe, expect, it } from 'vitest';
import { indicatorLabel } from '../../server/src/statistics/indicators.js';
import { disclose, exportValue, isSecret, SECRET_DISPLAY } from '../../server/src/statistics/secrecy.js';

describe('statistical secrecy', () => {
  it('hides 1 to 4 below the department, and only there', () => {
    for (const v of [1, 2, 3, 4, 4.9]) {
      for (const level of ['COMMUNE', 'EPCI', 'EMPLOYMENT_AREA', null]) expect(isSecret(v, level, 'BPI_COUNT')).toBe(true);
      for (const level of ['DEPARTMENT', 'REGION']) expect(isSecret(v, level, 'BPI_COUNT')).toBe(false);
    }
    for (const v of [0, 5, 6, 120]) expect(isSecret(v, 'COMMUNE', 'BPI_COUNT')).toBe(false);
    expect(isSecret(3, 'COMMUNE', 'UNEMPLOYMENT_RATE_PCT')).toBe(false);
    expect(isSecret(3, 'COMMUNE', 'BPI_COUNTRY:AFG')).toBe(true);
  });

  it('discloses « < 5 » without the value, and formats the others in French', () => {
    expect(disclose(3, 'COMMUNE', 'BPI_COUNT')).toEqual({ value: null, display: SECRET_DISPLAY, secret: true });
    expect(SECRET_DISPLAY).toBe('< 5');
    expect(disclose(3, 'DEPARTMENT', 'BPI_COUNT')).toEqual({ value: 3, display: '3', secret: false });
    const big = disclose(1234, 'COMMUNE', 'BPI_COUNT');
    expect(big.value).toBe(1234);
    expect(big.display.replace(/\s/g, ' ')).toBe('1 234');
    expect(disclose(6.12, 'EPCI', 'UNEMPLOYMENT_RATE_PCT').display).toBe('6,1');
    expect(disclose(0, 'COMMUNE', 'BPI_COUNT')).toEqual({ value: 0, display: '0', secret: false });
  });

  it('exports « < 5 » in shared tables, the stored value in a backup', () => {
    expect(exportValue(2, 'COMMUNE', 'BPI_COUNT', false)).toBe('< 5');
    expect(exportValue(2, 'COMMUNE', 'BPI_COUNT', true)).toBe(2);
    expect(exportValue(7, 'COMMUNE', 'BPI_COUNT', false)).toBe(7);
  });

  it('labels the SPEC indicators in French and keeps unknown codes', () => {
    expect(indicatorLabel('BPI_COUNT')).toBe('BPI présents (stock)');
    expect(indicatorLabel('BPI_COUNTRY:AFG')).toBe('Pays d’origine : Afghanistan');
    expect(indicatorLabel('DNA_PLACES:CADA')).toBe('Places du DNA : CADA');
    expect(indicatorLabel('JOBSEEKERS')).toBe('JOBSEEKERS');
  });
});
