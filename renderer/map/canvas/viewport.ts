// Zoom, pan and fit. "Fit" shows the whole of the rings and the names of the networks, so the
// young person always sees the circles, not only the people already placed.
import type { Core } from 'cytoscape';
import { bandOf, type MapGeometry } from '../layout/geometry';
import { SECTOR_LABEL_REACH } from './ringsPaths';

/** A small map would otherwise fill the screen with giant circles. */
export const MAX_FIT_ZOOM = 1.2;
/** Screen pixels kept around the fitted rings, and above them for the primary network's name. */
const MARGIN = 16;
const LABEL_ROOM = 30;
/** Screen pixels the names of the two secondary networks take beside the rings. */
const SIDE_LABEL = 150;
/** How far out those names start, as a share of the radius (cos 64°, ringsPaths.ts). */
const SIDE_LABEL_START = 0.44;

export function fitView(cy: Core, geometry: MapGeometry) {
  const radius = bandOf(geometry, 'outside').outer + SECTOR_LABEL_REACH;
  const nodes = cy.nodes();
  const box = nodes.nonempty() ? nodes.boundingBox() : null;
  const { x: cx, y: cy0 } = geometry.centre;
  const x1 = Math.min(cx - radius, box?.x1 ?? Infinity);
  const x2 = Math.max(cx + radius, box?.x2 ?? -Infinity);
  const y1 = Math.min(cy0 - radius, box?.y1 ?? Infinity);
  const y2 = Math.max(cy0 + radius, box?.y2 ?? -Infinity);
  const width = Math.max(1, cy.width() - 2 * MARGIN);
  const height = Math.max(1, cy.height() - 2 * (MARGIN + LABEL_ROOM));
  // The names beside the rings must fit too: half the width holds 0.47 R and the name.
  const besides = Math.max(1, width / 2 - SIDE_LABEL) / (SIDE_LABEL_START * radius);
  const fitted = Math.min(width / (x2 - x1), height / (y2 - y1), besides, MAX_FIT_ZOOM);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fitted));
  const pan = {
    x: cy.width() / 2 - ((x1 + x2) / 2) * zoom,
    y: cy.height() / 2 - ((y1 + y2) / 2) * zoom,
  };
  return { zoom, pan };
}

export function fitRings(cy: Core, geometry: MapGeometry, animate: boolean): void {
  const target = fitView(cy, geometry);
  cy.stop(true);
  if (animate && !prefersReducedMotion()) cy.animate(target, { duration: 250 });
  else cy.viewport(target);
}

export function zoomBy(cy: Core, factor: number): void {
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
}

export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Screen pixels a new node must keep from the edges, or the view refits to show it. */
const VIEW_MARGIN = 70;

/** Whether a node sits well inside the viewport, clear of the edges and the toolbar. */
export function inView(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (!node.isNode()) return true;
  const { x, y } = node.position();
  const view = cy.extent();
  const margin = VIEW_MARGIN / cy.zoom();
  return (
    x >= view.x1 + margin && x <= view.x2 - margin && y >= view.y1 + margin && y <= view.y2 - margin
  );
}

/** Whether the rings (not their names) lie inside the viewport. */
export function ringsInView(cy: Core, geometry: MapGeometry): boolean {
  const radius = bandOf(geometry, 'outside').outer;
  const view = cy.extent();
  const { x, y } = geometry.centre;
  return (
    x - radius >= view.x1 && x + radius <= view.x2 && y - radius >= view.y1 && y + radius <= view.y2
  );
}
