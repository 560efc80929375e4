// Types of cytoscape-svg (it ships none): a Cytoscape extension adding `cy.svg()`.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const extension: cytoscape.Ext;
  export default extension;
}

declare namespace cytoscape {
  interface Core {
    /** The graph as an SVG document (cytoscape-svg). */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
