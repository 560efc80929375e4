// A map to look at, not to edit: a snapshot, or a comparison drawn as one map. Pan and zoom
// only; nothing can be dragged or selected. Every instance is listed on
// `window.__maillageReviews.maps` for end-to-end tests (they read the labels drawn).
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { syncElements } from '../map/canvas/syncElements';

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

const FIT_PADDING = 60;
/**
 * A whole large map fitted in a panel makes its labels a few pixels high: unreadable, and the
 * most expensive part of a drawing. Below this size on screen they are left out until one zooms.
 */
const QUICK_DRAW = [{ selector: 'node, edge', style: { 'min-zoomed-font-size': 7 } }];
const MAX_FIT_ZOOM = 1.3;

export function ReadOnlyMap({ elements, stylesheet, label, className }: ReadOnlyMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: [...(stylesheet as unknown[]), ...QUICK_DRAW] as StylesheetJson,
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
    // The first time, everything in one call; then only what differs is touched, so switching
    // between two comparisons redraws little.
    if (cy.elements().empty()) cy.add(elements);
    else syncElements(cy, elements);
    fit(cy);
    // Counts the frames drawn after a change: tests and benchmarks wait for it.
    const container = containerRef.current;
    cy.one('render', () => {
      if (container) container.dataset.drawn = String(Number(container.dataset.drawn ?? 0) + 1);
    });
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

/**
 * Fits the nodes' own boxes (labels left out): measuring every label would cost more than drawing
 * the whole map, and the padding leaves room for them.
 */
function fit(cy: Core): void {
  const nodes = cy.nodes();
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const width = cy.width();
  const height = cy.height();
  if (width <= 0 || height <= 0) return;
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (width - 2 * FIT_PADDING) / Math.max(box.w, 1),
    (height - 2 * FIT_PADDING) / Math.max(box.h, 1),
  );
  cy.viewport({
    zoom,
    pan: {
      x: width / 2 - zoom * (box.x1 + box.w / 2),
      y: height / 2 - zoom * (box.y1 + box.h / 2),
    },
  });
}
