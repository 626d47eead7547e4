import { describe, expect, it } from 'vitest';
import { buildMatrix, cellLook, gapTotals } from '../analyses/coverage-gaps/matrix';
import { edgeRows, nodeRows, sortRows, toTsv } from './table';
import { foldText, searchItems } from './text';
import type { GraphData } from './types';

describe('tables', () => {
  const g: GraphData = {
    nodes: [
      { id: 'a', label: 'Écoute', type: 'Actor', kind: 'ASSOCIATION', lat: null, lon: null },
      { id: 'b', label: 'Accueil', type: 'Actor', kind: 'OTHER', lat: null, lon: null },
    ],
    edges: [{ id: 'e', source: 'a', target: 'b', type: 'REFERS_TO', formal: true }],
  };
  const labels = { type: (x: string) => x, kind: (_t: string, k: string | null) => k ?? '', link: (x: string) => x.toLowerCase(), yes: 'oui', no: 'non' };

  it('lists nodes with their degree and links with names', () => {
    expect(nodeRows(g, labels).map((r) => r.cells)).toEqual([
      ['Écoute', 'Actor', 'ASSOCIATION', 1],
      ['Accueil', 'Actor', 'OTHER', 1],
    ]);
    expect(edgeRows(g, labels)[0]?.cells).toEqual(['Écoute', 'refers_to', 'Accueil', 'oui']);
  });

  it('sorts accent-insensitively and numerically, empty cells last', () => {
    const rows = [
      ['Écoute', 10],
      ['accueil', 2],
      ['', 1],
      ['Zèbre', null],
    ] as const;
    expect(sortRows(rows, 0, false).map((r) => r[0])).toEqual(['accueil', 'Écoute', 'Zèbre', '']);
    expect(sortRows(rows, 1, true).map((r) => r[1])).toEqual([10, 2, 1, null]);
  });

  it('copies as tab-separated text', () => {
    expect(
      toTsv({
        columns: ['A', 'B'],
        rows: [
          ['x\ty', 1],
          [null, 'z\nw'],
        ],
      }),
    ).toBe('A\tB\nx y\t1\n\tz w');
  });
});

describe('search', () => {
  it('is accent- and case-insensitive and ranks prefixes first', () => {
    expect(foldText('  Œuvre  d’Élan ')).toBe("oeuvre d'elan");
    const items = [
      { id: '1', label: 'Centre hospitalier de Morlaix' },
      { id: '2', label: 'Morlaix Communauté' },
      { id: '3', label: 'CCAS de Brest' },
    ];
    expect(searchItems(items, 'morlaix').map((i) => i.id)).toEqual(['2', '1']);
    expect(searchItems(items, 'COMMUNAUTE').map((i) => i.id)).toEqual(['2']);
    expect(searchItems(items, 'brest ccas').map((i) => i.id)).toEqual(['3']);
    expect(searchItems(items, '')).toEqual([]);
  });
});

describe('coverage matrix', () => {
  it('has a row per territory, gaps marked, BPI-heavy territories first', () => {
    const m = buildMatrix(
      [
        { id: 'e1', name: 'Brest Métropole' },
        { id: 'e2', name: 'Morlaix Communauté' },
        { id: 'e3', name: 'Haut-Léon' },
      ],
      [
        { id: 'CHILDCARE', label: 'Garde' },
        { id: 'TRANSPORT', label: 'Transport' },
      ],
      [
        { territory: { id: 'e2', name: 'Morlaix Communauté', level: 'EPCI' }, barrier: { id: 'CHILDCARE', label: 'Garde' }, bpiCount: 120, explanation: '' },
        {
          territory: { id: 'e2', name: 'Morlaix Communauté', level: 'EPCI' },
          barrier: { id: 'TRANSPORT', label: 'Transport' },
          bpiCount: 120,
          explanation: '',
        },
        { territory: { id: 'e3', name: 'Haut-Léon', level: 'EPCI' }, barrier: { id: 'TRANSPORT', label: 'Transport' }, bpiCount: null, explanation: '' },
      ],
    );
    expect(m.rows.map((r) => r.territory.id)).toEqual(['e2', 'e1', 'e3']);
    expect([...(m.rows[0]?.gaps.keys() ?? [])].sort()).toEqual(['CHILDCARE', 'TRANSPORT']);
    expect(m.rows[0] && cellLook(m.rows[0], 'CHILDCARE')).toMatchObject({ gap: true, copy: '0' });
    expect(m.rows[1] && cellLook(m.rows[1], 'CHILDCARE')).toMatchObject({ gap: false, copy: '✓' });
    expect(m.rows[1]?.gaps.size).toBe(0);
    expect(gapTotals(m).get('TRANSPORT')).toBe(2);
  });
});
