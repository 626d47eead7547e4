// Node shapes used by the explorer, and their outline as an SVG polygon (legend and export).
export type NodeShape =
  | 'ellipse'
  | 'star'
  | 'octagon'
  | 'round-octagon'
  | 'diamond'
  | 'pentagon'
  | 'round-pentagon'
  | 'triangle'
  | 'concave-hexagon'
  | 'rhomboid'
  | 'hexagon'
  | 'cut-rectangle'
  | 'round-rectangle'
  | 'rectangle'
  | 'vee'
  | 'tag';

type Pt = [number, number];

function regular(n: number, rot = -Math.PI / 2): Pt[] {
  return Array.from({ length: n }, (_, i) => {
    const a = rot + (2 * Math.PI * i) / n;
    return [Math.cos(a), Math.sin(a)] as Pt;
  });
}

/** Points of a shape in the unit box [-1, 1]², or null for ellipse / rounded rectangles. */
export function shapePoints(shape: NodeShape): Pt[] | null {
  switch (shape) {
    case 'ellipse':
    case 'round-rectangle':
      return null;
    case 'rectangle':
      return [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ];
    case 'star': {
      const out: Pt[] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        const r = i % 2 === 0 ? 1 : 0.42;
        out.push([r * Math.cos(a), r * Math.sin(a)]);
      }
      return out;
    }
    case 'octagon':
    case 'round-octagon':
      return regular(8, -Math.PI / 2 + Math.PI / 8);
    case 'diamond':
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ];
    case 'pentagon':
    case 'round-pentagon':
      return regular(5);
    case 'triangle':
      return [
        [0, -1],
        [1, 1],
        [-1, 1],
      ];
    case 'concave-hexagon':
      return [
        [-1, -0.95],
        [1, -0.95],
        [0.7, 0],
        [1, 0.95],
        [-1, 0.95],
        [-0.7, 0],
      ];
    case 'rhomboid':
      return [
        [-0.4, -1],
        [1, -1],
        [0.4, 1],
        [-1, 1],
      ];
    case 'hexagon':
      return [
        [-1, 0],
        [-0.5, -0.85],
        [0.5, -0.85],
        [1, 0],
        [0.5, 0.85],
        [-0.5, 0.85],
      ];
    case 'cut-rectangle':
      return [
        [-0.6, -1],
        [0.6, -1],
        [1, -0.6],
        [1, 0.6],
        [0.6, 1],
        [-0.6, 1],
        [-1, 0.6],
        [-1, -0.6],
      ];
    case 'vee':
      return [
        [-1, -1],
        [0, -0.33],
        [1, -1],
        [0, 1],
      ];
    case 'tag':
      return [
        [-1, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-1, 1],
      ];
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const escapeXml = esc;

/** An SVG element drawing the shape centred on (cx, cy) with half-size (rx, ry). */
export function shapeSvg(shape: NodeShape, cx: number, cy: number, rx: number, ry: number, attrs: string): string {
  if (shape === 'ellipse') return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" ${attrs}/>`;
  if (shape === 'round-rectangle') {
    const r = Math.min(rx, ry) * 0.5;
    return `<rect x="${cx - rx}" y="${cy - ry}" width="${2 * rx}" height="${2 * ry}" rx="${r}" ry="${r}" ${attrs}/>`;
  }
  const pts = shapePoints(shape) ?? [];
  const p = pts.map(([x, y]) => `${(cx + x * rx).toFixed(2)},${(cy + y * ry).toFixed(2)}`).join(' ');
  return `<polygon points="${p}" ${attrs}/>`;
}
