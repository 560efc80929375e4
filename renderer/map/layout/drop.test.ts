import { describe, expect, it } from 'vitest';
import type { MapData } from '../../../shared/model';
import { actor, IDS, sampleMap } from '../../testing/sampleMap';
import { applyGesture } from '../model/gesture';
import { withActor, withPlacements } from '../model/mapModel';
import { computeGeometry, locate, pointAt, type Point } from './geometry';
import { dropGesture } from './drop';
import { egoTiesOf } from './rings';

const LONER = '00000000-0000-4000-8000-0000000000d1';
const options = {
  newId: () => '00000000-0000-4000-8000-0000000000e1',
  now: () => '2025-02-01T00:00:00.000Z',
};

function drop(data: MapData, actorId: string, at: Point, domainSectors = false) {
  const egoTies = egoTiesOf(data);
  const geometry = computeGeometry(data, { domainSectors, egoTies });
  const gesture = dropGesture(data, geometry, egoTies, [{ actorId, ...at }]);
  return { gesture, geometry, after: applyGesture(data, gesture, options) };
}

const primaryAt = (radius: number) => pointAt({ x: 0, y: 0 }, radius, -80);

describe('dropGesture', () => {
  it('sets the closeness of the tie to the person from the ring', () => {
    const { after, gesture } = drop(sampleMap(), IDS.school, pointAt({ x: 0, y: 0 }, 110, 140));
    expect(after.ties.find((t) => t.id === IDS.tieSchool)!.closeness).toBe(5);
    expect(gesture.patchActors).toEqual([]);
  });

  it('keeps a closeness already in the ring and changes only the position', () => {
    const data = sampleMap();
    const { gesture } = drop(data, IDS.mother, primaryAt(100));
    expect(gesture).toMatchObject({ patchActors: [], patchTies: [], addTies: [] });
    expect(gesture.placements).toHaveLength(1);
  });

  it('takes the nearest value of the ring: 5 dropped in the middle ring becomes 4', () => {
    const { after } = drop(sampleMap(), IDS.mother, primaryAt(200));
    expect(after.ties.find((t) => t.id === IDS.tieMother)!.closeness).toBe(4);
  });

  it('sets the sphere from the sector', () => {
    const { after } = drop(sampleMap(), IDS.mother, pointAt({ x: 0, y: 0 }, 110, 30));
    expect(after.actors.find((a) => a.id === IDS.mother)!.sphere).toBe('informal_secondary');
  });

  it('ties an actor with no tie to the person when it is dropped in a ring', () => {
    const data = withPlacements(withActor(sampleMap(), actor(LONER, { name: 'Voisin' })), [
      { actorId: LONER, x: 0, y: -400 },
    ]);
    const { after } = drop(data, LONER, primaryAt(210));
    const tie = after.ties.find((t) => t.targetId === LONER)!;
    expect(tie).toMatchObject({ sourceId: IDS.ego, closeness: 3, valence: 'supportive' });
  });

  it('never removes a tie: dropped beyond the rings, a tied actor stays in the outer ring', () => {
    const { after, geometry } = drop(sampleMap(), IDS.mother, primaryAt(2000));
    expect(after.ties.find((t) => t.id === IDS.tieMother)!.closeness).toBe(2);
    const at = after.placements.find((p) => p.actorId === IDS.mother)!;
    expect(locate(geometry, at).zone).toBe('outer');
  });

  it('sets the domain from the sub-sector when sectors are cut by domain', () => {
    const data = withPlacements(
      withActor(sampleMap(), actor(LONER, { name: 'Inès', domain: 'friends' })),
      [{ actorId: LONER, x: -100, y: -150 }],
    );
    const egoTies = egoTiesOf(data);
    const geometry = computeGeometry(data, { domainSectors: true, egoTies });
    const primary = geometry.sectors.find((s) => s.sphere === 'primary')!;
    const friends = primary.domains.find((d) => d.domain === 'friends')!;
    const at = pointAt(geometry.centre, 300, friends.start + friends.width / 2);
    const gesture = dropGesture(data, geometry, egoTies, [{ actorId: IDS.mother, ...at }]);
    expect(gesture.patchActors).toEqual([{ id: IDS.mother, patch: { domain: 'friends' } }]);
  });

  it('keeps the person at the centre', () => {
    const { gesture } = drop(sampleMap(), IDS.ego, { x: 300, y: 300 });
    expect(gesture.placements).toEqual([{ actorId: IDS.ego, x: 0, y: 0 }]);
  });

  it('stores a position inside the new cell', () => {
    const { after, geometry } = drop(sampleMap(), IDS.school, pointAt({ x: 0, y: 0 }, 175, 150));
    const at = after.placements.find((p) => p.actorId === IDS.school)!;
    expect(locate(geometry, at)).toMatchObject({ zone: 'middle', sphere: 'formal_secondary' });
  });
});
