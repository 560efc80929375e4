// The rings and sectors drawn under the map, as numbers: the person at the centre, one band per
// zone (three rings of closeness, then "outside" for actors with no tie to the person), one
// sector per sphere, optionally cut into one sub-sector per domain. The geometry is a pure
// function of the model: a band grows by whole rows when one of its cells holds more actors
// than its rows have slots, so tidying can always place everyone without overlap.
import { DOMAINS, SPHERES, type Actor, type MapData } from '../../../shared/model';
import type { Domain, Sphere } from '../model/enums';
import { egoTiesOf, zoneOfCloseness, ZONES, type EgoTies, type Zone } from './rings';

export interface Point {
  x: number;
  y: number;
}

/** Radial distance between two rows of actors, and the least arc between two neighbours. */
export const ROW = 100;
export const ARC = 115;
/** Free space around the person before the inner ring's first row. */
export const EGO_CLEAR = 60;
/** The band beyond the rings while no actor is there (no tie to the person). */
export const EMPTY_OUTSIDE = 50;

/** Angles in degrees, 0 = right, clockwise (screen y points down). */
export const SPHERE_SECTOR: Record<Sphere, { start: number; width: number }> = {
  primary: { start: -150, width: 120 },
  informal_secondary: { start: -30, width: 120 },
  formal_secondary: { start: 90, width: 120 },
};

export interface Band {
  zone: Zone;
  inner: number;
  outer: number;
  rows: number;
}

export interface DomainSector {
  domain: Domain;
  start: number;
  width: number;
}

export interface Sector {
  sphere: Sphere;
  start: number;
  width: number;
  /** The domains of the sphere's actors, in the model's order; empty when not subdivided. */
  domains: DomainSector[];
}

export interface MapGeometry {
  centre: Point;
  bands: Band[];
  sectors: Sector[];
  domainSectors: boolean;
}

/** One zone of one (sub-)sector: where the actors of a ring, sphere (and domain) go. */
export interface Cell {
  zone: Zone;
  sphere: Sphere;
  domain: Domain | null;
  start: number;
  width: number;
  inner: number;
  outer: number;
  rows: number;
}

/** The address of an actor on the map: its zone, sphere and (when subdivided) domain. */
export interface CellKey {
  zone: Zone;
  sphere: Sphere;
  domain: Domain | null;
}

