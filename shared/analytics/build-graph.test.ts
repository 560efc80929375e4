import { describe, expect, it } from 'vitest';
import { TIE_DEFAULTS, type Actor, type Tie } from '../model';
import { buildMapGraphs } from './build-graph';
import { tieStrength } from './tie-strength';

const at = '2025-01-01T00:00:00.000Z';
const actor = (id: string, sphere: Actor['sphere'], isEgo = false): Actor => ({
  id,
  mapId: 'm',
  kind: 'person',
  name: `name ${id}`,
  roleLabel: '',
  sphere,
  domain: isEgo ? 'family' : sphere === 'primary' ? 'friends' : 'school',
  notes: '',
  placedBy: 'educator',
  isEgo,
  createdAt: at,
  updatedAt: at,
});
const tie = (id: string, sourceId: string, targetId: string, fields: Partial<Tie> = {}): Tie => ({
  ...TIE_DEFAULTS,
  id,
  mapId: 'm',
  sourceId,
  targetId,
  createdAt: at,
  updatedAt: at,
  ...fields,
});

// The person P; a friend F drawn twice (P→F weak, F→P strong); a teacher T tied to F; an old
// friend O whose only tie is broken; a tie to an actor that does not exist; a self-tie.
const actors = [
  actor('P', 'primary', true),
  actor('F', 'primary'),
  actor('T', 'formal_secondary'),
  actor('O', 'primary'),
];
const ties = [
  tie('t1', 'P', 'F', { closeness: 1, supportForward: ['information'] }),
  tie('t2', 'F', 'P', {
    closeness: 5,
    frequency: 'daily',
    supportForward: ['emotional', 'practical'],
  }),
  tie('t3', 'T', 'F', { supportBackward: ['practical'] }),
  tie('t4', 'P', 'O', { valence: 'broken', supportForward: ['emotional'] }),
  tie('t5', 'P', 'ghost'),
  tie('t6', 'T', 'T'),
];

describe('the graphs of a map', () => {
  const graphs = buildMapGraphs({ actors, ties });

  it('keeps every actor with its sphere, domain and tie to the person', () => {
    expect(graphs.egoId).toBe('P');
    expect(graphs.map.order).toBe(4);
    expect(graphs.map.getNodeAttributes('F')).toEqual({
      label: 'name F',
      sphere: 'primary',
      domain: 'friends',
      kind: 'person',
      isEgo: false,
      egoValence: 'supportive',
    });
    expect(graphs.map.getNodeAttribute('O', 'egoValence')).toBe('broken');
    expect(graphs.map.getNodeAttribute('T', 'egoValence')).toBeNull();
  });

  it('merges the two ties of a pair into one edge carried by the stronger', () => {
    expect(graphs.map.edges().sort()).toEqual(['t2', 't3']);
    const edge = graphs.map.getEdgeAttributes('t2');
    expect(edge.tieIds).toEqual(['t1', 't2']);
    expect(edge.closeness).toBe(5);
    expect(edge.strength).toBe(tieStrength(ties[1] as Tie).score);
    expect(edge.strong).toBe(true);
    expect(graphs.map.getEdgeAttribute('t3', 'strong')).toBe(false);
  });

  it('leaves broken ties, unknown actors and self-ties out of the graphs', () => {
    expect(graphs.map.hasEdge('P', 'O')).toBe(false);
    expect(graphs.map.degree('O')).toBe(0);
    expect(graphs.map.hasNode('ghost')).toBe(false);
    expect(graphs.support.hasEdge('P', 'O')).toBe(false);
    const withBroken = buildMapGraphs({ actors, ties }, { includeBroken: true });
    expect(withBroken.map.getEdgeAttribute('P', 'O', 'valence')).toBe('broken');
  });

  it('points the support graph the way help flows, uniting the pair’s ties', () => {
    const arcs = graphs.support.mapEdges(
      (_e, a, s, t) => `${s}->${t} ${a.types.join('+')} [${a.tieIds.join(',')}]`,
    );
    expect(arcs.sort()).toEqual([
      'F->P emotional+practical [t2]',
      'F->T practical [t3]',
      'P->F information [t1]',
    ]);
  });

  it('drops the person from the network without the person', () => {
    expect(graphs.withoutEgo.hasNode('P')).toBe(false);
    expect(graphs.withoutEgo.edges()).toEqual(['t3']);
    expect(graphs.map.hasNode('P')).toBe(true);
  });

  it('does not depend on the order of the ties', () => {
    const reversed = buildMapGraphs({ actors, ties: [...ties].reverse() });
    expect(
      reversed.map
        .export()
        .edges.map((e) => e.key)
        .sort(),
    ).toEqual(['t2', 't3']);
    expect(reversed.map.getEdgeAttributes('t2')).toEqual(graphs.map.getEdgeAttributes('t2'));
  });
});
