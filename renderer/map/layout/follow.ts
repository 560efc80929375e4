// Editing an actor's sphere or the closeness of its tie to the person (in a form, the table, the
// quick add) moves it into its new ring and sector, keeping its angle when that is still valid.
// The model store folds these positions into the same gesture, so the move is undone with the
// edit and saved in the same transaction.
import type { MapData, Placement } from '../../../shared/model';
import { cellKeyOf, cellOf, computeGeometry } from './geometry';
import { projectInto } from './project';
import { egoTiesOf } from './rings';

export function placementsFollowingFields(before: MapData, after: MapData): Placement[] {
  const egoBefore = egoTiesOf(before);
  const egoAfter = egoTiesOf(after);
  const was = new Map(before.actors.map((actor) => [actor.id, actor]));
  const changed = after.actors.filter((actor) => {
    if (actor.isEgo) return false;
    const old = was.get(actor.id);
    if (!old) return false; // a new actor is placed by whoever adds it
    const oldKey = cellKeyOf(old, egoBefore, false);
    const newKey = cellKeyOf(actor, egoAfter, false);
    return oldKey.zone !== newKey.zone || oldKey.sphere !== newKey.sphere;
  });
  if (changed.length === 0) return [];
  const geometry = computeGeometry(after, { egoTies: egoAfter });
  const stored = new Map(after.placements.map((p) => [p.actorId, p]));
  const moves: Placement[] = [];
  for (const actor of changed) {
    const at = stored.get(actor.id);
    if (!at) continue;
    const cell = cellOf(geometry, cellKeyOf(actor, egoAfter, false));
    const next = projectInto(geometry.centre, cell, at);
    if (next.x !== at.x || next.y !== at.y) moves.push({ actorId: actor.id, ...next });
  }
  return moves;
}
