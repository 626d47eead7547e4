// Diagram export in the browser: PNG (frame drawn on a canvas, then cy.png()) and SVG (cy.svg() nested in the frame).
import type { Core } from 'cytoscape';
import { composeFrame, type FrameInput, frameSvg, type Measure, nestSvg } from './graph/exportFrame';
import { FONT_STACK } from './graph/style';

export type FrameText = Omit<FrameInput, 'graphWidth' | 'graphHeight' | 'measure'>;

/** Text widths measured by the browser, in the font of the export. */
function browserMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, bold) => {
    if (!ctx) return text.length * size * 0.62;
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT_STACK}`;
    return ctx.measureText(text).width;
  };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image could not be decoded'));
    img.src = src;
  });
}

/**
 * The outlines drawn under the geographic layout (components/GeoOutlines.tsx), as SVG markup with
 * their look inlined, in the graph's screen coordinates; null when the layer is not shown.
 */
function outlineMarkup(cy: Core): string | null {
  const layer = cy.container()?.parentElement?.querySelector<SVGGElement>('svg.geo-outlines > g');
  if (!layer) return null;
  const g = layer.cloneNode(true) as SVGGElement;
  const originals = layer.querySelectorAll('path');
  g.querySelectorAll('path').forEach((path, i) => {
    const cs = getComputedStyle(originals[i] as Element);
    path.removeAttribute('class');
    path.setAttribute('fill', cs.fill);
    path.setAttribute('stroke', cs.stroke);
    path.setAttribute('stroke-width', cs.strokeWidth);
    path.setAttribute('vector-effect', 'non-scaling-stroke');
  });
  return g.outerHTML;
}

/** A white page of the graph's size with the outlines on it. */
function outlinePage(w: number, h: number, outline: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#ffffff"/>${outline}</svg>`;
}

export async function exportPng(cy: Core, text: FrameText, scale: number): Promise<{ blob: Blob; width: number; height: number }> {
  const frame = composeFrame({ ...text, graphWidth: cy.width(), graphHeight: cy.height(), measure: browserMeasure() });
  const width = Math.round(frame.width * scale);
  const height = Math.round(frame.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const background = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(frameSvg(frame, null))}`);
  ctx.drawImage(background, 0, 0, width, height);
  const g = frame.graph;
  const outline = outlineMarkup(cy);
  if (outline) {
    const page = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(outlinePage(cy.width(), cy.height(), outline))}`);
    ctx.drawImage(page, g.x * scale, g.y * scale, g.w * scale, g.h * scale);
  }
  // over the outlines, the graph without its own background
  const graphBlob = (await cy.png({ output: 'blob-promise', scale, full: false, ...(outline ? {} : { bg: '#ffffff' }) })) as Blob;
  const bitmap = await createImageBitmap(graphBlob);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, g.x * scale, g.y * scale, g.w * scale, g.h * scale);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  return { blob, width, height };
}

export function exportSvg(cy: Core, text: FrameText): { text: string; width: number; height: number } {
  const frame = composeFrame({ ...text, graphWidth: cy.width(), graphHeight: cy.height(), measure: browserMeasure() });
  const outline = outlineMarkup(cy);
  let graph: string;
  if (outline) {
    // the outlines first, then the graph without its own background, in one SVG of the graph's size
    const w = cy.width();
    const h = cy.height();
    const page = outlinePage(w, h, outline);
    graph = `${page.slice(0, -'</svg>'.length)}${nestSvg(cy.svg({ full: false, scale: 1 }), { x: 0, y: 0, w, h })}</svg>`;
  } else graph = cy.svg({ full: false, scale: 1, bg: '#ffffff' });
  return { text: frameSvg(frame, graph), width: frame.width, height: frame.height };
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
