// The edits that bring a map back to a snapshot: only what differs, removals before insertions.
import { describe, expect, it } from 'vitest';
import { reviewMaps } from './fixture';
import { editsToRestore } from './restore';
import { idFor } from './testing';

describe('edits to restore a snapshot', () => {
  it('are empty when the map already is the snapshot', () => {
    const { june } = reviewMaps();
    expect(editsToRestore(june, june)).toEqual({
      mapId: june.map.id,
      removeTieIds: [],
      removeActorIds: [],
      upsertActors: [],
      upsertTies: [],
      placements: [],
    });
  });

  it('remove what came after, bring back what left, and rewrite what changed', () => {
    const { march, june } = reviewMaps();
    const edits = editsToRestore(june, march);
    expect(edits.removeActorIds).toEqual([idFor('educator')]);
    // The educator's tie goes with her; the mother–school tie is removed on its own.
    expect(edits.removeTieIds).toEqual([idFor('tie:mother:school')]);
    expect(edits.upsertActors).toEqual([]);
    expect(edits.upsertTies).toEqual([
      expect.objectContaining({ id: idFor('tie:ego:father'), closeness: 2, valence: 'neutral' }),
    ]);
    expect(edits.placements).toEqual([{ actorId: idFor('club'), x: 260, y: 150 }]);
  });

  it('re-inserts a tie whose ends changed rather than moving it onto a taken pair', () => {
    const { admission, march } = reviewMaps();
    const moved = {
      ...march,
      ties: march.ties.map((t) =>
        t.id === idFor('tie:ego:club') ? { ...t, targetId: idFor('school') } : t,
      ),
    };
    const edits = editsToRestore(moved, admission);
    expect(edits.removeTieIds).toContain(idFor('tie:ego:club'));
    expect(edits.removeActorIds).toEqual([idFor('club')]);
    expect(edits.upsertActors.map((a) => a.name)).toEqual(['Anaïs Bertin']);
  });
});