export const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The spoke straight below the person, where the names of the outer rings are written
 * (RingsLayer; the inner ring's name sits just under the person, inside the first row).
 */
export const LABEL_SPOKE = 90;
/** Arc kept free on each side of that spoke beyond the inner ring, so the names stay readable. */
export const LABEL_GUTTER = 60;

export interface Row {
  radius: number;
  slots: number;
  /** The usable arc of the row, in degrees from the cell's start. */
  from: number;
  to: number;
}

const touches = (angle: number, spoke: number) =>
  Math.abs(angleFrom(spoke, angle)) < 1e-6 || Math.abs(angleFrom(spoke, angle) - 360) < 1e-6;

/** The rows of a cell: as many slots as fit along each arc (at least one), minus the gutter. */
export function rowCapacities(
  arc: { start: number; width: number },
  inner: number,
  rows: number,
): Row[] {
  const labelled = inner > EGO_CLEAR;
  const guardStart = labelled && touches(arc.start, LABEL_SPOKE);
  const guardEnd = labelled && touches(arc.start + arc.width, LABEL_SPOKE);
  return Array.from({ length: rows }, (_, k) => {
    const radius = inner + ROW / 2 + k * ROW;
    const gutter = (LABEL_GUTTER / radius) * (180 / Math.PI);
    // A gutter never takes more than a third of a narrow arc.
    const from = guardStart ? Math.min(gutter, arc.width / 3) : 0;
    const to = arc.width - (guardEnd ? Math.min(gutter, arc.width / 3) : 0);
    const slots = Math.max(1, Math.floor((radians(to - from) * radius) / ARC));
    return { radius, slots, from, to };
  });
}

export function cellKeyOf(actor: Actor, egoTies: EgoTies, domainSectors: boolean): CellKey {
  return {
    zone: zoneOfCloseness(egoTies.closeness.get(actor.id) ?? null),
    sphere: actor.sphere,
    domain: domainSectors ? actor.domain : null,
  };
}

const keyText = (key: CellKey) => `${key.zone}|${key.sphere}|${key.domain ?? ''}`;

function sectorsOf(actors: readonly Actor[], domainSectors: boolean): Sector[] {
  return SPHERES.map((sphere) => {
    const { start, width } = SPHERE_SECTOR[sphere];
    if (!domainSectors) return { sphere, start, width, domains: [] };
    const counts = new Map<Domain, number>();
    for (const actor of actors)
      if (actor.sphere === sphere) counts.set(actor.domain, (counts.get(actor.domain) ?? 0) + 1);
    // Wider for busier domains, never a sliver: each domain weighs its count plus one.
    const present = DOMAINS.filter((domain) => counts.has(domain));
    const total = present.reduce((sum, domain) => sum + counts.get(domain)! + 1, 0);
    let at = start;
    const domains = present.map((domain) => {
      const share = (width * (counts.get(domain)! + 1)) / total;
      const sector = { domain, start: at, width: share };
      at += share;
      return sector;
    });
    return { sphere, start, width, domains };
  });
}

export function computeGeometry(
  data: MapData,
  options: { domainSectors?: boolean; egoTies?: EgoTies } = {},
): MapGeometry {
  const domainSectors = options.domainSectors ?? false;
  const egoTies = options.egoTies ?? egoTiesOf(data);
  const ego = data.actors.find((actor) => actor.isEgo);
  const egoAt = ego && data.placements.find((p) => p.actorId === ego.id);
  const centre = egoAt ? { x: egoAt.x, y: egoAt.y } : { x: 0, y: 0 };
  const actors = data.actors.filter((actor) => !actor.isEgo);
  const sectors = sectorsOf(actors, domainSectors);

  const population = new Map<string, number>();
  for (const actor of actors) {
    const key = keyText(cellKeyOf(actor, egoTies, domainSectors));
    population.set(key, (population.get(key) ?? 0) + 1);
  }
  const arcsOf = (sector: Sector) =>
    sector.domains.length > 0
      ? sector.domains.map((d): { domain: Domain | null; start: number; width: number } => d)
      : [{ domain: null, start: sector.start, width: sector.width }];

  const bands: Band[] = [];
  let inner = EGO_CLEAR;
  for (const zone of ZONES) {
    let rows = 1;
    let occupied = false;
    for (const sector of sectors) {
      for (const arc of arcsOf(sector)) {
        const wanted = population.get(keyText({ zone, sphere: sector.sphere, domain: arc.domain }));
        if (!wanted) continue;
        occupied = true;
        while (rowCapacities(arc, inner, rows).reduce((n, r) => n + r.slots, 0) < wanted) rows += 1;
      }
    }
    // With nobody outside the rings, that band is only a margin to drop someone in.
    const thickness = zone === 'outside' && !occupied ? EMPTY_OUTSIDE : rows * ROW;
    bands.push({ zone, inner, outer: inner + thickness, rows });
    inner += thickness;
  }
  return { centre, bands, sectors, domainSectors };
}

export function bandOf(geometry: MapGeometry, zone: Zone): Band {
  return geometry.bands.find((band) => band.zone === zone)!;
}

export function cellOf(geometry: MapGeometry, key: CellKey): Cell {
  const band = bandOf(geometry, key.zone);
  const sector = geometry.sectors.find((s) => s.sphere === key.sphere)!;
  const sub = key.domain === null ? undefined : sector.domains.find((d) => d.domain === key.domain);
  const arc = sub ?? sector;
  return {
    zone: key.zone,
    sphere: key.sphere,
    domain: sub ? sub.domain : null,
    start: arc.start,
    width: arc.width,
    inner: band.inner,
    outer: band.outer,
    rows: band.rows,
  };
}

/** Degrees from `start`, clockwise, in [0, 360). */
export function angleFrom(start: number, angle: number): number {
  return (((angle - start) % 360) + 360) % 360;
}

export function polarOf(centre: Point, point: Point): { radius: number; angle: number } {
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  return { radius: Math.hypot(dx, dy), angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}

export function pointAt(centre: Point, radius: number, angle: number): Point {
  return {
    x: centre.x + radius * Math.cos(radians(angle)),
    y: centre.y + radius * Math.sin(radians(angle)),
  };
}

/** Which zone, sphere and domain a point of the map lies in. */
export function locate(geometry: MapGeometry, point: Point): CellKey {
  const { radius, angle } = polarOf(geometry.centre, point);
  const band =
    geometry.bands.find((b) => radius < b.outer) ?? geometry.bands[geometry.bands.length - 1]!;
  const sector =
    geometry.sectors.find((s) => angleFrom(s.start, angle) < s.width) ?? geometry.sectors[0]!;
  const domain =
    sector.domains.find((d) => angleFrom(d.start, angle) < d.width)?.domain ??
    sector.domains[sector.domains.length - 1]?.domain ??
    null;
  return { zone: band.zone, sphere: sector.sphere, domain };
}

/** The outer edge of the last ring (the "outside" band lies beyond it). */
export function ringsRadius(geometry: MapGeometry): number {
  return bandOf(geometry, 'outer').outer;
}
