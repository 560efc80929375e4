// A Network Canvas GraphML export imports with the documented mapping (shared/exchange/
// network-canvas.ts): ego from the graph's data, alters as actors, each tied to the person,
// alter–alter edges with their type in the notes, the layout as positions, and every variable
// the model has no place for reported by name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImport } from './import-read';
import { quietControl } from './testing';

const bytes = readFileSync('test/fixtures/exchange/network-canvas.graphml');

async function draft() {
  const outcome = await readImport(
    { data: { fileName: 'P014.graphml', bytes } },
    { now: new Date('2026-06-01T10:00:00.000Z') },
    quietControl(),
  );
  if (outcome.kind !== 'draft') throw new Error('a draft was expected');
  return outcome.draft;
}

describe('Network Canvas GraphML', () => {
  it('maps the ego and the alters onto the model', async () => {
    const { document, source } = await draft();
    expect(source).toBe('network_canvas');
    expect(document.case).toMatchObject({ pseudonym: 'Yanis', birthYear: 2010 });
    const [map] = document.maps;
    const byName = new Map(map!.actors.map((a) => [a.name, a]));
    expect(byName.get('Yanis')).toMatchObject({ isEgo: true });
    expect(byName.get('Fatima')).toMatchObject({
      kind: 'person',
      roleLabel: 'mère',
      sphere: 'primary',
    });
    expect(byName.get('Mission locale')).toMatchObject({
      kind: 'organisation',
      sphere: 'formal_secondary',
    });
    expect(byName.get('Coach Ali')).toMatchObject({
      sphere: 'informal_secondary',
      roleLabel: 'entraîneur',
    });
    // The layout (0..1) becomes positions around the person at (0, 0).
    const placed = new Map(map!.placements.map((p) => [p.actorId, p]));
    expect(placed.get(byName.get('Fatima')!.id)).toMatchObject({ x: 0, y: -240 });
    expect(placed.get(byName.get('Yanis')!.id)).toMatchObject({ x: 0, y: 0 });
  });

  it('ties every alter to the person, with the closeness the interview gave', async () => {
    const { document } = await draft();
    const map = document.maps[0]!;
    const name = (id: string) => map.actors.find((a) => a.id === id)?.name;
    const ties = map.ties.map((t) => [
      name(t.sourceId),
      name(t.targetId),
      t.closeness,
      t.notes,
      t.knownSinceYear,
    ]);
    expect(ties).toEqual([
      ['Fatima', 'Théo', 3, 'knows', 2015],
      ['Fatima', 'Mission locale', 3, 'knows', null],
      ['Yanis', 'Fatima', 5, '', null],
      ['Yanis', 'Théo', 3, '', null],
      ['Yanis', 'Mission locale', 3, '', null],
      ['Yanis', 'Coach Ali', 3, '', null],
    ]);
  });

  it('says what was dropped and what was guessed', async () => {
    const { report } = await draft();
    expect(report.dropped).toEqual(
      expect.arrayContaining([
        { kind: 'ego_attribute', name: 'age', count: 1 },
        { kind: 'graph_attribute', name: 'nc:caseID', count: 1 },
        { kind: 'graph_attribute', name: 'nc:protocolName', count: 1 },
        { kind: 'node_attribute', name: 'relationship_family', count: 2 },
      ]),
    );
    const guessed = report.guessed.map((g) => [g.field, g.value, g.count]);
    expect(guessed).toEqual(
      expect.arrayContaining([
        ['sphere', 'primary', 2],
        ['domain', 'other', 4],
        ['ego_ties', '3', 2],
        ['closeness', '3', 2],
        ['valence', 'neutral', 2],
      ]),
    );
    // Identifiers are replaced by the model's own, never reported as lost data.
    expect(report.dropped.map((d) => d.name)).not.toContain('networkCanvasUUID');
  });
});
