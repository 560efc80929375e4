// SVG shapes of the rings and sectors, in map coordinates (the layer's transform follows the
// canvas's pan and zoom). Pure functions of the geometry, so they are tested without a browser.
import type { CellKey, MapGeometry, Point } from '../layout/geometry';
import { bandOf, cellOf, pointAt } from '../layout/geometry';
import type { Sphere } from '../model/enums';
import type { Zone } from '../layout/rings';

/** Calm tints of the sphere colours (nodeLook.ts), strongest near the person. */
export const SECTOR_TINT: Record<Sphere, string> = {
  primary: '#f2b84b',
  informal_secondary: '#4cc09a',
  formal_secondary: '#7cc3ee',
};
export const ZONE_OPACITY: Record<Zone, number> = {
  inner: 0.34,
  middle: 0.22,
  outer: 0.12,
  outside: 0,
};

const fixed = (n: number) => Math.round(n * 10) / 10;
const at = (centre: Point, radius: number, angle: number) => {
  const p = pointAt(centre, radius, angle);
  return `${fixed(p.x)} ${fixed(p.y)}`;
};

/** An annular sector from `start` to `start + width` degrees, between two radii. */
export function annularSector(
  centre: Point,
  inner: number,
  outer: number,
  start: number,
  width: number,
): string {
  const end = start + width;
  const large = width > 180 ? 1 : 0;
  if (width >= 359.99) {
    // A full ring: two half circles each way (an arc cannot start and end at the same point).
    const half = start + 180;
    return [
      `M ${at(centre, outer, start)}`,
      `A ${outer} ${outer} 0 1 1 ${at(centre, outer, half)}`,
      `A ${outer} ${outer} 0 1 1 ${at(centre, outer, start)}`,
      `M ${at(centre, inner, start)}`,
      `A ${inner} ${inner} 0 1 0 ${at(centre, inner, half)}`,
      `A ${inner} ${inner} 0 1 0 ${at(centre, inner, start)} Z`,
    ].join(' ');
  }
  return [
    `M ${at(centre, inner, start)}`,
    `L ${at(centre, outer, start)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${at(centre, outer, end)}`,
    `L ${at(centre, inner, end)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${at(centre, inner, start)} Z`,
  ].join(' ');
}

export interface RingShapes {
  tiles: { key: string; sphere: Sphere; zone: Zone; d: string }[];
  circles: { zone: Zone; radius: number }[];
  spokes: { key: string; from: Point; to: Point; domain: boolean }[];
}

export function ringShapes(geometry: MapGeometry): RingShapes {
  const { centre } = geometry;
  const tiles: RingShapes['tiles'] = [];
  for (const band of geometry.bands) {
    if (ZONE_OPACITY[band.zone] === 0) continue;
    for (const sector of geometry.sectors) {
      tiles.push({
        key: `${band.zone}-${sector.sphere}`,
        sphere: sector.sphere,
        zone: band.zone,
        d: annularSector(centre, band.inner, band.outer, sector.start, sector.width),
      });
    }
  }
  const circles = geometry.bands.map((band) => ({ zone: band.zone, radius: band.outer }));
  const from = geometry.bands[0]!.inner;
  const to = bandOf(geometry, 'outside').outer;
  const spokes: RingShapes['spokes'] = [];
  for (const sector of geometry.sectors) {
    spokes.push({
      key: `sector-${sector.sphere}`,
      from: pointAt(centre, from, sector.start),
      to: pointAt(centre, to, sector.start),
      domain: false,
    });
    sector.domains.slice(1).forEach((domain) =>
      spokes.push({
        key: `domain-${sector.sphere}-${domain.domain}`,
        from: pointAt(centre, from, domain.start),
        to: pointAt(centre, bandOf(geometry, 'outer').outer, domain.start),
        domain: true,
      }),
    );
  }
  return { tiles, circles, spokes };
}

/** The cell under the pointer while an actor is dragged, drawn as a highlight. */
export function cellPath(geometry: MapGeometry, key: CellKey): string {
  const cell = cellOf(geometry, key);
  return annularSector(geometry.centre, cell.inner, cell.outer, cell.start, cell.width);
}

export interface RingLabelSpot {
  key: string;
  at: Point;
  anchor: 'start' | 'middle' | 'end';
}

/** Where the inner ring's name sits: just under the person, inside the first row. */
export const INNER_LABEL_RADIUS = 70;

/**
 * Ring names straight below the person: the inner one just under the person, the others on
 * the free gutter between two sectors (layout/geometry.ts, LABEL_GUTTER).
 */
export function zoneLabelSpots(geometry: MapGeometry): (RingLabelSpot & { zone: Zone })[] {
  return geometry.bands.map((band) => ({
    key: band.zone,
    zone: band.zone,
    at: pointAt(
      geometry.centre,
      band.zone === 'inner' ? INNER_LABEL_RADIUS : (band.inner + band.outer) / 2,
      90,
    ),
    anchor: 'middle',
  }));
}

/**
 * Where the names of the networks go, beyond the last band: the primary network straight above
 * the person, the other two low on their sectors, written outwards so they never meet.
 */
export const SECTOR_LABEL_PLACE: Record<
  Sphere,
  { angle: number; anchor: RingLabelSpot['anchor']; gap: number }
> = {
  primary: { angle: -90, anchor: 'middle', gap: 30 },
  // Two lines each, clear of the names hanging under the outermost actors.
  informal_secondary: { angle: 64, anchor: 'start', gap: 62 },
  formal_secondary: { angle: 116, anchor: 'end', gap: 62 },
};

/** Map units from the last band to beyond the networks' names. */
export const SECTOR_LABEL_REACH = 74;

/** Sphere names beyond the last band. */
export function sectorLabelSpots(geometry: MapGeometry): (RingLabelSpot & { sphere: Sphere })[] {
  const edge = bandOf(geometry, 'outside').outer;
  return geometry.sectors.map((sector) => {
    const place = SECTOR_LABEL_PLACE[sector.sphere];
    return {
      key: sector.sphere,
      sphere: sector.sphere,
      at: pointAt(geometry.centre, edge + place.gap, place.angle),
      anchor: place.anchor,
    };
  });
}

/** Domain names at the outer edge of the rings, in the middle of their sub-sector. */
export function domainLabelSpots(geometry: MapGeometry) {
  const radius = bandOf(geometry, 'outer').outer - 14;
  return geometry.sectors.flatMap((sector) =>
    sector.domains.map((domain) => ({
      key: `${sector.sphere}-${domain.domain}`,
      domain: domain.domain,
      at: pointAt(geometry.centre, radius, domain.start + domain.width / 2),
      anchor: 'middle' as const,
    })),
  );
}
