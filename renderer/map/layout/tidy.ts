// "Tidy": every actor of a cell (one ring of one sector) spread along the cell's rows, at least
// ARC apart along a row and ROW apart between rows, so nothing overlaps. Actors keep their order
// around the circle (the user's arrangement survives), ties broken by id: the same map always
// gives the same layout, and tidying a tidy map changes nothing.
import type { MapData, Placement } from '../../../shared/model';
import {
  angleFrom,
  cellKeyOf,
  cellOf,
  pointAt,
  polarOf,
  rowCapacities,
  type Cell,
  type MapGeometry,
  type Point,
} from './geometry';
import { drawnPositions } from './project';
import type { EgoTies } from './rings';

/** How many of `count` actors each row takes: in proportion to its slots, never more. */
export function shareRows(count: number, slots: readonly number[]): number[] {
  const total = slots.reduce((sum, n) => sum + n, 0);
  const shares = slots.map((n) => Math.min(n, Math.floor((count * n) / total)));
  let left = count - shares.reduce((sum, n) => sum + n, 0);
  // The remainder goes to the rows with room, outer rows first (they are the longest).
  for (let k = slots.length - 1; left > 0; k = k === 0 ? slots.length - 1 : k - 1) {
    if (shares[k]! < slots[k]!) {
      shares[k]! += 1;
      left -= 1;
    }
    if (shares.every((n, i) => n >= slots[i]!)) break;
  }
  // More actors than slots (a geometry computed for another map): the outer row takes them.
  if (left > 0) shares[shares.length - 1]! += left;
  return shares;
}

/** The positions for `count` actors in a cell, ordered by angle then radius. */
export function cellSlots(centre: Point, cell: Cell, count: number): Point[] {
  if (count === 0) return [];
  const used = rowCapacities(cell, cell.inner, cell.rows);
  const shares = shareRows(
    count,
    used.map((row) => row.slots),
  );
  const slots: { point: Point; angle: number; radius: number }[] = [];
  used.forEach((row, k) => {
    const n = shares[k]!;
    for (let i = 0; i < n; i += 1) {
      const angle = cell.start + row.from + ((row.to - row.from) * (i + 0.5)) / n;
      const at = pointAt(centre, row.radius, angle);
      slots.push({
        point: { x: Math.round(at.x), y: Math.round(at.y) },
        angle: angle - cell.start,
        radius: row.radius,
      });
    }
  });
  return slots.sort((a, b) => a.angle - b.angle || a.radius - b.radius).map((slot) => slot.point);
}

/** Whether the actors already sit on these slots, one each (a tidy cell stays as it is). */
function alreadyOnSlots(points: readonly Point[], slots: readonly Point[]): boolean {
  const free = [...slots];
  for (const point of points) {
    const index = free.findIndex((s) => Math.hypot(s.x - point.x, s.y - point.y) <= 1.5);
    if (index < 0) return false;
    free.splice(index, 1);
  }
  return true;
}

/** New positions for every actor (the person stays at the centre); only those that move. */
export function tidyPlacements(
  data: MapData,
  geometry: MapGeometry,
  egoTies: EgoTies,
): Placement[] {
  const drawn = drawnPositions(data, geometry, egoTies);
  const cells = new Map<string, { cell: Cell; ids: string[] }>();
  for (const actor of data.actors) {
    if (actor.isEgo) continue;
    const key = cellKeyOf(actor, egoTies, geometry.domainSectors);
    const text = `${key.zone}|${key.sphere}|${key.domain ?? ''}`;
    const entry = cells.get(text) ?? { cell: cellOf(geometry, key), ids: [] };
    entry.ids.push(actor.id);
    cells.set(text, entry);
  }
  const stored = new Map(data.placements.map((p) => [p.actorId, p]));
  const placements: Placement[] = [];
  for (const { cell, ids } of cells.values()) {
    const order = ids
      .map((id) => {
        const polar = polarOf(geometry.centre, drawn.get(id)!);
        return { id, along: angleFrom(cell.start, polar.angle), radius: polar.radius };
      })
      // Angles are compared to the degree so that a tidy row (whose radii differ by rounding)
      // is read back in the same order.
      .sort(
        (a, b) =>
          Math.round(a.along) - Math.round(b.along) ||
          Math.round(a.radius) - Math.round(b.radius) ||
          a.id.localeCompare(b.id),
      );
    const slots = cellSlots(geometry.centre, cell, order.length);
    const settled = alreadyOnSlots(
      order.map(({ id }) => drawn.get(id)!),
      slots,
    );
    order.forEach(({ id }, index) => {
      const slot = settled ? drawn.get(id)! : slots[index]!;
      const was = stored.get(id);
      if (!was || was.x !== slot.x || was.y !== slot.y) placements.push({ actorId: id, ...slot });
    });
  }
  const ego = data.actors.find((actor) => actor.isEgo);
  const egoWas = ego && stored.get(ego.id);
  if (ego && (!egoWas || egoWas.x !== geometry.centre.x || egoWas.y !== geometry.centre.y))
    placements.push({ actorId: ego.id, ...geometry.centre });
  return placements;
}
