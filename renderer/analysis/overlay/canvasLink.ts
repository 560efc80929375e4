// How the analysis reaches the map's Cytoscape instance without the canvas knowing about the
// analysis: the canvas links its instance here when it creates it (and unlinks it when it goes),
// and the analysis panel reads the linked instance to draw its overlays.
import type { Core } from 'cytoscape';
import { useEffect, useSyncExternalStore } from 'react';
import { applyOverlays, clearOverlays } from './applyOverlays';
import type { OverlayModel } from './overlayModel';

let linked: Core | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Called by the canvas with its instance; returns the call that unlinks it. */
export function linkAnalysisCanvas(cy: Core): () => void {
  linked = cy;
  notify();
  return () => {
    if (linked !== cy) return;
    linked = null;
    notify();
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useLinkedCanvas(): Core | null {
  return useSyncExternalStore(subscribe, () => linked);
}

/**
 * Keeps `model` drawn on the linked canvas, also on elements the canvas adds later (an actor
 * added while the overlays are on), and takes everything off when `model` becomes null or the
 * panel goes away.
 */
export function useCanvasOverlays(model: OverlayModel | null): void {
  const cy = useLinkedCanvas();
  useEffect(() => {
    if (!cy || cy.destroyed() || model === null) return;
    applyOverlays(cy, model);
    let queued = false;
    const reapply = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (!cy.destroyed()) applyOverlays(cy, model);
      });
    };
    cy.on('add', reapply);
    return () => {
      cy.off('add', reapply);
      if (!cy.destroyed()) clearOverlays(cy);
    };
  }, [cy, model]);
}
