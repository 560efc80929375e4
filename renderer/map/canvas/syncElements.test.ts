import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { IDS, sampleMap, tie } from '../../testing/sampleMap';
import { mapElements } from '../look/elements';
import { withoutActor, withPlacements, withTie } from '../model/mapModel';
import { syncElements } from './syncElements';

const graph = () => cytoscape({ headless: true, styleEnabled: true });

describe('syncElements', () => {
  it('builds the graph of a map: every actor at its place, every tie between its ends', () => {
    const cy = graph();
    syncElements(cy, mapElements(sampleMap()));
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual([IDS.ego, IDS.mother, IDS.school].sort());
    expect(cy.getElementById(IDS.mother).position()).toEqual({ x: 0, y: -130 });
    const edge = cy.getElementById(IDS.tieSchool);
    expect([edge.source().id(), edge.target().id()]).toEqual([IDS.ego, IDS.school]);
    expect(edge.hasClass('zigzag-small')).toBe(true);
    expect(cy.getElementById(IDS.ego).hasClass('ego')).toBe(true);
  });

  it('updates in place: the same element objects survive a change elsewhere', () => {
    const cy = graph();
    const data = sampleMap();
    syncElements(cy, mapElements(data));
    const mother = cy.getElementById(IDS.mother);
    const changed = withTie(data, { ...data.ties[1]!, valence: 'conflictual', closeness: 5 });
    const added = syncElements(cy, mapElements(changed));
    expect(added).toEqual([]);
    expect(cy.getElementById(IDS.mother)).toBe(mother);
    const edge = cy.getElementById(IDS.tieSchool);
    expect(edge.hasClass('zigzag-large')).toBe(true);
    expect(edge.hasClass('zigzag-small')).toBe(false);
    expect(edge.data('width')).toBe(8);
  });

  it('adds new elements, removes deleted ones and moves placed ones', () => {
    const cy = graph();
    const data = sampleMap();
    syncElements(cy, mapElements(data));
    const extra = tie('00000000-0000-4000-8000-0000000000a3', IDS.mother, IDS.school);
    let next = withTie(data, extra);
    next = withPlacements(next, [{ actorId: IDS.school, x: 10, y: 20 }]);
    expect(syncElements(cy, mapElements(next))).toEqual([extra.id]);
    expect(cy.getElementById(IDS.school).position()).toEqual({ x: 10, y: 20 });
    syncElements(cy, mapElements(withoutActor(next, IDS.mother)));
    expect(cy.getElementById(IDS.mother).empty()).toBe(true);
    expect(cy.edges().map((e) => e.id())).toEqual([IDS.tieSchool]);
  });

  it('leaves a node the user is holding where the pointer is', () => {
    const cy = graph();
    const data = sampleMap();
    syncElements(cy, mapElements(data));
    const school = cy.getElementById(IDS.school);
    school.position({ x: 400, y: 400 });
    school.grabify();
    // Cytoscape marks a held node as grabbed; simulate it as its renderer would.
    (school as unknown as { _private: { grabbed: boolean } })._private.grabbed = true;
    syncElements(cy, mapElements(withPlacements(data, [{ actorId: IDS.mother, x: 5, y: 5 }])));
    expect(school.position()).toEqual({ x: 400, y: 400 });
    expect(cy.getElementById(IDS.mother).position()).toEqual({ x: 5, y: 5 });
  });
});
