import { describe, expect, it } from 'vitest';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import type { ServiceNetwork } from '../../shared/partnerships/network';
import { entrySize, layoutByDomain, NO_FILTERS, serviceElements } from './serviceElements';

const entry = (
  id: string,
  domain: DirectoryEntrySummary['domain'],
  caseCount: number,
): DirectoryEntrySummary => ({
  id,
  name: id,
  kind: 'organisation',
  sphere: 'formal_secondary',
  domain,
  address: '',
  contacts: [],
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  caseCount,
  partnershipCount: 0,
});

const network: ServiceNetwork = {
  entries: [entry('fjt', 'housing', 2), entry('school', 'school', 1), entry('club', 'sport', 0)],
  partnerships: [
    {
      id: 'p-active',
      title: 'Autonomie',
      status: 'active',
      partners: [{ entryId: 'fjt', stage: 'enrolment' }],
    },
    {
      id: 'p-ended',
      title: 'Ancien projet',
      status: 'ended',
      partners: [
        { entryId: 'fjt', stage: 'mobilisation' },
        { entryId: 'club', stage: 'interessement' },
      ],
    },
  ],
  merged: { nodes: [], edges: [] },
};

const view = (filters = NO_FILTERS) =>
  serviceElements(network, filters, 'Le service', (d) => d.toUpperCase());
const edgesOf = (elements: ReturnType<typeof view>['elements'], cls: string) =>
  elements
    .filter((e) => e.group === 'edges' && String(e.classes).split(' ').includes(cls))
    .map((e) => e.data.id);

describe('the service map elements', () => {
  it('draws a network tie per organisation used by cases and a partnership tie per partnership', () => {
    const { elements, entries } = view();
    expect(entries.map((e) => e.id)).toEqual(['fjt', 'school', 'club']);
    expect(edgesOf(elements, 'network')).toEqual(['network:fjt', 'network:school']);
    expect(edgesOf(elements, 'partnership')).toEqual([
      'partnership:p-active:fjt',
      'partnership:p-ended:fjt',
      'partnership:p-ended:club',
    ]);
    // The same organisation carries both kinds of tie.
    const fjt = elements.find((e) => e.data.id === 'entry:fjt');
    expect(String(fjt?.classes)).toContain('partner');
    expect(fjt?.data.size).toBe(entrySize(2));
    expect(entrySize(2)).toBeGreaterThan(entrySize(0));
  });

  it('filters by partnership status, by partnership and by domain', () => {
    const active = view({ ...NO_FILTERS, status: 'active' });
    expect(active.entries.map((e) => e.id)).toEqual(['fjt']);
    expect(edgesOf(active.elements, 'partnership')).toEqual(['partnership:p-active:fjt']);
    const ended = view({ ...NO_FILTERS, partnershipId: 'p-ended' });
    expect(ended.entries.map((e) => e.id)).toEqual(['fjt', 'club']);
    expect(view({ ...NO_FILTERS, domain: 'school' }).entries.map((e) => e.id)).toEqual(['school']);
    const linked = serviceElements(
      { ...network, partnerships: [] },
      { ...NO_FILTERS, onlyLinked: true },
      'S',
      String,
    );
    expect(linked.entries.map((e) => e.id)).toEqual(['fjt', 'school']);
  });

  it('gives each domain its own sector around the service', () => {
    const { at, sectors } = layoutByDomain(network.entries);
    expect(sectors.map((s) => s.domain)).toEqual(['school', 'sport', 'housing']);
    const angle = (id: string) => Math.atan2(at.get(id)!.y, at.get(id)!.x);
    const distance = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
    expect(new Set(network.entries.map((e) => angle(e.id))).size).toBe(3);
    expect(distance('fjt')).toBeGreaterThan(100);
  });
});
