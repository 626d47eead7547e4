import { describe, expect, it } from 'vitest';
import { type AppState, DEFAULT_STATE, decodeState, encodeState, graphKey } from './urlState';

describe('URL state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips filters, question, focus, selection, layout and viewport', () => {
    const s: AppState = {
      ...DEFAULT_STATE,
      lang: 'en',
      view: 'split',
      layout: 'geo',
      filters: {
        domains: ['HOUSING'],
        barriers: ['CHILDCARE', 'TRANSPORT'],
        publics: ['BPI'],
        territory: '29151',
        kinds: ['ASSOCIATION'],
        links: ['OPERATES', 'FUNDS'],
        formalOnly: true,
        include: ['BARRIER', 'TERRITORY'],
      },
      mode: 'BARRIER_COVERAGE',
      params: { ...DEFAULT_STATE.params, BARRIER_COVERAGE: { barrier: 'CHILDCARE', territory: '242900835' } },
      focus: 'caf_29',
      selected: 'caf_29',
      expanded: ['cd29', 'ofii'],
      viewport: { zoom: 1.23456, x: 100.04, y: -20.5 },
    };
    const q = encodeState(s);
    expect(q).not.toContain('mode='); // the default question
    expect(q).toContain('qb=CHILDCARE');
    expect(q).toContain('focus=caf_29');
    const back = decodeState(`?${q}`);
    expect(back).toEqual({ ...s, viewport: { zoom: 1.2346, x: 100, y: -20.5 } });
  });

  it('keeps only the parameters of the active question, under the server’s analysis names', () => {
    expect(encodeState({ ...DEFAULT_STATE, mode: 'none' })).toBe('mode=none');
    const withParams = (mode: AppState['mode'], params: Record<string, unknown>): AppState => ({
      ...DEFAULT_STATE,
      mode,
      params: { ...DEFAULT_STATE.params, BARRIER_COVERAGE: { barrier: 'CHILDCARE', territory: null }, ...params },
    });
    const q = encodeState(withParams('PROGRAMME_OVERLAPS', { PROGRAMME_OVERLAPS: { minScore: 0.5 } }));
    expect(q).toBe('mode=PROGRAMME_OVERLAPS&minScore=0.5');
    expect(decodeState(q).params.PROGRAMME_OVERLAPS).toEqual({ minScore: 0.5 });
    expect(encodeState(withParams('CIR_ARTICULATION', { CIR_ARTICULATION: { maxHops: 3 } }))).toBe('mode=CIR_ARTICULATION&hops=3');
    expect(encodeState(withParams('COVERAGE_GAPS', { COVERAGE_GAPS: { level: 'COMMUNE' } }))).toBe('mode=COVERAGE_GAPS&level=COMMUNE');
    expect(encodeState(withParams('COVERAGE_GAPS', { COVERAGE_GAPS: { level: 'COMMUNE', maxKm: 12.5 } }))).toBe('mode=COVERAGE_GAPS&level=COMMUNE&km=12.5');
    expect(decodeState('?mode=COVERAGE_GAPS&km=12,5').params.COVERAGE_GAPS).toEqual({ level: 'EPCI', maxKm: 12.5 });
  });

  it('opens links shared before the analyses took the server’s names', () => {
    expect(decodeState('?mode=gaps').mode).toBe('INFORMATION_GAPS');
    expect(decodeState('?mode=matrix&level=COMMUNE')).toMatchObject({ mode: 'COVERAGE_GAPS', params: { COVERAGE_GAPS: { level: 'COMMUNE' } } });
    expect(decodeState('?mode=overlaps&minScore=0.5')).toMatchObject({ mode: 'PROGRAMME_OVERLAPS', params: { PROGRAMME_OVERLAPS: { minScore: 0.5 } } });
    expect(decodeState('?mode=cir&hops=3')).toMatchObject({ mode: 'CIR_ARTICULATION', params: { CIR_ARTICULATION: { maxHops: 3 } } });
    expect(decodeState('?qb=CHILDCARE&qt=29151').params.BARRIER_COVERAGE).toEqual({ barrier: 'CHILDCARE', territory: '29151' });
  });

  it('ignores invalid values', () => {
    const s = decodeState('?mode=nonsense&layout=spiral&lang=de&minScore=7&hops=-2&level=PLANET&km=-3&include=BARRIER,FOO&vp=0,1,2');
    expect(s.mode).toBe('BARRIER_COVERAGE');
    expect(s.layout).toBe('fcose');
    expect(s.lang).toBe('fr');
    expect(s.params.PROGRAMME_OVERLAPS).toEqual({ minScore: 1 });
    expect(s.params.CIR_ARTICULATION).toEqual({ maxHops: 1 });
    expect(s.params.COVERAGE_GAPS).toEqual({ level: 'EPCI', maxKm: 20 });
    expect(s.filters.include).toEqual(['BARRIER']);
    expect(s.viewport).toBeNull();
  });

  it('has a graph key that changes with the filters only', () => {
    const a = graphKey(DEFAULT_STATE);
    expect(graphKey({ ...DEFAULT_STATE, mode: 'INFORMATION_GAPS', selected: 'x' })).toBe(a);
    expect(graphKey({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, barriers: ['CHILDCARE'] } })).not.toBe(a);
  });
});
