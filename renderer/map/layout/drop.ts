// What dropping actors on the map means: the ring they land in sets the closeness of their tie
// to the person (a tie is created for an actor that had none), the sector sets the sphere, and,
// when sectors are cut by domain, the sub-sector sets the domain. The position kept is the drop
// point brought inside the new cell. All of it is one gesture: one undo step, one transaction.
import {
  TIE_DEFAULTS,
  type ActorFields,
  type MapData,
  type Placement,
} from '../../../shared/model';
import type { Gesture } from '../model/gesture';
import { cellOf, locate, type CellKey, type MapGeometry } from './geometry';
import { projectInto } from './project';
import { closenessForRing, type EgoTies } from './rings';

export function dropGesture(
  data: MapData,
  geometry: MapGeometry,
  egoTies: EgoTies,
  dropped: readonly Placement[],
): Gesture {
  const gesture: Required<Pick<Gesture, 'patchActors' | 'addTies' | 'patchTies' | 'placements'>> = {
    patchActors: [],
    addTies: [],
    patchTies: [],
    placements: [],
  };
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
  for (const drop of dropped) {
    const actor = actors.get(drop.actorId);
    if (!actor) continue;
    if (actor.isEgo) {
      // The person stays at the centre whatever happened to the node.
      gesture.placements.push({ actorId: actor.id, ...geometry.centre });
      continue;
    }
    const landed = locate(geometry, drop);
    const current = egoTies.closeness.get(actor.id) ?? null;
    // Dropped beyond the rings, an actor tied to the person stays in the outer ring: removing
    // a tie is never a side effect of a drag.
    const ring = landed.zone === 'outside' ? (current === null ? null : 'outer') : landed.zone;
    let closeness = current;
    if (ring !== null) {
      closeness = closenessForRing(ring, current);
      const tieId = egoTies.tieId.get(actor.id);
      if (tieId && closeness !== current)
        gesture.patchTies.push({ id: tieId, patch: { closeness } });
      else if (!tieId && egoTies.egoId)
        gesture.addTies.push({
          ...TIE_DEFAULTS,
          closeness,
          sourceId: egoTies.egoId,
          targetId: actor.id,
        });
    }
    const patch: Partial<ActorFields> = {};
    if (landed.sphere !== actor.sphere) patch.sphere = landed.sphere;
    if (geometry.domainSectors && landed.domain !== null && landed.domain !== actor.domain)
      patch.domain = landed.domain;
    if (Object.keys(patch).length > 0) gesture.patchActors.push({ id: actor.id, patch });

    const key: CellKey = {
      zone: ring ?? 'outside',
      sphere: landed.sphere,
      domain: geometry.domainSectors ? landed.domain : null,
    };
    const at = projectInto(geometry.centre, cellOf(geometry, key), drop);
    gesture.placements.push({ actorId: actor.id, x: Math.round(at.x), y: Math.round(at.y) });
  }
  return gesture;
}
