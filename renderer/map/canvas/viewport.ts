// Zoom, pan and fit. "Fit" shows the whole ring drawing with the names of the networks, and
// every actor, so the young person always sees the circles, not only the people placed
// (framing.ts), beside the toolbar's column rather than under it. The view stays fitted when the canvas changes size (a panel folds, the window
// is resized) until the user zooms or pans.
import type { Core } from 'cytoscape';
import type { MapGeometry } from '../layout/geometry';
import type { Sphere } from '../model/enums';
import {
  fitFrame,
  frameOnScreen,
  ringFrame,
  type Frame,
  type LabelSize,
  type Viewport,
} from './framing';

/** A small map would otherwise fill the screen with giant circles. */
export const MAX_FIT_ZOOM = 1.2;
/** Screen pixels kept free around the fitted drawing. */
export const FIT_MARGIN = 16;
/** Screen pixels between the toolbar and the drawing, besides FIT_MARGIN. */
const TOOLBAR_GAP = 4;

/** The networks' names as drawn now, in screen pixels (none where they are not laid out). */
function measuredLabels(cy: Core): Partial<Record<Sphere, LabelSize>> {
  const root = cy.container()?.parentElement;
  const sizes: Partial<Record<Sphere, LabelSize>> = {};
  root?.querySelectorAll<SVGTextElement>('.map-sector-label[data-sphere]').forEach((text) => {
    const { width, height } = text.getBoundingClientRect();
    if (width > 0 && height > 0) sizes[text.dataset.sphere as Sphere] = { width, height };
  });
  return sizes;
}

/** The strip the toolbar's buttons take along the canvas's right edge, with a gap, in pixels. */
function toolbarStrip(cy: Core): number {
  const root = cy.container()?.parentElement;
  if (!root) return 0;
  const edge = root.getBoundingClientRect().right;
  let left = edge;
  root.querySelectorAll<HTMLElement>('.map-tools-column .map-tool').forEach((button) => {
    const box = button.getBoundingClientRect();
    if (box.width > 0) left = Math.min(left, box.left);
  });
  return left < edge ? edge - left + TOOLBAR_GAP : 0;
}

/** What fit frames now: the rings, the networks' names and the actors. */
export function currentFrame(cy: Core, geometry: MapGeometry): Frame {
  const nodes = cy.nodes();
  return ringFrame(geometry, measuredLabels(cy), nodes.nonempty() ? nodes.boundingBox() : null);
}

export function fitView(cy: Core, geometry: MapGeometry): Viewport {
  return fitFrame(
    currentFrame(cy, geometry),
    { width: cy.width(), height: cy.height() },
    {
      margin: FIT_MARGIN,
      minZoom: cy.minZoom(),
      maxZoom: Math.min(cy.maxZoom(), MAX_FIT_ZOOM),
      right: toolbarStrip(cy),
    },
  );
}

/** The viewport each instance was last fitted to. */
const lastFit = new WeakMap<Core, Viewport>();

export function fitRings(cy: Core, geometry: MapGeometry, animate: boolean): void {
  const target = fitView(cy, geometry);
  // The map's notes (top left) keep clear of the primary network's name, centred on the drawing.
  cy.container()?.parentElement?.style.setProperty('--toolbar-strip', `${toolbarStrip(cy)}px`);
  lastFit.set(cy, target);
  cy.stop(true);
  if (animate && !prefersReducedMotion()) cy.animate(target, { duration: 250 });
  else cy.viewport(target);
}

/** Whether the view is still as the last fit left it (or on its way there): not zoomed or
 * panned since. */
export function isFitted(cy: Core): boolean {
  const target = lastFit.get(cy);
  if (!target) return false;
  if (cy.animated()) return true;
  const pan = cy.pan();
  const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
  return (
    Math.abs(cy.zoom() - target.zoom) < 1e-3 &&
    near(pan.x, target.pan.x) &&
    near(pan.y, target.pan.y)
  );
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

/** Whether the whole ring drawing, the networks' names included, lies inside the viewport. */
export function ringsInView(cy: Core, geometry: MapGeometry): boolean {
  const box = frameOnScreen(ringFrame(geometry, measuredLabels(cy)), {
    zoom: cy.zoom(),
    pan: cy.pan(),
  });
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
}
