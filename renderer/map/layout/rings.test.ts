import { describe, expect, it } from 'vitest';
import { IDS, sampleMap, tie } from '../../testing/sampleMap';
import { withTie } from '../model/mapModel';
import { closenessForRing, egoTiesOf, ringOfCloseness, RING_CLOSENESS } from './rings';

describe('rings of closeness', () => {
  it('maps 5 to the inner ring, 4-3 to the middle one, 2-1 to the outer one', () => {
    expect([5, 4, 3, 2, 1].map(ringOfCloseness)).toEqual([
      'inner',
      'middle',
      'middle',
      'outer',
      'outer',
    ]);
    for (const [ring, values] of Object.entries(RING_CLOSENESS))
      for (const value of values) expect(ringOfCloseness(value)).toBe(ring);
  });

  it('keeps a closeness already in the ring, else takes the ring value nearest to it', () => {
    expect(closenessForRing('middle', 3)).toBe(3);
    expect(closenessForRing('middle', 5)).toBe(4);
    expect(closenessForRing('middle', 1)).toBe(3);
    expect(closenessForRing('outer', 4)).toBe(2);
    expect(closenessForRing('inner', 1)).toBe(5);
  });

  it('gives a new tie the ring representative value', () => {
    expect(['inner', 'middle', 'outer'].map((r) => closenessForRing(r as 'inner', null))).toEqual([
      5, 3, 2,
    ]);
  });

  it('reads each actor closeness as its strongest tie to the person', () => {
    const data = withTie(
      sampleMap(),
      tie('00000000-0000-4000-8000-0000000000a9', IDS.school, IDS.ego, { closeness: 4 }),
    );
    const ties = egoTiesOf(data);
    expect(ties.egoId).toBe(IDS.ego);
    expect(ties.closeness.get(IDS.mother)).toBe(5);
    expect(ties.closeness.get(IDS.school)).toBe(4);
    expect(ties.tieId.get(IDS.school)).toBe('00000000-0000-4000-8000-0000000000a9');
    expect(ties.closeness.has(IDS.ego)).toBe(false);
  });
});
