import { describe, expect, it } from 'vitest';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { withPlacements, withTie } from '../model/mapModel';
import { cellOf, computeGeometry, locate, polarOf } from './geometry';
import { scatteredMap } from './layoutFixtures';
import { drawnPositions, projectInto } from './project';
import { egoTiesOf } from './rings';

describe('projectInto', () => {
  const geometry = computeGeometry(sampleMap());
  const centre = geometry.centre;
  const middle = cellOf(geometry, { zone: 'middle', sphere: 'primary', domain: null });

  it('leaves a position that already lies in its cell where it is', () => {
    expect(projectInto(centre, middle, { x: 10, y: -200 })).toEqual({ x: 10, y: -200 });
  });

  it('brings a position into the ring, keeping its angle', () => {
    const moved = projectInto(centre, middle, { x: 0, y: -80 });
    const polar = polarOf(centre, moved);
    expect(polar.angle).toBeCloseTo(-90, 0);
    expect(polar.radius).toBeGreaterThan(middle.inner);
    expect(polar.radius).toBeLessThan(middle.outer);
  });

  it('brings a position of another sector to the nearer edge of this one', () => {
    const fromRight = polarOf(centre, projectInto(centre, middle, { x: 200, y: 10 }));
    const fromLeft = polarOf(centre, projectInto(centre, middle, { x: -200, y: 10 }));
    expect(fromRight.angle).toBeGreaterThan(-40);
    expect(fromRight.angle).toBeLessThan(-30);
    expect(fromLeft.angle).toBeLessThan(-140);
    expect(fromLeft.angle).toBeGreaterThan(-150);
  });
});

describe('drawnPositions', () => {
  it('draws every actor in the ring of its tie to the person and the sector of its sphere', () => {
    const data = scatteredMap(80);
    const egoTies = egoTiesOf(data);
    const geometry = computeGeometry(data, { egoTies });
    const drawn = drawnPositions(data, geometry, egoTies);
    for (const actor of data.actors) {
      const at = drawn.get(actor.id)!;
      if (actor.isEgo) {
        expect(at).toEqual(geometry.centre);
        continue;
      }
      const closeness = egoTies.closeness.get(actor.id);
      const zone =
        closeness === undefined
          ? 'outside'
          : closeness === 5
            ? 'inner'
            : closeness >= 3
              ? 'middle'
              : 'outer';
      expect(locate(geometry, at)).toMatchObject({ zone, sphere: actor.sphere });
    }
  });

  it('moves an actor whose tie changed ring without touching its stored position', () => {
    const data = sampleMap();
    const weaker = withTie(data, { ...data.ties[0]!, closeness: 1 });
    const geometry = computeGeometry(weaker);
    const drawn = drawnPositions(weaker, geometry, egoTiesOf(weaker));
    expect(locate(geometry, drawn.get(IDS.mother)!).zone).toBe('outer');
    expect(polarOf(geometry.centre, drawn.get(IDS.mother)!).angle).toBeCloseTo(-90, 0);
    expect(weaker.placements).toEqual(data.placements);
  });

  it('draws an actor with no stored position in the middle of its cell', () => {
    const data = withPlacements({ ...sampleMap(), placements: [] }, [
      { actorId: IDS.ego, x: 0, y: 0 },
    ]);
    const geometry = computeGeometry(data);
    const drawn = drawnPositions(data, geometry, egoTiesOf(data));
    expect(locate(geometry, drawn.get(IDS.school)!)).toMatchObject({
      zone: 'outer',
      sphere: 'formal_secondary',
    });
  });
});
