// Composition of exported diagrams: title, graph, legend, date and source line, as SVG.
// The SVG export nests cy.svg() in the frame; the PNG export draws the frame and then
// cy.png() on a canvas at the chosen scale (see exportImage.ts).
import { LEGEND_WIDTH, type LegendSection, legendSvg } from './legend';
import { escapeXml } from './shapes';
import { FONT_STACK } from './style';

export interface FrameInput {
  title: string;
  subtitle?: string;
  legendTitle: string;
  legend: readonly LegendSection[];
  /** e.g. "Exporté le 26/11/2026" */
  dateLine: string;
  sourceLine: string;
  graphWidth: number;
  graphHeight: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Frame {
  width: number;
  height: number;
  graph: Box;
  /** every element of the frame but the graph */
  decorations: string;
}

const M = 16;
const HEADER = 62;
const FOOTER = 44;

export function composeFrame(i: FrameInput): Frame {
  const graph: Box = { x: M, y: HEADER, w: Math.round(i.graphWidth), h: Math.round(i.graphHeight) };
  const lx = graph.x + graph.w + M;
  const legend = legendSvg(i.legend, lx, HEADER, i.legendTitle);
  const width = lx + LEGEND_WIDTH + M;
  const height = HEADER + Math.max(graph.h, Math.ceil(legend.height)) + FOOTER;
  const parts = [
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g id="title" font-family='${FONT_STACK}' fill="#111">`,
    `<text x="${M}" y="${M + 16}" font-size="20" font-weight="bold">${escapeXml(i.title)}</text>`,
    i.subtitle ? `<text x="${M}" y="${M + 36}" font-size="12" fill="#444">${escapeXml(i.subtitle)}</text>` : '',
    '</g>',
    `<rect x="${graph.x - 0.5}" y="${graph.y - 0.5}" width="${graph.w + 1}" height="${graph.h + 1}" fill="none" stroke="#cccccc"/>`,
    legend.svg,
    `<g id="footer" font-family='${FONT_STACK}' font-size="11" fill="#333">`,
    `<line x1="${M}" y1="${height - FOOTER + 8}" x2="${width - M}" y2="${height - FOOTER + 8}" stroke="#cccccc"/>`,
    `<text x="${M}" y="${height - FOOTER + 24}">${escapeXml(i.sourceLine)}</text>`,
    `<text x="${width - M}" y="${height - FOOTER + 24}" text-anchor="end">${escapeXml(i.dateLine)}</text>`,
    '</g>',
  ];
  return { width, height, graph, decorations: parts.join('') };
}

/**
 * Places a standalone SVG document (as produced by cy.svg()) in a box: the root element gets
 * x/y/width/height and a viewBox from its own size, so that it scales into the box.
 */
export function nestSvg(svg: string, box: Box): string {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/i, '');
  const open = /^<svg\b[^>]*>/.exec(body.trim());
  if (!open) throw new Error('not an SVG document');
  const tag = open[0];
  const w = Number(/\swidth="([\d.]+)/.exec(tag)?.[1] ?? box.w);
  const h = Number(/\sheight="([\d.]+)/.exec(tag)?.[1] ?? box.h);
  const attrs = tag
    .replace(/^<svg/, '')
    .replace(/>$/, '')
    .replace(/\s(x|y|width|height|viewBox|preserveAspectRatio)="[^"]*"/g, '');
  const newTag = `<svg${attrs} x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet">`;
  return newTag + body.trim().slice(tag.length);
}

/** The whole exported SVG: frame decorations around the nested graph SVG (or nothing, for the PNG background). */
export function frameSvg(f: Frame, graphSvg: string | null): string {
  const inner = graphSvg ? `<g id="graph">${nestSvg(graphSvg, f.graph)}</g>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}">` +
    f.decorations +
    inner +
    '</svg>'
  );
}

/** File name for an export: agir-<slug>-<date>.<ext> */
export function exportFileName(title: string, isoDate: string, ext: 'png' | 'svg'): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `agir-${slug || 'cartographie'}-${isoDate}.${ext}`;
}
