import { describe, expect, it } from 'vitest';
import { type AppState, DEFAULT_STATE, decodeState, encodeState, graphKey } from './urlState';

describe('URL state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips filters, mode, question, selection, layout and viewport', () => {
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
      mode: 'coverage',
      barrier: 'CHILDCARE',
      territory: '242900835',
      selected: 'caf_29',
      expanded: ['cd29', 'ofii'],
      viewport: { zoom: 1.23456, x: 100.04, y: -20.5 },
    };
    const q = encodeState(s);
    expect(q).not.toContain('mode='); // the default question
    expect(q).toContain('qb=CHILDCARE');
    const back = decodeState(`?${q}`);
    expect(back).toEqual({ ...s, viewport: { zoom: 1.2346, x: 100, y: -20.5 } });
  });

  it('keeps only the parameters of the active question', () => {
    expect(encodeState({ ...DEFAULT_STATE, mode: 'none' })).toBe('mode=none');
    const q = encodeState({ ...DEFAULT_STATE, mode: 'overlaps', minScore: 0.5, barrier: 'CHILDCARE' });
    expect(q).toBe('mode=overlaps&minScore=0.5');
    expect(decodeState(q).minScore).toBe(0.5);
    expect(encodeState({ ...DEFAULT_STATE, mode: 'cir', maxHops: 3 })).toBe('mode=cir&hops=3');
    expect(encodeState({ ...DEFAULT_STATE, mode: 'matrix', level: 'COMMUNE' })).toBe('mode=matrix&level=COMMUNE');
  });

  it('ignores invalid values', () => {
    const s = decodeState('?mode=nonsense&layout=spiral&lang=de&minScore=7&hops=-2&level=PLANET&include=BARRIER,FOO&vp=0,1,2');
    expect(s.mode).toBe('coverage');
    expect(s.layout).toBe('fcose');
    expect(s.lang).toBe('fr');
    expect(s.minScore).toBe(1);
    expect(s.maxHops).toBe(1);
    expect(s.level).toBe('EPCI');
    expect(s.filters.include).toEqual(['BARRIER']);
    expect(s.viewport).toBeNull();
  });

  it('has a graph key that changes with the filters only', () => {
    const a = graphKey(DEFAULT_STATE);
    expect(graphKey({ ...DEFAULT_STATE, mode: 'gaps', selected: 'x' })).toBe(a);
    expect(graphKey({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, barriers: ['CHILDCARE'] } })).not.toBe(a);
  });
});
