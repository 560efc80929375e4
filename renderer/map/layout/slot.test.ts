import { describe, expect, it } from 'vitest';
import { actor, IDS, sampleMap, tie } from '../../testing/sampleMap';
import { withActor, withPlacements, withTie } from '../model/mapModel';
import { computeGeometry, locate, ROW, type Point } from './geometry';
import { egoTiesOf } from './rings';
import { tidyPlacements } from './tidy';
import { scatteredMap } from './layoutFixtures';
import { newActorSlot } from './slot';

describe('newActorSlot', () => {
  it('puts a new actor in the ring of its closeness and the sector of its sphere', () => {
    const data = sampleMap();
    const geometry = computeGeometry(data);
    for (const [closeness, zone] of [
      [5, 'inner'],
      [3, 'middle'],
      [1, 'outer'],
      [null, 'outside'],
    ] as const) {
      for (const sphere of ['primary', 'informal_secondary', 'formal_secondary'] as const)
        expect(locate(geometry, newActorSlot(data, sphere, closeness))).toMatchObject({
          zone,
          sphere,
        });
    }
  });

  it('keeps clear of the actors already in the cell while it has room', () => {
    const start = sampleMap();
    const egoTies = egoTiesOf(start);
    let data = withPlacements(start, tidyPlacements(start, computeGeometry(start), egoTies));
    const others = data.placements.filter((p) => p.actorId !== IDS.ego);
    const added: Point[] = [];
    for (let i = 0; i < 3; i += 1) {
      const id = `00000000-0000-4000-8000-0000000003${i}0`;
      const at = newActorSlot(data, 'primary', 3);
      const tieId = `00000000-0000-4000-8000-0000000004${i}0`;
      data = withPlacements(
        withTie(withActor(data, actor(id)), tie(tieId, IDS.ego, id, { closeness: 3 })),
        [{ actorId: id, ...at }],
      );
      added.push(at);
    }
    const gap = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
    added.forEach((p, i) => {
      for (const q of added.slice(i + 1)) expect(gap(p, q)).toBeGreaterThanOrEqual(ROW);
      for (const q of others) expect(gap(p, q)).toBeGreaterThanOrEqual(ROW);
    });
  });

  it('starts in the middle of an empty sector, and gives the same spot for the same map', () => {
    const at = newActorSlot(sampleMap(), 'informal_secondary', 3);
    expect(Math.atan2(at.y, at.x) * (180 / Math.PI)).toBeCloseTo(30, -1);
    const big = scatteredMap(60);
    expect(newActorSlot(big, 'primary', 4)).toEqual(newActorSlot(scatteredMap(60), 'primary', 4));
  });
});
