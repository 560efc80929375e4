import { describe, expect, it } from 'vitest';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { withActor, withTie } from '../model/mapModel';
import { computeGeometry, locate, polarOf } from './geometry';
import { placementsFollowingFields } from './follow';

describe('placementsFollowingFields', () => {
  it('moves an actor to its new ring when its tie to the person changes, keeping its angle', () => {
    const before = sampleMap();
    const after = withTie(before, { ...before.ties[0]!, closeness: 1 });
    const moves = placementsFollowingFields(before, after);
    expect(moves).toHaveLength(1);
    const geometry = computeGeometry(after);
    expect(locate(geometry, moves[0]!)).toMatchObject({ zone: 'outer', sphere: 'primary' });
    expect(polarOf(geometry.centre, moves[0]!).angle).toBeCloseTo(-90, 0);
  });

  it('moves an actor into the sector of its new sphere', () => {
    const before = sampleMap();
    const mother = before.actors.find((a) => a.id === IDS.mother)!;
    const after = withActor(before, { ...mother, sphere: 'formal_secondary' });
    const [move] = placementsFollowingFields(before, after);
    expect(locate(computeGeometry(after), move!)).toMatchObject({
      zone: 'inner',
      sphere: 'formal_secondary',
    });
  });

  it('moves nothing when the ring and the sector stay the same', () => {
    const before = sampleMap();
    const mother = before.actors.find((a) => a.id === IDS.mother)!;
    expect(
      placementsFollowingFields(before, withActor(before, { ...mother, name: 'Sam' })),
    ).toEqual([]);
    expect(
      placementsFollowingFields(before, withTie(before, { ...before.ties[1]!, closeness: 1 })),
    ).toEqual([]);
  });
});
