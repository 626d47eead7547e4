import { describe, expect, it } from 'vitest';
import type { T } from '../i18n';
import { composeFrame, exportFileName, frameSvg, nestSvg } from './exportFrame';
import { LEGEND_WIDTH, legendSections, legendSvg, NEUTRAL_FILL } from './legend';
import { ACTOR_LOOK, type NodeLook } from './palette';
import type { GraphData } from './types';

const t = ((k: string, v?: Record<string, string | number>) => (v ? `${k}:${Object.values(v).join(',')}` : k)) as T;
const graph: GraphData = {
  nodes: [
    { id: 'a', label: 'A', type: 'Actor', kind: 'ASSOCIATION', lat: null, lon: null },
    { id: 'P', label: 'P', type: 'Programme', kind: 'COMMON_LAW', lat: null, lon: null },
    { id: 'CHILDCARE', label: 'Garde', type: 'Barrier', kind: null, lat: null, lon: null },
  ],
  edges: [
    { id: 'OPERATES:a->P', source: 'a', target: 'P', type: 'OPERATES', formal: null },
    { id: 'ADDRESSES:P->CHILDCARE', source: 'P', target: 'CHILDCARE', type: 'ADDRESSES', formal: null },
  ],
};

describe('legend', () => {
  it('lists only what is on screen, plus the active question', () => {
    const s = legendSections(graph, null, t);
    expect(s.map((x) => x.title)).toEqual(['legend.actors', 'legend.programmes', 'legend.others', 'legend.links']);
    expect(s[0]?.entries.map((e) => e.label)).toEqual(['actorKind.ASSOCIATION']);
    expect(s[3]?.entries.map((e) => e.label)).toEqual(['linkType.OPERATES', 'legend.contextEdge']);
    const c = legendSections(graph, { title: 'q', entries: [{ type: 'node', look: ACTOR_LOOK.OTHER as NodeLook, label: 'answer' }] }, t);
    expect(c[0]?.title).toBe('q');
    expect(c[0]?.entries.map((e) => e.label)).toEqual(['answer']);
    // an answer that recolours the actors: the kinds keep their shape, in a neutral fill
    const r = legendSections(graph, { title: 'q', entries: [], recolours: true }, t);
    const kind = r[0]?.entries[0];
    expect(kind?.type === 'node' && kind.look.fill).toBe(NEUTRAL_FILL);
    expect(kind?.type === 'node' && kind.look.shape).toBe(ACTOR_LOOK.ASSOCIATION?.shape);
  });

  it('draws as SVG with escaped text', () => {
    const l = legendSvg(
      [
        {
          title: 'A & B <x>',
          entries: [{ type: 'edge', look: { color: '#000', width: 2, lineStyle: 'dashed', targetArrow: 'triangle', sourceArrow: 'none' }, label: 'l' }],
        },
      ],
      0,
      0,
      'Légende',
    );
    expect(l.svg).toContain('id="legend"');
    expect(l.svg).toContain('A &amp; B &lt;x&gt;');
    expect(l.svg).toContain('stroke-dasharray');
    expect(l.height).toBeGreaterThan(40);
  });
});

describe('export frame', () => {
  const input = {
    title: 'Qui lève le frein « Garde d’enfants » à Morlaix ?',
    subtitle: '3 acteurs',
    legendTitle: 'Légende',
    legend: legendSections(graph, null, t),
    dateLine: 'Exporté le 26/11/2026',
    sourceLine: 'Source : AGIR Cartographie',
    graphWidth: 800.4,
    graphHeight: 600,
  };

  it('puts the graph on the left, the legend on the right, title above and source/date below', () => {
    const f = composeFrame(input);
    // header: margin, one title line, one subtitle line, gap
    expect(f.graph).toEqual({ x: 16, y: 66, w: 800, h: 600 });
    expect(f.width).toBe(16 + 800 + 16 + LEGEND_WIDTH + 16);
    expect(f.height).toBe(66 + 600 + 44);
    expect(f.decorations).toContain('Qui lève le frein « Garde d’enfants » à Morlaix ?');
    expect(f.decorations).toContain('Exporté le 26/11/2026');
    expect(f.decorations).toContain('Source : AGIR Cartographie');
    expect(f.decorations).toContain('id="legend"');
  });

  it('wraps a long title and subtitle within the image, and moves the graph down for them', () => {
    const measure = (text: string, size: number) => text.length * size * 0.5;
    const subtitle = Array.from({ length: 40 }, (_, i) => `Filtre${i} = valeur`).join(' ; ');
    const f = composeFrame({ ...input, subtitle, measure });
    const lines = [...f.decorations.matchAll(/<text x="16" y="[\d.]+" font-size="12" fill="#444">([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measure(l, 12)).toBeLessThanOrEqual(f.width - 32);
    expect(lines.join(' ')).toBe(subtitle);
    expect(f.graph.y).toBe(16 + 24 + lines.length * 16 + 10);
  });

  it('grows to fit a legend taller than the graph', () => {
    const f = composeFrame({ ...input, graphHeight: 50 });
    expect(f.height).toBeGreaterThan(62 + 50 + 44);
  });

  it('nests the Cytoscape SVG in the graph box, scaled by a viewBox', () => {
    const cySvg = '<?xml version="1.0"?><svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="10" height="10"/></svg>';
    const nested = nestSvg(cySvg, { x: 16, y: 62, w: 800, h: 600 });
    expect(nested.startsWith('<svg version="1.1" xmlns="http://www.w3.org/2000/svg" x="16" y="62" width="800" height="600" viewBox="0 0 1600 1200"')).toBe(
      true,
    );
    expect(nested).toContain('<rect width="10" height="10"/>');
    const whole = frameSvg(composeFrame(input), cySvg);
    expect(whole.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(whole.endsWith('</svg></g></svg>')).toBe(true);
    expect(whole.match(/<svg\b/g)).toHaveLength(2);
    expect(() => nestSvg('<div/>', { x: 0, y: 0, w: 1, h: 1 })).toThrow();
  });

  it('names files after the title and date', () => {
    expect(exportFileName('Qui lève le frein « Garde d’enfants » à Morlaix ?', '2026-11-26', 'png')).toBe(
      'agir-qui-leve-le-frein-garde-d-enfants-a-morlaix-2026-11-26.png',
    );
    expect(exportFileName('', '2026-11-26', 'svg')).toBe('agir-cartographie-2026-11-26.svg');
  });
});
