// Where an actor is drawn: its stored position when that lies in the right ring and sector, else
// the nearest point that does, keeping its angle when the angle is still valid. So the map always
// says what the model says, whatever moved the fields (a form, the table, an undo), and the
// stored position is kept as it was until the user moves the actor.
import type { MapData } from '../../../shared/model';
import {
  angleFrom,
  cellKeyOf,
  cellOf,
  pointAt,
  polarOf,
  type Cell,
  type MapGeometry,
  type Point,
} from './geometry';
import type { EgoTies } from './rings';

/** Room kept between an actor's centre and the edges of its cell. */
export const CELL_PAD = 30;

export function projectInto(centre: Point, cell: Cell, point: Point): Point {
  const { radius, angle } = polarOf(centre, point);
  const padR = Math.min(CELL_PAD, (cell.outer - cell.inner) / 2);
  const r = Math.min(cell.outer - padR, Math.max(cell.inner + padR, radius));
  const padA = Math.min(cell.width / 2, (CELL_PAD / r) * (180 / Math.PI));
  const along = angleFrom(cell.start, angle);
  let a = along;
  if (along > cell.width) {
    // Outside the arc: to whichever edge is nearer, going round the circle.
    a = along - cell.width < 360 - along ? cell.width - padA : padA;
  } else a = Math.min(cell.width - padA, Math.max(padA, along));
  if (r === radius && a === along) return { x: point.x, y: point.y };
  const projected = pointAt(centre, r, cell.start + a);
  return { x: Math.round(projected.x), y: Math.round(projected.y) };
}

/** The middle of a cell: where an actor with no stored position is drawn. */
export function cellMiddle(centre: Point, cell: Cell): Point {
  const at = pointAt(centre, (cell.inner + cell.outer) / 2, cell.start + cell.width / 2);
  return { x: Math.round(at.x), y: Math.round(at.y) };
}

/** Every actor's drawn position: the person at the centre, the others inside their cell. */
export function drawnPositions(
  data: MapData,
  geometry: MapGeometry,
  egoTies: EgoTies,
): Map<string, Point> {
  const stored = new Map(data.placements.map((p) => [p.actorId, p]));
  const drawn = new Map<string, Point>();
  for (const actor of data.actors) {
    if (actor.isEgo) {
      drawn.set(actor.id, geometry.centre);
      continue;
    }
    const cell = cellOf(geometry, cellKeyOf(actor, egoTies, geometry.domainSectors));
    const at = stored.get(actor.id);
    drawn.set(
      actor.id,
      at ? projectInto(geometry.centre, cell, at) : cellMiddle(geometry.centre, cell),
    );
  }
  return drawn;
}
