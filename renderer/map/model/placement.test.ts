import { describe, expect, it } from 'vitest';
import { actor, IDS, sampleMap, tie } from '../../testing/sampleMap';
import { withActor, withTie } from './mapModel';
import {
  CENTRE,
  initialPosition,
  placeMissing,
  RING_RADIUS,
  SECTOR_ANGLE,
  SECTOR_HALF_WIDTH,
  type Point,
} from './placement';

const distance = (p: Point, q: Point = CENTRE) => Math.hypot(p.x - q.x, p.y - q.y);
const angle = (p: Point) => (Math.atan2(p.y, p.x) * 180) / Math.PI;
const angleGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('initialPosition', () => {
  it('places a closer tie nearer the person', () => {
    const near = initialPosition('primary', 5, CENTRE, [CENTRE]);
    const far = initialPosition('primary', 1, CENTRE, [CENTRE]);
    expect(distance(near)).toBeCloseTo(RING_RADIUS[5], 0);
    expect(distance(far)).toBeCloseTo(RING_RADIUS[1], 0);
  });

  it('puts each sphere in its own sector', () => {
    for (const sphere of ['primary', 'informal_secondary', 'formal_secondary'] as const) {
      const p = initialPosition(sphere, 3, CENTRE, [CENTRE]);
      expect(angleGap(angle(p), SECTOR_ANGLE[sphere])).toBeLessThanOrEqual(SECTOR_HALF_WIDTH);
    }
  });

  it('never stacks a new actor on one already there, nor on the line to it', () => {
    const occupied: Point[] = [CENTRE];
    for (let i = 0; i < 8; i++) occupied.push(initialPosition('primary', 4, CENTRE, occupied));
    for (let i = 1; i < occupied.length; i++) {
      for (let j = 1; j < i; j++) expect(distance(occupied[i]!, occupied[j]!)).toBeGreaterThan(60);
    }
  });

  it('follows the person when they were moved', () => {
    const egoAt = { x: 500, y: 300 };
    const p = initialPosition('formal_secondary', 5, egoAt, [egoAt]);
    expect(distance(p, egoAt)).toBeCloseTo(RING_RADIUS[5], 0);
  });
});

describe('placeMissing', () => {
  it('places nothing when every actor has a place', () => {
    expect(placeMissing(sampleMap())).toEqual([]);
  });

  it('puts an unplaced person at the centre and others around, by their tie to the person', () => {
    const data = sampleMap();
    const newcomer = actor('00000000-0000-4000-8000-00000000000d', {
      sphere: 'informal_secondary',
    });
    let next = withActor({ ...data, placements: [] }, newcomer);
    next = withTie(
      next,
      tie('00000000-0000-4000-8000-0000000000a4', newcomer.id, IDS.ego, { closeness: 4 }),
    );
    const placed = placeMissing(next);
    expect(placed.map((p) => p.actorId).sort()).toEqual(next.actors.map((a) => a.id).sort());
    expect(placed.find((p) => p.actorId === IDS.ego)).toEqual({ actorId: IDS.ego, x: 0, y: 0 });
    const mother = placed.find((p) => p.actorId === IDS.mother)!;
    const school = placed.find((p) => p.actorId === IDS.school)!;
    const guest = placed.find((p) => p.actorId === newcomer.id)!;
    expect(distance(mother)).toBeCloseTo(RING_RADIUS[5], 0);
    expect(distance(guest)).toBeCloseTo(RING_RADIUS[4], 0);
    expect(distance(school)).toBeGreaterThanOrEqual(RING_RADIUS[2] - 1);
  });
});
