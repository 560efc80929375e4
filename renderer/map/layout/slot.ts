// Where a new actor appears: in the ring of its tie to the person and the sector of its sphere,
// at the free spot of that cell farthest from everyone already there (the middle of the sector
// first, when several spots are as free). Deterministic: the same map gives the same spot.
import { TIE_DEFAULTS, type MapData } from '../../../shared/model';
import type { Sphere } from '../model/enums';
import {
  ARC,
  cellOf,
  computeGeometry,
  pointAt,
  ROW,
  rowCapacities,
  type Point,
  type Row,
} from './geometry';
import { drawnPositions } from './project';
import { egoTiesOf, zoneOfCloseness } from './rings';

export function newActorSlot(data: MapData, sphere: Sphere, closeness: number | null): Point {
  const egoTies = egoTiesOf(data);
  // The rings as they will be with the new actor: its cell may need one more row.
  const geometry = computeGeometry(withNewcomer(data, sphere, closeness));
  const cell = cellOf(geometry, { zone: zoneOfCloseness(closeness), sphere, domain: null });
  const others = [...drawnPositions(data, geometry, egoTies).values()];
  let best: { point: Point; gap: number; offMiddle: number } | null = null;
  for (const row of rowCapacities(cell, cell.inner, cell.rows)) {
    for (const along of candidateAngles(row)) {
      const at = pointAt(geometry.centre, row.radius, cell.start + along);
      const point = { x: Math.round(at.x), y: Math.round(at.y) };
      // Spots a row apart from everyone are all as good: then the one nearest the middle wins.
      const gap = Math.min(ROW, ...others.map((o) => Math.hypot(o.x - point.x, o.y - point.y)));
      const offMiddle = Math.abs(along - cell.width / 2) + row.radius / 1000;
      if (!best || gap > best.gap || (gap === best.gap && offMiddle < best.offMiddle))
        best = { point, gap, offMiddle };
    }
  }
  return best?.point ?? geometry.centre;
}

/** Angles from the cell's start, a third of an actor apart, half an actor from its edges. */
function candidateAngles(row: Row): number[] {
  const degrees = (length: number) => ((length / row.radius) * 180) / Math.PI;
  const edge = degrees(ARC / 2);
  if (row.to - row.from <= 2 * edge) return [(row.from + row.to) / 2];
  const step = degrees(ARC / 3);
  const angles: number[] = [];
  for (let along = row.from + edge; along <= row.to - edge; along += step) angles.push(along);
  return angles;
}

const NEWCOMER = 'new-actor-slot';

/** The map with a stand-in for the actor about to be added (never stored). */
function withNewcomer(data: MapData, sphere: Sphere, closeness: number | null): MapData {
  const ego = data.actors.find((actor) => actor.isEgo);
  const template = ego ?? data.actors[0];
  if (!template) return data;
  const actors = [...data.actors, { ...template, id: NEWCOMER, isEgo: false, sphere }];
  if (closeness === null || !ego) return { ...data, actors };
  const tie = {
    ...TIE_DEFAULTS,
    id: NEWCOMER,
    mapId: data.map.id,
    sourceId: ego.id,
    targetId: NEWCOMER,
    closeness,
    createdAt: ego.createdAt,
    updatedAt: ego.updatedAt,
  };
  return { ...data, actors, ties: [...data.ties, tie] };
}
