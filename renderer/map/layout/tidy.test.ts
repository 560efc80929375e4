import { describe, expect, it } from 'vitest';
import type { MapData } from '../../../shared/model';
import { sampleMap } from '../../testing/sampleMap';
import { withPlacements } from '../model/mapModel';
import { cellKeyOf, computeGeometry, LABEL_GUTTER, locate, polarOf, type Point } from './geometry';
import { scatteredMap } from './layoutFixtures';
import { drawnPositions } from './project';
import { egoTiesOf } from './rings';
import { cellSlots, shareRows, tidyPlacements } from './tidy';

function tidied(data: MapData, domainSectors = false): MapData {
  const egoTies = egoTiesOf(data);
  const geometry = computeGeometry(data, { domainSectors, egoTies });
  return withPlacements(data, tidyPlacements(data, geometry, egoTies));
}

function closestPair(points: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i += 1)
    for (let j = i + 1; j < points.length; j += 1)
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
}

describe('shareRows', () => {
  it('shares actors between rows in proportion to their slots, within them', () => {
    expect(shareRows(3, [2, 4])).toEqual([1, 2]);
    expect(shareRows(6, [2, 4])).toEqual([2, 4]);
    expect(shareRows(1, [2, 4, 6])).toEqual([0, 0, 1]);
    expect(shareRows(5, [1, 1])).toEqual([1, 4]);
  });
});

describe('tidyPlacements', () => {
  it.each([10, 40, 150])('spreads %i actors without overlap, each in its own cell', (count) => {
    for (const domainSectors of [false, true]) {
      const data = tidied(scatteredMap(count), domainSectors);
      const egoTies = egoTiesOf(data);
      const geometry = computeGeometry(data, { domainSectors, egoTies });
      const points = data.placements.map((p) => ({ x: p.x, y: p.y }));
      expect(closestPair(points)).toBeGreaterThanOrEqual(domainSectors ? 45 : 90);
      for (const actor of data.actors) {
        if (actor.isEgo) continue;
        const at = data.placements.find((p) => p.actorId === actor.id)!;
        expect(locate(geometry, at)).toEqual(cellKeyOf(actor, egoTies, domainSectors));
      }
      // What is stored is what is drawn: nothing left for the projection to fix.
      const drawn = drawnPositions(data, geometry, egoTies);
      for (const p of data.placements) expect(drawn.get(p.actorId)).toEqual({ x: p.x, y: p.y });
    }
  });

  it('is deterministic, and changes nothing on a tidy map', () => {
    const data = scatteredMap(40);
    const once = tidied(data);
    expect(tidied(scatteredMap(40)).placements).toEqual(once.placements);
    const egoTies = egoTiesOf(once);
    expect(tidyPlacements(once, computeGeometry(once, { egoTies }), egoTies)).toEqual([]);
  });

  it('keeps the order of the actors around the circle', () => {
    const data = sampleMap();
    const extra = withPlacements(data, [{ actorId: data.actors[1]!.id, x: 60, y: -120 }]);
    const before = polarOf({ x: 0, y: 0 }, { x: 60, y: -120 }).angle;
    const after = tidied(extra).placements.find((p) => p.actorId === data.actors[1]!.id)!;
    // Alone in its cell: the mother goes to the middle of the primary sector's inner ring.
    expect(polarOf({ x: 0, y: 0 }, after).angle).toBeCloseTo(-90, 0);
    expect(before).toBeGreaterThan(-90);
  });

  it('keeps the spoke below the person free for the names of the outer rings', () => {
    const data = tidied(scatteredMap(150));
    const inner = computeGeometry(data).bands[0]!;
    for (const p of data.placements) {
      if (p.y <= 0 || Math.hypot(p.x, p.y) < inner.outer) continue;
      expect(Math.abs(p.x)).toBeGreaterThanOrEqual(LABEL_GUTTER);
    }
  });

  it('puts the person back at the centre', () => {
    const data = withPlacements(sampleMap(), [{ actorId: sampleMap().actors[0]!.id, x: 0, y: 0 }]);
    expect(tidied(data).placements.find((p) => p.actorId === data.actors[0]!.id)).toEqual({
      actorId: data.actors[0]!.id,
      x: 0,
      y: 0,
    });
  });
});

describe('cellSlots', () => {
  it('orders slots around the circle and keeps them ARC apart along a row', () => {
    const geometry = computeGeometry(sampleMap());
    const band = geometry.bands[2]!;
    const cell = {
      zone: band.zone,
      sphere: 'primary' as const,
      domain: null,
      start: -150,
      width: 120,
      inner: band.inner,
      outer: band.outer,
      rows: 1,
    };
    const slots = cellSlots(geometry.centre, cell, 4);
    const angles = slots.map((s) => polarOf(geometry.centre, s).angle);
    expect(angles).toEqual([...angles].sort((a, b) => a - b));
    expect(closestPair(slots)).toBeGreaterThan(100);
  });
});
