// What "fit" frames, and how: the whole ring drawing (the bands out to the dashed "outside"
// circle), the actors wherever they are, and the names of the three networks beyond the rings.
// Those names keep their size on screen whatever the zoom (RingsLayer), so they are pinned
// boxes: a point of the map with screen pixels around it. The zoom is the largest one at which
// everything lies inside the view, a margin from its edges and clear of what is reserved along
// them (the toolbar's strip on the right). Pure: tested without a browser.
import { bandOf, type MapGeometry, type Point } from '../layout/geometry';
import type { Sphere } from '../model/enums';
import { sectorLabelSpots } from './ringsPaths';

/** A box in map units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Something drawn at a constant size on screen: pixels around a point of the map. */
export interface Pinned {
  at: Point;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Frame {
  boxes: Box[];
  pinned: Pinned[];
}

export interface LabelSize {
  width: number;
  height: number;
}

/**
 * The networks' names as drawn in French (16 px bold; two lines for the secondary ones), a
 * little generous: used when they cannot be measured on screen.
 */
export const DEFAULT_LABEL_SIZE: Record<Sphere, LabelSize> = {
  primary: { width: 160, height: 20 },
  informal_secondary: { width: 180, height: 40 },
  formal_secondary: { width: 180, height: 40 },
};

/** The ring drawing's own box: the circle of the outermost band. */
export function ringsBox(geometry: MapGeometry): Box {
  const radius = bandOf(geometry, 'outside').outer;
  const { x, y } = geometry.centre;
  return { x1: x - radius, y1: y - radius, x2: x + radius, y2: y + radius };
}

/** The rings, the networks' names (of the given sizes) and, when given, the actors' box. */
export function ringFrame(
  geometry: MapGeometry,
  labels: Partial<Record<Sphere, LabelSize>> = {},
  actors: Box | null = null,
): Frame {
  const pinned = sectorLabelSpots(geometry).map((spot): Pinned => {
    const { width, height } = labels[spot.sphere] ?? DEFAULT_LABEL_SIZE[spot.sphere];
    const left = spot.anchor === 'start' ? 0 : spot.anchor === 'end' ? width : width / 2;
    return { at: spot.at, left, right: width - left, top: height / 2, bottom: height / 2 };
  });
  return { boxes: actors ? [ringsBox(geometry), actors] : [ringsBox(geometry)], pinned };
}

export interface FitLimits {
  /** Screen pixels kept free along every edge of the view. */
  margin: number;
  minZoom: number;
  maxZoom: number;
  /** Screen pixels taken along the right edge (the toolbar), besides the margin. */
  right?: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

/** Along one axis: a coordinate of the map, with screen pixels before and after it. */
interface Mark {
  at: number;
  before: number;
  after: number;
}

function marks(frame: Frame, axis: 'x' | 'y'): Mark[] {
  const [from, to] = axis === 'x' ? (['x1', 'x2'] as const) : (['y1', 'y2'] as const);
  return [
    ...frame.boxes.flatMap((box) => [
      { at: box[from], before: 0, after: 0 },
      { at: box[to], before: 0, after: 0 },
    ]),
    ...frame.pinned.map((p) =>
      axis === 'x'
        ? { at: p.at.x, before: p.left, after: p.right }
        : { at: p.at.y, before: p.top, after: p.bottom },
    ),
  ];
}

/** The largest zoom at which every pair of marks fits in `room` screen pixels. */
function largestZoom(axis: Mark[], room: number): number {
  let zoom = Infinity;
  for (const high of axis) {
    for (const low of axis) {
      const span = high.at - low.at;
      if (span > 0) zoom = Math.min(zoom, (room - high.after - low.before) / span);
    }
  }
  return zoom;
}

/** The screen pixels the marks cover at a zoom, from the map's origin. */
function extent(axis: Mark[], zoom: number): { low: number; high: number } {
  return {
    low: Math.min(...axis.map((m) => m.at * zoom - m.before)),
    high: Math.max(...axis.map((m) => m.at * zoom + m.after)),
  };
}

/** The zoom and pan that show the whole frame, centred in what the view leaves free. */
export function fitFrame(
  frame: Frame,
  view: { width: number; height: number },
  limits: FitLimits,
): Viewport {
  const xs = marks(frame, 'x');
  const ys = marks(frame, 'y');
  // At most a third of the view is reserved: a narrow view keeps its room for the drawing.
  const right = Math.max(0, Math.min(limits.right ?? 0, view.width / 3));
  const width = view.width - right;
  const fitted = Math.min(
    largestZoom(xs, width - 2 * limits.margin),
    largestZoom(ys, view.height - 2 * limits.margin),
    limits.maxZoom,
  );
  const zoom = Math.max(limits.minZoom, fitted);
  const x = extent(xs, zoom);
  const y = extent(ys, zoom);
  return {
    zoom,
    pan: { x: width / 2 - (x.low + x.high) / 2, y: view.height / 2 - (y.low + y.high) / 2 },
  };
}

/** The frame's box on screen, in the view's pixels, for a viewport. */
export function frameOnScreen(frame: Frame, viewport: Viewport): Box {
  const x = extent(marks(frame, 'x'), viewport.zoom);
  const y = extent(marks(frame, 'y'), viewport.zoom);
  return {
    x1: x.low + viewport.pan.x,
    y1: y.low + viewport.pan.y,
    x2: x.high + viewport.pan.x,
    y2: y.high + viewport.pan.y,
  };
}
