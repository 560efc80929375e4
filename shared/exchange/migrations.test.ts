// The app's JSON of any version reads as the current one: a version-1 file (a bare map, or
// wrapped, as Maillage 0.1 and the command line wrote them) is migrated; a newer one is refused.
import { describe, expect, it } from 'vitest';
import { JUNE } from '../snapshots/fixture';
import { buildMap } from '../snapshots/testing';
import { DOCUMENT_VERSION } from './document';
import { readAppDocument } from './migrations';

const map = buildMap(JUNE);

describe('readAppDocument', () => {
  it.each([
    ['a bare version-1 map', map],
    ['a wrapped version-1 map', { format: 'maillage', version: 1, map }],
  ])('migrates %s to the current version', (_name, value) => {
    const { document, fromVersion } = readAppDocument(JSON.parse(JSON.stringify(value)));
    expect(fromVersion).toBe(1);
    expect(document.version).toBe(DOCUMENT_VERSION);
    expect(document.case).toEqual(map.case);
    expect(document.maps).toEqual([
      { map: map.map, actors: map.actors, ties: map.ties, placements: map.placements },
    ]);
    expect(document.snapshots).toEqual([]);
    expect(document.nextReviewOn).toBeNull();
  });

  it('refuses a map without a person at the centre, naming where', () => {
    const noEgo = { ...map, actors: map.actors.filter((a) => !a.isEgo), ties: [], placements: [] };
    expect(() => readAppDocument(noEgo)).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({ code: 'invalid_document', element: 'maps.0.actors' }),
      }),
    );
  });

  it('names the field a schema refuses', () => {
    const bad = {
      format: 'maillage',
      version: 1,
      map: { ...map, ties: [{ ...map.ties[0], closeness: 9 }] },
    };
    expect(() => readAppDocument(bad)).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({
          code: 'invalid_document',
          element: 'map.ties.0.closeness',
        }),
      }),
    );
  });

  it('refuses a version this build does not know', () => {
    expect(() => readAppDocument({ format: 'maillage', version: DOCUMENT_VERSION + 1 })).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: 'too_new' }) }),
    );
  });
});
