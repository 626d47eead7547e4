// Access to the live Cytoscape instance for the export, the shortcuts and the test/benchmark hooks.
import type { Core } from 'cytoscape';

let current: Core | null = null;

export function setCy(cy: Core | null): void {
  current = cy;
}

export function getCy(): Core | null {
  return current;
}

/** Fits the whole graph in the view (shortcut « f »). */
export function fitAll(): void {
  current?.fit(undefined, 30);
}
