import { describe, expect, it } from 'vitest';
import { actor, IDS, sampleMap, tie } from '../../testing/sampleMap';
import { withActor, withoutActor, withTie } from '../model/mapModel';
import { compareWished } from './compare';

/** The wished copy of the sample map, with other ids as map.createWished gives them. */
function copyOf(data: ReturnType<typeof sampleMap>) {
  const id = (old: string) => old.replace('00000000-0000-4000-8000', '11111111-1111-4111-8111');
  return {
    ...data,
    actors: data.actors.map((a) => ({ ...a, id: id(a.id) })),
    ties: data.ties.map((t) => ({
      ...t,
      id: id(t.id),
      sourceId: id(t.sourceId),
      targetId: id(t.targetId),
    })),
    placements: data.placements.map((p) => ({ ...p, actorId: id(p.actorId) })),
  };
}
const W = (old: string) => old.replace('00000000-0000-4000-8000', '11111111-1111-4111-8111');

describe('compareWished', () => {
  it('marks nothing on an untouched copy', () => {
    const today = sampleMap();
    const marks = compareWished(today, copyOf(today));
    expect([...marks.wished, ...marks.today]).toEqual([]);
    expect(marks.counts).toEqual({ closer: 0, further: 0, new: 0, gone: 0 });
  });

  it('marks who is wished closer, further, new, and who is gone', () => {
    const today = sampleMap();
    let wished = copyOf(today);
    wished = withTie(wished, { ...wished.ties[0]!, closeness: 2 }); // the mother, further
    wished = withTie(wished, { ...wished.ties[1]!, closeness: 4 }); // the school, closer
    const cousin = '11111111-1111-4111-8111-0000000000f1';
    wished = withActor(wished, actor(cousin, { name: 'Cousine Nour' }));
    const marks = compareWished(today, wished);
    expect(marks.wished.get(W(IDS.mother))).toBe('wish-further');
    expect(marks.wished.get(W(IDS.school))).toBe('wish-closer');
    expect(marks.wished.get(cousin)).toBe('wish-new');
    expect(marks.today.size).toBe(0);

    const without = withoutActor(wished, W(IDS.mother));
    expect(compareWished(today, without).today.get(IDS.mother)).toBe('wish-gone');
  });

  it('matches names whatever their case and accents, and counts a new tie as closer', () => {
    const today = withActor(
      sampleMap(),
      actor('00000000-0000-4000-8000-0000000000f2', { name: 'Élodie' }),
    );
    let wished = copyOf(today);
    wished = withActor(wished, { ...wished.actors.at(-1)!, name: 'elodie' });
    wished = withTie(
      wished,
      tie(
        '11111111-1111-4111-8111-0000000000f3',
        W(IDS.ego),
        W('00000000-0000-4000-8000-0000000000f2'),
        { closeness: 3 },
      ),
    );
    const marks = compareWished(today, wished);
    expect(marks.wished.get(W('00000000-0000-4000-8000-0000000000f2'))).toBe('wish-closer');
    expect(marks.counts.new).toBe(0);
  });
});
