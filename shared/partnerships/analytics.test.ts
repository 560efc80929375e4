import { describe, expect, it } from 'vitest';
import type { DirectoryEntrySummary } from './model';
import { SERVICE_DOMAINS, serviceAnalytics } from './analytics';
import type { MergedNode, ServiceNetwork } from './network';

const node = (id: string, type: MergedNode['type'], domain: MergedNode['domain']): MergedNode => ({
  id,
  label: id,
  type,
  kind: type === 'case' ? 'person' : 'organisation',
  sphere: type === 'case' ? 'primary' : 'formal_secondary',
  domain,
});

const entry = (id: string, domain: DirectoryEntrySummary['domain']): DirectoryEntrySummary => ({
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
  caseCount: 0,
  partnershipCount: 0,
});

// Two young people's circles joined only through the school: the school is the broker.
//   case:a — mother-a, case:a — club, case:a — school, school — case:b, case:b — mother-b
const network: ServiceNetwork = {
  entries: [entry('school', 'school'), entry('club', 'sport')],
  partnerships: [
    {
      id: '0b000000-0000-4000-8000-000000000001',
      title: 'Scolarité',
      status: 'active',
      partners: [{ entryId: 'school', stage: 'enrolment' }],
    },
  ],
  merged: {
    nodes: [
      node('case:a', 'case', 'family'),
      node('case:b', 'case', 'family'),
      node('actor:mother-a', 'actor', 'family'),
      node('actor:mother-b', 'actor', 'family'),
      node('entry:club', 'entry', 'sport'),
      node('entry:school', 'entry', 'school'),
    ],
    edges: [
      { source: 'actor:mother-a', target: 'case:a', count: 1 },
      { source: 'case:a', target: 'entry:club', count: 1 },
      { source: 'case:a', target: 'entry:school', count: 1 },
      { source: 'case:b', target: 'entry:school', count: 1 },
      { source: 'actor:mother-b', target: 'case:b', count: 1 },
    ],
  },
};

describe('service analytics', () => {
  it('finds the organisation that joins two young people’s circles', () => {
    const result = serviceAnalytics(network);
    expect(result).toMatchObject({ nodeCount: 6, edgeCount: 5, caseCount: 2, sampled: false });
    // Young people are left out of the ranking: the school lies on the 3 × 2 shortest paths
    // between the circles, of the 10 pairs that do not include it.
    expect(result.brokers.map((b) => b.id)).toEqual(['entry:school']);
    expect(result.brokers[0]!.value).toBeCloseTo(6 / 10);
    expect(result.holeSpanners.map((h) => h.id)).toEqual(['entry:school']);
    expect(result.holeSpanners[0]!.constraint).toBeCloseTo(0.5);
  });

  it('names the domains the address book and the partnerships leave empty', () => {
    const result = serviceAnalytics(network);
    expect(result.domainsMissing).toEqual(
      SERVICE_DOMAINS.filter((d) => d !== 'school' && d !== 'sport'),
    );
    expect(result.domainsMissing).toContain('health');
    expect(result.domainsWithoutPartnership).toEqual(['sport']);
  });

  it('copes with an empty network', () => {
    const empty = serviceAnalytics({
      entries: [],
      partnerships: [],
      merged: { nodes: [], edges: [] },
    });
    expect(empty).toMatchObject({ nodeCount: 0, brokers: [], holeSpanners: [] });
    expect(empty.domainsMissing).toEqual([...SERVICE_DOMAINS]);
  });
});
