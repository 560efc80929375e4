// The map's layout as the model store uses it (MapStore.setLayout): where a new actor appears,
// and how actors follow a field edit into their new ring and sector.
import type { MapLayout } from '../model/mapStore';
import { placementsFollowingFields } from './follow';
import { newActorSlot } from './slot';

export const mapLayout: MapLayout = {
  follow: placementsFollowingFields,
  slot: newActorSlot,
};
