// Two maps drawn as one: the later map's elements, the lost ones faded where they were, added
// ones in one colour, changed ones marked with the direction of the change.
import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../shared/snapshots/compare';
import { reviewMaps } from '../../shared/snapshots/fixture';
import { buildMap, idFor } from '../../shared/snapshots/testing';
import { comparisonElements } from './comparisonElements';

const classesOf = (element: { classes?: string | string[] }) =>
  Array.isArray(element.classes) ? element.classes : (element.classes ?? '').split(' ');

describe('the elements of a comparison', () => {
  it('mark what was added, lost and changed', () => {
    const { admission, march } = reviewMaps();
    const elements = comparisonElements(compareMaps(admission, march), admission, march);
    const byId = new Map(elements.map((e) => [String(e.data.id), e]));
    expect(classesOf(byId.get(idFor('club'))!)).toContain('added');
    expect(classesOf(byId.get(idFor('tie:ego:club'))!)).toContain('added');
    expect(classesOf(byId.get(idFor('friend'))!)).toContain('lost');
    // The lost tie keeps its place, under an id of its own, between the same two actors.
    const lostTie = byId.get(`lost:${idFor('tie:ego:friend')}`)!;
    expect(classesOf(lostTie)).toContain('lost');
    expect([lostTie.data.source, lostTie.data.target]).toEqual([idFor('ego'), idFor('friend')]);
    expect(byId.get(idFor('friend'))!.position).toEqual({ x: 190, y: -200 });
    const father = byId.get(idFor('tie:ego:father'))!;
    expect(classesOf(father)).toContain('changed');
    expect(father.data.change).toBe('▲');
    expect(byId.get(idFor('tie:ego:school'))!.data.change).toBe('▲ 3→4');
    expect(classesOf(byId.get(idFor('mother'))!)).not.toContain('changed');
    expect(elements).toHaveLength(march.actors.length + march.ties.length + 2);
  });

  it('put an arrow before the name of an actor placed nearer or farther', () => {
    const { march, june } = reviewMaps();
    const elements = comparisonElements(compareMaps(march, june), march, june);
    const club = elements.find((e) => e.data.id === idFor('club'))!;
    expect(club.data.label).toBe('▲ Club de foot');
    const back = comparisonElements(compareMaps(june, march), june, march);
    expect(back.find((e) => e.data.id === idFor('club'))!.data.label).toBe('▼ Club de foot');
  });

  it('join a lost tie to the later id of an actor matched by name', () => {
    const before = buildMap({
      actors: [
        { key: 'aunt-1', name: 'Tante Nadia' },
        { key: 'neighbour', name: 'Voisin' },
      ],
      ties: [{ from: 'aunt-1', to: 'neighbour', key: 'old' }],
    });
    const after = buildMap({ actors: [{ key: 'aunt-2', name: 'Tante Nadia' }], ties: [] });
    const elements = comparisonElements(compareMaps(before, after), before, after);
    const lost = elements.find((e) => e.data.id === `lost:${idFor('old')}`)!;
    expect([lost.data.source, lost.data.target]).toEqual([idFor('aunt-2'), idFor('neighbour')]);
  });
});
