// Hooks for the end-to-end tests and the benchmark (window.__agir): the live Cytoscape instance,
// a synthetic graph shown through the same path as the server's data, and a panning frame meter.
import { getCy } from './cyRegistry';
import { toElements } from './graph/elements';
import { FCOSE_DRAFT_ABOVE } from './graph/layouts';
import { syntheticGraph } from './graph/synthetic';
import { showGraph } from './store';

export interface SyntheticResult {
  elements: number;
  addMs: number;
  layoutMs: number;
  drawMs: number;
  totalMs: number;
  quality: string;
}

declare global {
  interface Window {
    __agir?: Record<string, unknown> & { firstReadyMs?: number };
  }
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const graphEl = () => document.querySelector<HTMLElement>('[data-testid=graph]');
const lastMeasure = (name: string) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? 0;

/** Shows a synthetic graph of about `n` elements and times it until it is laid out and drawn. */
async function loadSynthetic(n: number): Promise<SyntheticResult> {
  const g = syntheticGraph(n, 42);
  const expected = toElements(g).length;
  performance.clearMeasures();
  const t0 = performance.now();
  showGraph(g);
  for (;;) {
    await nextFrame();
    const cy = getCy();
    if (cy && cy.elements().length === expected && graphEl()?.dataset.ready === 'true') break;
  }
  const totalMs = performance.now() - t0;
  const layoutMs = lastMeasure('agir:layout');
  const drawMs = lastMeasure('agir:frames');
  return { elements: expected, addMs: totalMs - layoutMs - drawMs, layoutMs, drawMs, totalMs, quality: expected > FCOSE_DRAFT_ABOVE ? 'draft' : 'default' };
}

/** A mouse drag on the canvas for `durationMs`, as a user pans (the renderer then draws a cached texture). */
async function panFrames(durationMs: number) {
  const cy = getCy();
  if (!cy) throw new Error('no graph');
  const container = cy.container() as HTMLElement;
  const target = (container.querySelector('canvas:last-of-type') ?? container) as HTMLElement;
  const box = target.getBoundingClientRect();
  // from the top-left corner: empty after a fit with padding (a press on a node would drag it)
  let x = box.left + 4;
  let y = box.top + 4;
  const mouse = (type: string, el: EventTarget) =>
    el.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  mouse('mousedown', target);
  await nextFrame();
  const start = performance.now();
  let frames = 0;
  let last = start;
  const deltas: number[] = [];
  let dir = 1;
  while (performance.now() - start < durationMs) {
    x += 5 * dir;
    y += 3 * dir;
    if (frames % 40 === 39) dir = -dir;
    mouse('mousemove', window);
    await nextFrame();
    const now = performance.now();
    deltas.push(now - last);
    last = now;
    frames++;
  }
  const ms = performance.now() - start;
  mouse('mouseup', window);
  return { frames, ms, fps: (frames * 1000) / ms, meanFrameMs: deltas.reduce((s, d) => s + d, 0) / Math.max(1, deltas.length) };
}

export function installTestHooks(): void {
  window.__agir = { ...(window.__agir ?? {}), cy: getCy, loadSynthetic, panFrames };
}
