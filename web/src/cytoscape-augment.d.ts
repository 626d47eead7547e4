// cytoscape-svg adds cy.svg(); it ships no types.
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
  }
}
