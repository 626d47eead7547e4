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
  /** width of a text in px (the browser measures it; default: an estimate) */
  measure?: Measure;
}

/** Width in px of `text` at `size` px (bold or not). */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A generous estimate (0.6 em per character), for when no browser measures. */
const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.56);

/** Words wrapped on lines no wider than `width`. */
export function wrapText(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && measure(next, size, bold) > width) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
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
const FOOTER = 44;
const TITLE_SIZE = 20;
const TITLE_LINE = 24;
const SUBTITLE_SIZE = 12;
const SUBTITLE_LINE = 16;

export function composeFrame(i: FrameInput): Frame {
  const measure = i.measure ?? estimate;
  const gw = Math.round(i.graphWidth);
  const width = M + gw + M + LEGEND_WIDTH + M;
  // title and subtitle wrap within the image (filters can make a long subtitle)
  const textWidth = width - 2 * M;
  const titleLines = wrapText(i.title, textWidth, TITLE_SIZE, true, measure);
  const subLines = i.subtitle ? wrapText(i.subtitle, textWidth, SUBTITLE_SIZE, false, measure) : [];
  const header = M + titleLines.length * TITLE_LINE + subLines.length * SUBTITLE_LINE + 10;
  const graph: Box = { x: M, y: header, w: gw, h: Math.round(i.graphHeight) };
  const lx = graph.x + graph.w + M;
  const legend = legendSvg(i.legend, lx, header, i.legendTitle);
  const height = header + Math.max(graph.h, Math.ceil(legend.height)) + FOOTER;
  const titleY = (k: number) => M + 18 + k * TITLE_LINE;
  const subY = (k: number) => M + titleLines.length * TITLE_LINE + 12 + k * SUBTITLE_LINE;
  const parts = [
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g id="title" font-family='${FONT_STACK}' fill="#111">`,
    ...titleLines.map((l, k) => `<text x="${M}" y="${titleY(k)}" font-size="${TITLE_SIZE}" font-weight="bold">${escapeXml(l)}</text>`),
    ...subLines.map((l, k) => `<text x="${M}" y="${subY(k)}" font-size="${SUBTITLE_SIZE}" fill="#444">${escapeXml(l)}</text>`),
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
