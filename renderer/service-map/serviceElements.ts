// The service's map as Cytoscape elements, a pure function of the network and the filters:
// the service at the centre; the address book's organisations around it, one sector per domain
// (the seeds group partners by domain), sized by the number of cases each serves; a network tie
// to every organisation that appears in cases' maps, and one partnership tie per partnership it
// is a partner in, drawn differently. The same organisation can carry both.
import type { ElementDefinition } from 'cytoscape';
import { DOMAINS } from '../../shared/model';
import type { DirectoryEntrySummary, PartnershipStatus } from '../../shared/partnerships/model';
import type { ServiceNetwork } from '../../shared/partnerships/network';

type Domain = (typeof DOMAINS)[number];

export interface ServiceFilters {
  domain: Domain | '';
  /** A partnership id, or '' for all of them. */
  partnershipId: string;
  status: PartnershipStatus | '';
  /** Hide the organisations that no case and no shown partnership uses. */
  onlyLinked: boolean;
}

export const NO_FILTERS: ServiceFilters = {
  domain: '',
  partnershipId: '',
  status: '',
  onlyLinked: false,
};

export const SERVICE_ID = 'service';
const BASE_SIZE = 34;
const SIZE_PER_CASE = 14;
const RING = 240;
const RING_STEP = 95;
const PER_RING = 9;

/** Bigger with more cases served, by the square root so that one hub does not crush the rest. */
export const entrySize = (caseCount: number): number =>
  Math.round(BASE_SIZE + SIZE_PER_CASE * Math.sqrt(caseCount));

export interface ServiceView {
  elements: ElementDefinition[];
  entries: DirectoryEntrySummary[];
}

export function serviceElements(
  network: ServiceNetwork,
  filters: ServiceFilters,
  serviceLabel: string,
  domainLabel: (domain: Domain) => string,
): ServiceView {
  const partnerships = network.partnerships.filter(
    (p) =>
      (filters.partnershipId === '' || p.id === filters.partnershipId) &&
      (filters.status === '' || p.status === filters.status),
  );
  const partnerOf = new Map<string, { id: string; status: PartnershipStatus }[]>();
  for (const p of partnerships) {
    for (const partner of p.partners) {
      const list = partnerOf.get(partner.entryId) ?? [];
      list.push({ id: p.id, status: p.status });
      partnerOf.set(partner.entryId, list);
    }
  }
  const focused = filters.partnershipId !== '' || filters.status !== '';
  const entries = network.entries.filter(
    (e) =>
      (filters.domain === '' || e.domain === filters.domain) &&
      // A partnership filter shows that partnership's partners; "only linked" hides the unused.
      (!focused || partnerOf.has(e.id)) &&
      (!filters.onlyLinked || e.caseCount > 0 || partnerOf.has(e.id)),
  );

  const elements: ElementDefinition[] = [
    {
      group: 'nodes',
      data: { id: SERVICE_ID, label: serviceLabel, size: 96 },
      position: { x: 0, y: 0 },
      classes: 'service',
      locked: true,
    },
  ];
  const positions = layoutByDomain(entries);
  for (const sector of positions.sectors) {
    elements.push({
      group: 'nodes',
      data: { id: `domain:${sector.domain}`, label: domainLabel(sector.domain) },
      position: sector.labelAt,
      classes: 'domain-label',
      selectable: false,
      grabbable: false,
    });
  }
  for (const entry of entries) {
    const id = `entry:${entry.id}`;
    const partner = partnerOf.has(entry.id);
    elements.push({
      group: 'nodes',
      data: {
        id,
        entryId: entry.id,
        label: entry.name,
        size: entrySize(entry.caseCount),
        caseCount: entry.caseCount,
        sphere: entry.sphere,
        domain: entry.domain,
      },
      position: positions.at.get(entry.id) ?? { x: 0, y: 0 },
      classes: ['entry', entry.kind, entry.sphere, partner ? 'partner' : ''].join(' ').trim(),
    });
    if (entry.caseCount > 0) {
      elements.push({
        group: 'edges',
        data: { id: `network:${entry.id}`, source: SERVICE_ID, target: id, cases: entry.caseCount },
        classes: 'network',
      });
    }
    for (const p of partnerOf.get(entry.id) ?? []) {
      elements.push({
        group: 'edges',
        data: {
          id: `partnership:${p.id}:${entry.id}`,
          source: SERVICE_ID,
          target: id,
          partnershipId: p.id,
        },
        classes: `partnership ${p.status}`,
      });
    }
  }
  return { elements, entries };
}

interface Point {
  x: number;
  y: number;
}

/**
 * One sector per domain present, in the model's order, as wide as its share of the entries
 * (at least a few degrees); inside, entries spread along arcs, a new ring every PER_RING.
 */
export function layoutByDomain(entries: readonly DirectoryEntrySummary[]) {
  const byDomain = new Map<Domain, DirectoryEntrySummary[]>();
  for (const domain of DOMAINS) {
    const list = entries
      .filter((e) => e.domain === domain)
      .sort((a, b) => b.caseCount - a.caseCount || a.name.localeCompare(b.name));
    if (list.length > 0) byDomain.set(domain, list);
  }
  const at = new Map<string, Point>();
  const sectors: { domain: Domain; labelAt: Point }[] = [];
  const weights = [...byDomain.values()].map((list) => Math.max(list.length, 1.5));
  const total = weights.reduce((s, w) => s + w, 0);
  let angle = -Math.PI / 2;
  [...byDomain.entries()].forEach(([domain, list], index) => {
    const width = (2 * Math.PI * weights[index]!) / total;
    const rings = Math.ceil(list.length / PER_RING);
    list.forEach((entry, i) => {
      const ring = i % rings;
      const slot = Math.floor(i / rings);
      const inRing = Math.ceil((list.length - ring) / rings);
      const a = angle + (width * (slot + 0.5)) / Math.max(inRing, 1);
      // Entries serving more cases sit nearer the service.
      const r = RING + ring * RING_STEP;
      at.set(entry.id, { x: Math.round(r * Math.cos(a)), y: Math.round(r * Math.sin(a)) });
    });
    const middle = angle + width / 2;
    const labelRadius = RING + rings * RING_STEP + 10;
    sectors.push({
      domain,
      labelAt: {
        x: Math.round(labelRadius * Math.cos(middle)),
        y: Math.round(labelRadius * Math.sin(middle)),
      },
    });
    angle += width;
  });
  return { at, sectors };
}
