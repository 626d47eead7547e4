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
  it('has a row per territory, gaps in the API order first, shaded by reachedShare with the actor count', () => {
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
        {
          territory: { id: 'e2', name: 'Morlaix Communauté', level: 'EPCI' },
          barrier: { id: 'CHILDCARE', label: 'Garde' },
          bpiCount: 120,
          actorCount: 1,
          reachedShare: 0.25,
          explanation: '',
        },
        {
          territory: { id: 'e2', name: 'Morlaix Communauté', level: 'EPCI' },
          barrier: { id: 'TRANSPORT', label: 'Transport' },
          bpiCount: 120,
          actorCount: 0,
          reachedShare: 0,
          explanation: '',
        },
        {
          territory: { id: 'e3', name: 'Haut-Léon', level: 'EPCI' },
          barrier: { id: 'TRANSPORT', label: 'Transport' },
          bpiCount: null,
          actorCount: 2,
          reachedShare: 0.9,
          explanation: '',
        },
      ],
    );
    expect(m.rows.map((r) => r.territory.id)).toEqual(['e2', 'e3', 'e1']);
    expect([...(m.rows[0]?.gaps.keys() ?? [])].sort()).toEqual(['CHILDCARE', 'TRANSPORT']);
    expect(m.rows[0] && cellLook(m.rows[0], 'CHILDCARE')).toMatchObject({ gap: true, text: '1', copy: '1 (25 %)', style: { '--gap-shade': '0.8' } });
    expect(m.rows[0] && cellLook(m.rows[0], 'TRANSPORT')).toMatchObject({ gap: true, text: '0', className: 'cell gap dark', style: { '--gap-shade': '1' } });
    expect(m.rows[1] && cellLook(m.rows[1], 'TRANSPORT')).toMatchObject({ gap: true, text: '2', className: 'cell gap', style: { '--gap-shade': '0.28' } });
    expect(m.rows[2] && cellLook(m.rows[2], 'CHILDCARE')).toMatchObject({ gap: false, copy: '✓' });
    expect(m.rows[2]?.gaps.size).toBe(0);
    // while pages remain, only the territories with gaps are rows
    expect(buildMatrix([{ id: 'e1', name: 'Brest Métropole' }], [], m.rows[0] ? [...m.rows[0].gaps.values()] : [], false).rows).toHaveLength(1);
    expect(gapTotals(m).get('TRANSPORT')).toBe(2);
  });
});
