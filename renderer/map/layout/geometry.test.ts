import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../../shared/model';
import { actor, IDS, sampleMap, tie } from '../../testing/sampleMap';
import { withActor, withTie } from '../model/mapModel';
import {
  cellKeyOf,
  cellOf,
  computeGeometry,
  EGO_CLEAR,
  EMPTY_OUTSIDE,
  locate,
  pointAt,
  ROW,
  rowCapacities,
} from './geometry';
import { scatteredMap } from './layoutFixtures';
import { egoTiesOf } from './rings';

describe('computeGeometry', () => {
  it('lays the rings out from the person outwards, one row each on a small map', () => {
    const geometry = computeGeometry(sampleMap());
    expect(geometry.centre).toEqual({ x: 0, y: 0 });
    expect(geometry.bands.map((b) => [b.zone, b.inner, b.outer])).toEqual([
      ['inner', EGO_CLEAR, EGO_CLEAR + ROW],
      ['middle', EGO_CLEAR + ROW, EGO_CLEAR + 2 * ROW],
      ['outer', EGO_CLEAR + 2 * ROW, EGO_CLEAR + 3 * ROW],
      ['outside', EGO_CLEAR + 3 * ROW, EGO_CLEAR + 3 * ROW + EMPTY_OUTSIDE],
    ]);
  });

  it('gives the band beyond the rings a full row once someone has no tie to the person', () => {
    const lone = actor('00000000-0000-4000-8000-0000000001ff', { name: 'Voisin' });
    const outside = computeGeometry(withActor(sampleMap(), lone)).bands[3]!;
    expect(outside.outer - outside.inner).toBe(ROW);
  });

  it('puts the primary network at the top and covers the circle with the three sectors', () => {
    const geometry = computeGeometry(sampleMap());
    expect(geometry.sectors.reduce((sum, s) => sum + s.width, 0)).toBe(360);
    const at = (radius: number, angle: number) =>
      locate(geometry, pointAt({ x: 0, y: 0 }, radius, angle));
    expect(at(100, -90)).toMatchObject({ zone: 'inner', sphere: 'primary' });
    expect(at(200, 30)).toMatchObject({ zone: 'middle', sphere: 'informal_secondary' });
    expect(at(300, 150)).toMatchObject({ zone: 'outer', sphere: 'formal_secondary' });
    expect(at(390, -170)).toMatchObject({ zone: 'outside', sphere: 'formal_secondary' });
    expect(at(5000, 0)).toMatchObject({ zone: 'outside' });
  });

  it('grows a crowded ring by whole rows until every cell has a slot per actor', () => {
    let data = sampleMap();
    for (let i = 0; i < 9; i += 1) {
      const id = `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`;
      data = withActor(data, actor(id, { sphere: 'primary' }));
      data = withTie(
        data,
        tie(`00000000-0000-4000-8000-0000000002${String(i).padStart(2, '0')}`, IDS.ego, id, {
          closeness: 5,
        }),
      );
    }
    const geometry = computeGeometry(data);
    const inner = geometry.bands[0]!;
    expect(inner.rows).toBeGreaterThan(1);
    const slots = rowCapacities({ start: -150, width: 120 }, inner.inner, inner.rows).reduce(
      (n, r) => n + r.slots,
      0,
    );
    expect(slots).toBeGreaterThanOrEqual(10); // nine new actors and the mother
    expect(geometry.bands[1]!.inner).toBe(inner.outer);
  });

  it('holds every actor of a large map in its cell', () => {
    const data = scatteredMap(150);
    const egoTies = egoTiesOf(data);
    for (const domainSectors of [false, true]) {
      const geometry = computeGeometry(data, { domainSectors });
      const population = new Map<string, number>();
      for (const a of data.actors.slice(1)) {
        const key = JSON.stringify(cellKeyOf(a, egoTies, domainSectors));
        population.set(key, (population.get(key) ?? 0) + 1);
      }
      for (const [key, count] of population) {
        const cell = cellOf(geometry, JSON.parse(key));
        const slots = rowCapacities(cell, cell.inner, cell.rows).reduce((n, r) => n + r.slots, 0);
        expect(slots).toBeGreaterThanOrEqual(count);
      }
    }
  });

  it('cuts each sector by the domains of its actors, in the model order, when asked', () => {
    const geometry = computeGeometry(sampleMap(), { domainSectors: true });
    const primary = geometry.sectors.find((s) => s.sphere === 'primary')!;
    const formal = geometry.sectors.find((s) => s.sphere === 'formal_secondary')!;
    expect(primary.domains.map((d) => d.domain)).toEqual(['family']);
    expect(formal.domains.map((d) => d.domain)).toEqual(['school']);
    expect(geometry.sectors.find((s) => s.sphere === 'informal_secondary')!.domains).toEqual([]);

    const data = scatteredMap(60);
    const cut = computeGeometry(data, { domainSectors: true });
    for (const sector of cut.sectors) {
      const order = sector.domains.map((d) => DOMAINS.indexOf(d.domain));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(sector.domains.reduce((sum, d) => sum + d.width, 0)).toBeCloseTo(sector.width, 6);
      sector.domains.forEach((d, i) => {
        const middle = pointAt(cut.centre, 300, d.start + d.width / 2);
        expect(locate(cut, middle)).toMatchObject({ sphere: sector.sphere, domain: d.domain });
        if (i > 0)
          expect(d.start).toBeCloseTo(
            sector.domains[i - 1]!.start + sector.domains[i - 1]!.width,
            6,
          );
      });
    }
  });

  it('centres the rings on the person', () => {
    const data = { ...sampleMap(), placements: [{ actorId: IDS.ego, x: 40, y: -10 }] };
    expect(computeGeometry(data).centre).toEqual({ x: 40, y: -10 });
  });
});
