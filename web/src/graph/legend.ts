// Legend content (from what is on screen and the active question) and its SVG drawing,
// shared by the on-screen legend and the exported images.

import type { T as Translate } from '../i18n';
import { ACTOR_LOOK, CONTEXT_LOOK, type EdgeLook, edgeLook, LINK_LOOK, type NodeLook, PROGRAMME_LOOK } from './palette';
import { escapeXml, shapeSvg } from './shapes';
import { FONT_STACK } from './style';
import { ACTOR_KINDS, type GraphData, LINK_TYPES, PROGRAMME_KINDS } from './types';

export type LegendEntry = { type: 'node'; look: NodeLook; label: string } | { type: 'edge'; look: EdgeLook; label: string };
export interface LegendSection {
  title: string;
  entries: LegendEntry[];
}

/** The question's part of the legend; `recolours`: the answer replaces the actors' colours. */
export interface QuestionLegend {
  title: string;
  entries: LegendEntry[];
  recolours?: boolean;
}

/** Neutral fill of the actor kinds when an answer recolours the actors (kind = shape, answer = colour). */
export const NEUTRAL_FILL = '#ffffff';

export function legendSections(g: GraphData, question: QuestionLegend | null, t: Translate): LegendSection[] {
  const kinds = new Set(g.nodes.map((n) => `${n.type}:${n.kind ?? ''}`));
  const types = new Set(g.nodes.map((n) => n.type));
  const edgeTypes = new Set(g.edges.map((e) => e.type));
  const sections: LegendSection[] = [];

  if (question?.entries.length) sections.push({ title: question.title, entries: question.entries });

  const actors = ACTOR_KINDS.filter((k) => kinds.has(`Actor:${k}`)).map((k): LegendEntry => {
    const look = ACTOR_LOOK[k] as NodeLook;
    return { type: 'node', look: question?.recolours ? { ...look, fill: NEUTRAL_FILL } : look, label: t(`actorKind.${k}`) };
  });
  if (actors.length) sections.push({ title: t('legend.actors'), entries: actors });
  const progs = PROGRAMME_KINDS.filter((k) => kinds.has(`Programme:${k}`)).map(
    (k): LegendEntry => ({ type: 'node', look: PROGRAMME_LOOK[k] as NodeLook, label: t(`programmeKind.${k}`) }),
  );
  if (g.nodes.some((n) => n.ended))
    progs.push({ type: 'node', look: { ...(PROGRAMME_LOOK.COMMON_LAW as NodeLook), fill: '#ffffff', borderStyle: 'dotted' }, label: t('legend.ended') });
  if (progs.length) sections.push({ title: t('legend.programmes'), entries: progs });
  const others = (['Barrier', 'Domain', 'Public', 'Territory'] as const)
    .filter((x) => types.has(x))
    .map((x): LegendEntry => ({ type: 'node', look: CONTEXT_LOOK[x], label: t(`nodeType.${x}`) }));
  if (others.length) sections.push({ title: t('legend.others'), entries: others });
  const links = LINK_TYPES.filter((l) => edgeTypes.has(l)).map(
    (l): LegendEntry => ({ type: 'edge', look: LINK_LOOK[l] as EdgeLook, label: t(`linkType.${l}`) }),
  );
  if ([...edgeTypes].some((e) => !(LINK_TYPES as readonly string[]).includes(e)))
    links.push({ type: 'edge', look: edgeLook('ADDRESSES'), label: t('legend.contextEdge') });
  if (links.length) sections.push({ title: t('legend.links'), entries: links });
  return sections;
}

export const ring = (border: string, style: NodeLook['borderStyle'], width: number, fill = '#ffffff'): NodeLook => ({
  shape: 'ellipse',
  fill,
  border,
  borderStyle: style,
  borderWidth: width,
  width: 28,
  height: 28,
});

export const LEGEND_WIDTH = 250;
const ROW = 20;
const TITLE_ROW = 22;
const FONT = 12;
const CHARS_PER_LINE = 30;

function wrap(text: string, max = CHARS_PER_LINE): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && `${cur} ${w}`.length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

function dashArray(style: string, width: number): string {
  if (style === 'dashed') return ` stroke-dasharray="${(3 * width).toFixed(1)} ${(2 * width).toFixed(1)}"`;
  if (style === 'dotted') return ` stroke-dasharray="${width.toFixed(1)} ${(1.5 * width).toFixed(1)}"`;
  return '';
}

