// The Cytoscape stylesheet: one stable object built from the palette.
import type { StylesheetJson } from 'cytoscape';
import { HL } from './palette';

type Block = { selector: string; style: Record<string, string | number | number[]> };

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** Labels smaller than this on screen (px) are hidden rather than drawn unreadable. */
export const MIN_LABEL_PX = 9;
/** Font size of the answers' labels (full names, wrapped). */
export const ANSWER_FONT = 13;

/** The nodes that answer a question: labelled with their full name, wrapped, never cut. */
const ANSWER_NODES = ['cov-full', 'cov-partial', 'cov-any', 'cov-via', 'hl-pair', 'cir-root', 'cir-d1', 'cir-d2', 'cir-d3', 'cir-d4'];

export function buildStylesheet(): StylesheetJson {
  const blocks: Block[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 12,
        color: '#111111',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_LABEL_PX,
        // The look of each node comes from its data (see elements.ts and palette.ts): one rule
        // instead of one per kind keeps style computation fast on large graphs.
        shape: 'data(shape)',
        'background-color': 'data(fill)',
        'border-color': 'data(border)',
        'border-width': 'data(bw)',
        'border-style': 'data(bstyle)',
        width: 'data(w)',
        height: 'data(h)',
      },
    },
    { selector: 'node.t-Programme', style: { 'font-weight': 'bold' } },
    // an ended programme: out of the analyses, drawn faint with a dotted border
    { selector: 'node.ended', style: { 'background-opacity': 0.3, 'border-style': 'dotted', color: '#555555', 'font-weight': 'normal' } },
    { selector: 'node.t-Barrier, node.t-Domain, node.t-Public, node.t-Territory', style: { 'font-size': 10, color: '#333333' } },
    {
      selector: 'edge',
      style: {
        width: 'data(lw)',
        'line-color': 'data(color)',
        'line-style': 'data(lstyle)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'data(tarrow)',
        'target-arrow-color': 'data(color)',
        'source-arrow-shape': 'data(sarrow)',
        'source-arrow-color': 'data(color)',
        'arrow-scale': 0.9,
        opacity: 0.9,
      },
    },
    // Large graphs: no labels (unreadable at that scale, and costly to measure), except on the
    // selected node and on the answers of a question; straight edges without arrows.
    { selector: 'node.fast', style: { label: '', 'text-background-opacity': 0 } },
    {
      selector: ['node.fast:selected', ...ANSWER_NODES.map((c) => `node.fast.${c}`)].join(', '),
      style: { label: 'data(label)' },
    },
    // Answers: the full name, wrapped on several lines (the short label cuts long names).
    {
      selector: ANSWER_NODES.map((c) => `node.${c}`).join(', '),
      style: { label: 'data(name)', 'font-size': ANSWER_FONT, 'text-max-width': '170px', 'text-wrap': 'wrap', 'text-background-opacity': 0.85 },
    },
    { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' } },
    // Level of detail (lod.ts): groups labelled in the middle; an open group is a light frame around its members.
    {
      selector: 'node.t-Group',
      style: { 'font-size': 14, 'font-weight': 'bold', 'text-valign': 'center', 'text-max-width': '160px', 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node.t-Group.open',
      style: { 'background-opacity': 0.25, 'text-valign': 'top', 'text-margin-y': -4, 'border-style': 'dashed', padding: '24px' },
    },
    {
      selector: 'edge.grp',
      style: { label: 'data(links)', 'font-size': 11, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'curve-style': 'bezier' },
    },
    // Analysis overlays
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0.25 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    // No 'double' borders on answers: the SVG export cannot draw them; a halo (underlay) instead.
    {
      selector: 'node.cov-full',
      style: {
        'border-width': 5,
        'border-color': HL.coverFull,
        'border-style': 'solid',
        'underlay-color': HL.coverFull,
        'underlay-opacity': 0.35,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: 'node.cov-any', style: { 'border-width': 4, 'border-color': HL.coverAny, 'border-style': 'solid', 'z-index': 20 } },
    { selector: 'node.cov-partial', style: { 'border-width': 4, 'border-color': HL.coverPartial, 'border-style': 'dashed', 'z-index': 19 } },
    { selector: 'node.cov-via', style: { 'border-width': 4, 'border-color': HL.via, 'z-index': 18 } },
    { selector: 'node.cov-target', style: { 'border-width': 3, 'border-color': '#B2182B', 'z-index': 18 } },
    { selector: 'edge.cov-path', style: { width: 4, 'line-color': '#333333', 'target-arrow-color': '#333333', 'z-index': 17 } },
    {
      selector: 'edge.hl-overlap',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 30,
        // A white core with a coloured outline reads as a double line (edges have no 'double' style).
        'line-color': '#ffffff',
        'line-style': 'solid',
        'line-outline-width': 2.5,
        'line-outline-color': HL.overlap,
        width: 'mapData(score, 0, 1, 2, 12)',
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
        label: 'data(label)',
        'font-size': 10,
        'font-family': FONT_STACK,
        color: HL.overlap,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'z-index': 30,
        opacity: 1,
      },
    },
    {
      selector: 'edge.hl-gap',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': -30,
        'line-color': HL.gap,
        'line-style': 'dashed',
        'line-dash-pattern': [8, 5],
        width: 'mapData(strength, 1, 5, 2, 10)',
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
        label: 'data(label)',
        'font-size': 10,
        'font-family': FONT_STACK,
        color: HL.gap,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'z-index': 30,
        opacity: 1,
      },
    },
    { selector: 'node.hl-pair', style: { 'border-width': 3.5, 'z-index': 20 } },
    {
      selector: 'node.cir-root',
      style: {
        'border-width': 5,
        'border-color': HL.cirRoot,
        'border-style': 'solid',
        'underlay-color': '#000000',
        'underlay-opacity': 0.25,
        'underlay-padding': 8,
        'font-weight': 'bold',
        width: 58,
        height: 32,
      },
    },
    ...HL.cirDistance
      .slice(1)
      .map((c, i) => ({ selector: `node.cir-d${i + 1}`, style: { 'background-color': c, 'border-width': 3, 'border-color': '#1a1a1a' } })),
    {
      selector: 'node.cir-unlinked',
      style: { 'background-color': '#ffffff', 'border-color': HL.cirUnlinked, 'border-width': 4, 'border-style': 'dashed', color: HL.cirUnlinked },
    },
    { selector: 'node.search-hit', style: { 'overlay-color': HL.select, 'overlay-opacity': 0.25, 'overlay-padding': 8 } },
    { selector: 'node:selected', style: { 'overlay-color': HL.select, 'overlay-opacity': 0.3, 'overlay-padding': 6, 'z-index': 40 } },
    { selector: 'edge:selected', style: { 'overlay-color': HL.select, 'overlay-opacity': 0.3 } },
    { selector: 'node.expanded', style: { 'outline-width': 3, 'outline-color': '#555555', 'outline-style': 'dotted', 'outline-offset': 3 } },
  ];
  return blocks as unknown as StylesheetJson;
}
