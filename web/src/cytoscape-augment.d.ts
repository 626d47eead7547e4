// cytoscape-svg adds cy.svg(); it ships no types. Also a core method the bundled types miss.
import 'cytoscape';

declare module 'cytoscape' {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    bg?: string;
    maxWidth?: number;
    maxHeight?: number;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
    /** time within which two clicks are a double click (getter and setter; missing from the bundled types) */
    multiClickDebounceTime(ms?: number): number;
  }
}