/** The glyph of an entry, drawn in a 36×16 box whose top-left corner is (x, y). */
export function glyphSvg(e: LegendEntry, x: number, y: number): string {
  const cx = x + 18;
  const cy = y + 8;
  if (e.type === 'node') {
    const l = e.look;
    const ratio = l.width / l.height;
    const ry = 7;
    const rx = Math.min(16, ry * ratio);
    const bw = Math.min(l.borderWidth, 4);
    const halo = l.halo
      ? shapeSvg(
          l.shape === 'ellipse' ? 'ellipse' : 'round-rectangle',
          cx,
          cy,
          rx + 3.5,
          Math.min(ry + 3.5, 8),
          `fill="${l.halo}" fill-opacity="0.35" stroke="none"`,
        )
      : '';
    if (l.borderStyle === 'double') {
      return (
        shapeSvg(l.shape, cx, cy, rx, ry, `fill="${l.fill}" stroke="${l.border}" stroke-width="${bw * 0.9}"`) +
        shapeSvg(l.shape, cx, cy, Math.max(rx - bw, 2), Math.max(ry - bw, 2), `fill="none" stroke="${l.border}" stroke-width="1"`)
      );
    }
    return halo + shapeSvg(l.shape, cx, cy, rx, ry, `fill="${l.fill}" stroke="${l.border}" stroke-width="${bw}"${dashArray(l.borderStyle, bw)}`);
  }
  const l = e.look;
  const w = Math.min(l.width, 10);
  const x1 = x + 2;
  const x2 = x + 34;
  let s = '';
  if (l.lineStyle === 'double') {
    const off = Math.max(w / 3, 1.5);
    s += `<line x1="${x1}" y1="${cy - off}" x2="${x2}" y2="${cy - off}" stroke="${l.color}" stroke-width="${(w / 3).toFixed(1)}"/>`;
    s += `<line x1="${x1}" y1="${cy + off}" x2="${x2}" y2="${cy + off}" stroke="${l.color}" stroke-width="${(w / 3).toFixed(1)}"/>`;
  } else {
    s += `<line x1="${x1}" y1="${cy}" x2="${x2 - (l.targetArrow === 'none' ? 0 : 5)}" y2="${cy}" stroke="${l.color}" stroke-width="${w}"${dashArray(l.lineStyle, w)}/>`;
  }
  if (l.targetArrow === 'triangle' || l.targetArrow === 'vee')
    s += `<polygon points="${x2 - 7},${cy - 4.5} ${x2},${cy} ${x2 - 7},${cy + 4.5}" fill="${l.color}"/>`;
  if (l.targetArrow === 'diamond') s += `<polygon points="${x2 - 10},${cy} ${x2 - 5},${cy - 4.5} ${x2},${cy} ${x2 - 5},${cy + 4.5}" fill="${l.color}"/>`;
  if (l.targetArrow === 'circle') s += `<circle cx="${x2 - 3}" cy="${cy}" r="3.5" fill="${l.color}"/>`;
  if (l.sourceArrow === 'circle') s += `<circle cx="${x1 + 3}" cy="${cy}" r="3.5" fill="${l.color}"/>`;
  return s;
}

/** The legend as SVG elements in a group at (x, y); returns its height. */
export function legendSvg(sections: readonly LegendSection[], x: number, y: number, title: string): { svg: string; height: number } {
  const parts: string[] = [];
  let cy = y;
  parts.push(`<text x="${x}" y="${cy + 14}" font-size="14" font-weight="bold">${escapeXml(title)}</text>`);
  cy += TITLE_ROW + 4;
  for (const s of sections) {
    parts.push(`<text x="${x}" y="${cy + 13}" font-size="${FONT}" font-weight="bold" fill="#333">${escapeXml(s.title)}</text>`);
    cy += TITLE_ROW;
    for (const e of s.entries) {
      const lines = wrap(e.label);
      parts.push(glyphSvg(e, x, cy + 1));
      lines.forEach((line, i) => {
        parts.push(`<text x="${x + 42}" y="${cy + 13 + i * 14}" font-size="${FONT}">${escapeXml(line)}</text>`);
      });
      cy += Math.max(ROW, lines.length * 14 + 6);
    }
    cy += 6;
  }
  const height = cy - y;
  return {
    svg: `<g id="legend" class="legend" font-family='${FONT_STACK}' fill="#111">${parts.join('')}</g>`,
    height,
  };
}
