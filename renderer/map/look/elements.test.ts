import { describe, expect, it } from 'vitest';
import { IDS, sampleMap, tie } from '../../testing/sampleMap';
import { withTie } from '../model/mapModel';
import { mapElements, PARALLEL_STEP, parallelOffsets } from './elements';
import { mapStylesheet } from './stylesheet';
import { zigzagPoints } from './tieLook';

const SECOND = '00000000-0000-4000-8000-0000000000b1';
const THIRD = '00000000-0000-4000-8000-0000000000b2';

/** The offset seen from the actor with the smaller id: the side of the line it is drawn on. */
const side = (t: { sourceId: string; targetId: string }, offset: number) =>
  t.sourceId < t.targetId ? offset : -offset;

describe('several ties between the same two actors', () => {
  it('leaves a lone tie on the straight line', () => {
    const offsets = parallelOffsets(sampleMap().ties);
    expect([...offsets.values()]).toEqual([0, 0]);
  });

  it('spreads them on both sides, whichever way each one points', () => {
    const data = sampleMap();
    const ties = [
      data.ties[0]!,
      tie(SECOND, IDS.mother, IDS.ego, { valence: 'stressful' }),
      tie(THIRD, IDS.ego, IDS.mother, { valence: 'broken' }),
    ];
    const offsets = parallelOffsets(ties);
    const sides = ties.map((t) => side(t, offsets.get(t.id)!));
    expect(new Set(sides).size).toBe(3);
    expect([...sides].sort((a, b) => a - b)).toEqual([-PARALLEL_STEP, 0, PARALLEL_STEP]);
  });

  it('curves a plain tie of the pair and shifts a zig-zag one aside', () => {
    const data = withTie(sampleMap(), tie(SECOND, IDS.mother, IDS.ego, { valence: 'stressful' }));
    const edges = new Map(mapElements(data).map((e) => [e.data.id, e]));
    const plain = edges.get(IDS.tieMother)!;
    const zigzag = edges.get(SECOND)!;
    expect(plain.classes).toContain('parallel');
    expect(plain.data.curveOffset).not.toBe(0);
    const shift = parallelOffsets(data.ties).get(SECOND)!;
    expect(zigzag.data.zigzag).toEqual(zigzagPoints('small').map((p) => p.distance + shift));
    expect(edges.get(IDS.tieSchool)!.classes).not.toContain('parallel');
  });
});

describe('mapElements', () => {
  it('keeps the person at the centre: the only node that cannot be dragged', () => {
    const nodes = mapElements(sampleMap()).filter((e) => e.group === 'nodes');
    expect(nodes.filter((n) => n.grabbable === false).map((n) => n.data.id)).toEqual([IDS.ego]);
  });

  it('draws each actor where the rings put it when positions are given', () => {
    const at = new Map([[IDS.mother, { x: 7, y: -99 }]]);
    const mother = mapElements(sampleMap(), at).find((e) => e.data.id === IDS.mother)!;
    expect(mother.position).toEqual({ x: 7, y: -99 });
  });
});

describe('mapStylesheet options', () => {
  const block = (sheet: ReturnType<typeof mapStylesheet>, selector: string) =>
    (sheet as unknown as { selector: string; style: Record<string, unknown> }[]).filter(
      (b) => b.selector === selector,
    );

  it('draws plain straight ties, without dashes or arrows, only in the overview', () => {
    const plainEdge = (sheet: ReturnType<typeof mapStylesheet>) =>
      block(sheet, 'edge').some((b) => b.style['curve-style'] === 'straight');
    expect(plainEdge(mapStylesheet())).toBe(false);
    const overview = block(mapStylesheet({ overview: true }), 'edge').at(-1)!.style;
    expect(overview).toMatchObject({
      'curve-style': 'straight',
      'line-style': 'solid',
      'target-arrow-shape': 'none',
      'source-arrow-shape': 'none',
    });
  });

  it('enlarges the labels in presentation', () => {
    const size = (scale: number) =>
      block(mapStylesheet({ labelScale: scale }), 'node')[0]!.style['font-size'];
    expect(size(1.2)).toBeCloseTo((size(1) as number) * 1.2, 6);
  });
});
