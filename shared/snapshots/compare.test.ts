// The comparison of two maps on small known networks: what was added, lost and changed, the
// measures side by side, and actors matched by name when their id changed.
import { describe, expect, it } from 'vitest';
import { compareMaps, ringAt, type MapComparison } from './compare';
import { reviewMaps } from './fixture';
import { mapMeasures } from './measures';
import { buildMap, idFor } from './testing';

const names = (list: readonly { name: string }[]) => list.map((a) => a.name).sort();
const tieNames = (c: MapComparison['ties']['added']) =>
  c.map((t) => `${t.source.name} – ${t.target.name}`).sort();

describe('measures of one map', () => {
  it('match the hand-computed figures of a small ecomap', () => {
    const data = buildMap({
      actors: [
        { key: 'm', name: 'M' },
        { key: 'f', name: 'F' },
        { key: 's', name: 'S', kind: 'organisation', sphere: 'formal_secondary', domain: 'school' },
      ],
      ties: [
        {
          from: 'ego',
          to: 'm',
          closeness: 5,
          frequency: 'daily',
          supportForward: ['emotional'],
          supportBackward: ['emotional'],
        },
        { from: 'ego', to: 'f' },
        { from: 'ego', to: 's' },
        { from: 'm', to: 's' },
      ],
    });
    const m = mapMeasures(data);
    expect(m.actors).toBe(3);
    expect(m.ties).toBe(4);
    expect(m.bySphere).toEqual({ primary: 2, informal_secondary: 0, formal_secondary: 1 });
    expect(m.personTies).toBe(3);
    expect(m.strongShare).toBeCloseTo(1 / 3, 12);
    // Burt: 3 contacts, one tie among them: e = 3 − 2·1/3; c = 2·(1/3 + 1/3·1/2)² + (1/3)².
    expect(m.effectiveSize).toBeCloseTo(3 - 2 / 3, 12);
    expect(m.constraint).toBeCloseTo(2 * 0.25 + 1 / 9, 12);
    expect(m.spheres).toEqual(['primary', 'formal_secondary']);
  });

  it('have no strong share, effective size or constraint for a person without ties', () => {
    const m = mapMeasures(buildMap({ actors: [{ key: 'x', name: 'X' }], ties: [] }));
    expect(m).toMatchObject({ strongShare: null, effectiveSize: null, constraint: null });
  });
});

describe('the rings', () => {
  it('split half-way between the circles the map draws', () => {
    expect([0, 130, 159, 160, 190, 250, 300, 340, 500].map(ringAt)).toEqual([
      1, 1, 1, 2, 2, 3, 4, 5, 5,
    ]);
  });
});

describe('comparing the admission with the March review', () => {
  const { admission, march } = reviewMaps();
  const c = compareMaps(admission, march);

  it('finds the actor added and the one lost', () => {
    expect(names(c.actors.added)).toEqual(['Club de foot']);
    expect(names(c.actors.lost)).toEqual(['Anaïs Bertin']);
    expect(c.actors.changed).toEqual([]);
  });

  it('finds the ties added, lost and changed, with the direction of each change', () => {
    expect(tieNames(c.ties.added)).toEqual(['Lina – Club de foot']);
    expect(tieNames(c.ties.lost)).toEqual(['Lina – Anaïs Bertin']);
    const changed = c.ties.changed.map((t) => [t.after.other?.name, t.changes]);
    expect(changed).toEqual([
      [
        'Karim Benali',
        [{ field: 'valence', from: 'conflictual', to: 'neutral', direction: 'better' }],
      ],
      ['Collège Jean Moulin', [{ field: 'closeness', from: 3, to: 4, direction: 'closer' }]],
    ]);
    expect(c.ties.kept).toBe(1);
  });

  it('sees the informal secondary network appear and the measures move', () => {
    expect(c.spheres).toEqual({ appeared: ['informal_secondary'], vanished: [] });
    expect(c.measures.before.bySphere).toEqual({
      primary: 3,
      informal_secondary: 0,
      formal_secondary: 1,
    });
    expect(c.measures.after.bySphere).toEqual({
      primary: 2,
      informal_secondary: 1,
      formal_secondary: 1,
    });
    expect(c.measures.before.strongShare).toBeCloseTo(1 / 4, 12);
    expect(c.measures.after.strongShare).toBeCloseTo(1 / 4, 12);
  });
});

describe('comparing the March review with June', () => {
  const { march, june } = reviewMaps();
  const c = compareMaps(march, june);

  it('finds the new educator, the club placed nearer and the father’s tie transformed', () => {
    expect(names(c.actors.added)).toEqual(['Sophie Roux']);
    expect(c.actors.lost).toEqual([]);
    expect(c.actors.changed.map((a) => [a.after.name, a.changes])).toEqual([
      ['Club de foot', [{ field: 'ring', from: 4, to: 1, direction: 'closer' }]],
    ]);
    const father = c.ties.changed.find((t) => t.after.other?.name === 'Karim Benali');
    expect(father?.changes).toEqual([
      { field: 'closeness', from: 2, to: 4, direction: 'closer' },
      { field: 'valence', from: 'neutral', to: 'supportive', direction: 'better' },
      { field: 'strength', from: false, to: true, direction: 'stronger' },
    ]);
    expect(tieNames(c.ties.added)).toEqual([
      'Lina – Sophie Roux',
      'Samia Benali – Collège Jean Moulin',
    ]);
  });

  it('counts the mother and the school as brokers no more than the data say', () => {
    // Support flows only between the person and her mother and father: nobody brokers.
    expect(c.brokers).toEqual({ gained: [], lost: [] });
    expect(c.measures.after.strongShare).toBeCloseTo(2 / 5, 12);
  });
});

describe('matching', () => {
  it('takes someone removed and added again under the same name for the same person', () => {
    const before = buildMap({
      actors: [{ key: 'old-aunt', name: 'Tante Nadia', role: 'tante' }],
      ties: [{ from: 'ego', to: 'old-aunt', closeness: 2 }],
    });
    const after = buildMap({
      actors: [{ key: 'new-aunt', name: ' tante  NADIA', role: 'tante' }],
      ties: [{ from: 'ego', to: 'new-aunt', closeness: 4, key: 'new-tie' }],
    });
    const c = compareMaps(before, after);
    expect(c.actors.added).toEqual([]);
    expect(c.actors.lost).toEqual([]);
    expect(c.matched.get(idFor('new-aunt'))).toBe(idFor('old-aunt'));
    expect(c.ties.changed.map((t) => t.changes)).toEqual([
      [{ field: 'closeness', from: 2, to: 4, direction: 'closer' }],
    ]);
  });

  it('finds nothing to tell between a map and itself', () => {
    const { june } = reviewMaps();
    const c = compareMaps(june, june);
    expect([c.actors.added, c.actors.lost, c.actors.changed]).toEqual([[], [], []]);
    expect([c.ties.added, c.ties.lost, c.ties.changed]).toEqual([[], [], []]);
    expect(c.ties.kept).toBe(june.ties.length);
  });
});
