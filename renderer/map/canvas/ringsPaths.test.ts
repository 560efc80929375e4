import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../testing/sampleMap';
import { bandOf, computeGeometry, locate } from '../layout/geometry';
import { scatteredMap } from '../layout/layoutFixtures';
import { annularSector, ringShapes, sectorLabelSpots, zoneLabelSpots } from './ringsPaths';
import { isOverview } from './useOverview';

describe('ringShapes', () => {
  it('tints each ring of each sector, outlines every band and draws the sector edges', () => {
    const shapes = ringShapes(computeGeometry(sampleMap()));
    expect(shapes.tiles.map((t) => t.key).sort()).toEqual(
      ['inner', 'middle', 'outer']
        .flatMap((zone) =>
          ['primary', 'informal_secondary', 'formal_secondary'].map((s) => `${zone}-${s}`),
        )
        .sort(),
    );
    expect(shapes.circles.map((c) => c.zone)).toEqual(['inner', 'middle', 'outer', 'outside']);
    expect(shapes.spokes.filter((s) => !s.domain)).toHaveLength(3);
  });

  it('adds the domain edges when the sectors are cut by domain', () => {
    const geometry = computeGeometry(scatteredMap(40), { domainSectors: true });
    const cuts = geometry.sectors.reduce((n, s) => n + Math.max(0, s.domains.length - 1), 0);
    expect(cuts).toBeGreaterThan(0);
    expect(ringShapes(geometry).spokes.filter((s) => s.domain)).toHaveLength(cuts);
  });
});

describe('annularSector', () => {
  it('is a closed shape of two arcs, and a full ring is drawn in halves', () => {
    const part = annularSector({ x: 0, y: 0 }, 50, 100, -150, 120);
    expect(part.startsWith('M ')).toBe(true);
    expect(part.match(/ A /g)).toHaveLength(2);
    expect(part.endsWith('Z')).toBe(true);
    expect(annularSector({ x: 0, y: 0 }, 50, 100, 0, 360).match(/ A /g)).toHaveLength(4);
  });
});

describe('label spots', () => {
  const geometry = computeGeometry(sampleMap());

  it('writes each ring name inside its ring, below the person', () => {
    for (const spot of zoneLabelSpots(geometry)) {
      expect(locate(geometry, spot.at).zone).toBe(spot.zone);
      expect(spot.at.y).toBeGreaterThan(geometry.centre.y);
    }
  });

  it('writes the networks outside the rings: primary above, the others low on each side', () => {
    const edge = bandOf(geometry, 'outside').outer;
    const spots = new Map(sectorLabelSpots(geometry).map((s) => [s.sphere, s]));
    for (const spot of spots.values())
      expect(Math.hypot(spot.at.x, spot.at.y)).toBeGreaterThan(edge);
    expect(spots.get('primary')!.at.y).toBeLessThan(-edge);
    expect(spots.get('informal_secondary')!).toMatchObject({ anchor: 'start' });
    expect(spots.get('informal_secondary')!.at.x).toBeGreaterThan(0);
    expect(spots.get('formal_secondary')!).toMatchObject({ anchor: 'end' });
    expect(spots.get('formal_secondary')!.at.x).toBeLessThan(0);
  });
});

describe('isOverview', () => {
  it('switches to the overview when zoomed far out, and back only past a margin', () => {
    expect(isOverview(0.2, false)).toBe(true);
    expect(isOverview(0.27, false)).toBe(false);
    expect(isOverview(0.27, true)).toBe(true);
    expect(isOverview(0.35, true)).toBe(false);
  });
});
