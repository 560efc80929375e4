// A map to look at, not to edit: a snapshot, or a comparison drawn as one map. Pan and zoom
// only; nothing can be dragged or selected. Every instance is listed on
// `window.__maillageReviews.maps` for end-to-end tests (they read the labels drawn).
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';

declare global {
  interface Window {
    __maillageReviews?: { maps: Core[] };
  }
}

interface ReadOnlyMapProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  label: string;
  className?: string;
}

const FIT_PADDING = 50;
const MAX_FIT_ZOOM = 1.3;

export function ReadOnlyMap({ elements, stylesheet, label, className }: ReadOnlyMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: stylesheet,
      minZoom: 0.15,
      maxZoom: 3,
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    const registry = (window.__maillageReviews ??= { maps: [] });
    registry.maps.push(cy);
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cy.resize();
            fit(cy);
          });
    if (resize && containerRef.current) resize.observe(containerRef.current);
    return () => {
      resize?.disconnect();
      registry.maps = registry.maps.filter((other) => other !== cy);
      cy.destroy();
      cyRef.current = null;
    };
    // The stylesheet is fixed for the life of the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    fit(cy);
  }, [elements]);

  return (
    <div
      ref={containerRef}
      className={className ?? 'read-only-map'}
      role="img"
      aria-label={label}
    />
  );
}

function fit(cy: Core): void {
  if (cy.elements().empty()) return;
  cy.fit(undefined, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM);
  cy.center();
}
