// Puts an overlay model on a live Cytoscape graph: sets the `an…` data fields each element should
// have and removes the others, touching only what changed, in one batch (one redraw).
import type { Core } from 'cytoscape';
import { OVERLAY_FIELDS } from './overlayStyle';
import type { OverlayData, OverlayModel } from './overlayModel';

const NONE: OverlayData = {};

export function applyOverlays(cy: Core, model: OverlayModel): void {
  let removed = false;
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const wanted = (element.isNode() ? model.nodes : model.edges).get(element.id()) ?? NONE;
      for (const field of OVERLAY_FIELDS) {
        const value = wanted[field];
        const current: unknown = element.data(field);
        if (value === undefined) {
          if (current !== undefined) {
            element.removeData(field);
            removed = true;
          }
        } else if (current !== value) {
          element.data(field, value);
        }
      }
    });
  });
  // Cytoscape's removeData, unlike data(), does not restyle the element (3.34): ask for it.
  // (A headless graph without styles has no stylesheet to update.)
  const style = cy.style() as ReturnType<Core['style']> | undefined;
  if (removed && style) style.update();
}

/** Takes every overlay off: the map looks exactly as the model draws it. */
export function clearOverlays(cy: Core): void {
  applyOverlays(cy, { nodes: new Map(), edges: new Map() });
}
