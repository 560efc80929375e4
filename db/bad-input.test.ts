// Bad input through the contract, as a faulty or hostile renderer could send it: every call
// gets a typed error, and the database is byte-for-byte the same table dump afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../shared/errors';
import { openStore, type Store } from './index';
import { dumpDatabase, seedSmallMap, send } from './testing';

type Seeded = ReturnType<typeof seedSmallMap>;
type Case = [label: string, op: string, input: (m: Seeded) => unknown, code: ErrorCode];

const UNKNOWN = '9c4a5b6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d';
const HUGE = 'é'.repeat(10 * 1024 * 1024);
const actor = (m: Seeded) => ({
  mapId: m.mapId,
  kind: 'person',
  name: 'Voisine',
  sphere: 'primary',
  domain: 'neighbourhood',
});
const ACTOR_WRITE = {
  id: UNKNOWN,
  kind: 'person',
  name: 'Voisine',
  roleLabel: '',
  sphere: 'primary',
  domain: 'neighbourhood',
  notes: '',
  placedBy: 'educator',
};

const MISSING_FIELDS: Case[] = [
  ['a case without pseudonym', 'cases.create', () => ({}), 'invalid_input'],
  ['a case with a blank pseudonym', 'cases.create', () => ({ pseudonym: '   ' }), 'invalid_input'],
  ['an update without id', 'cases.update', () => ({ patch: { pseudonym: 'A' } }), 'invalid_input'],
  ['a deletion without input', 'cases.delete', () => null, 'invalid_input'],
  ['a load without case', 'map.load', () => ({}), 'invalid_input'],
  [
    'an actor without kind or sphere',
    'actors.add',
    (m) => ({ mapId: m.mapId, name: 'A', domain: 'family' }),
    'invalid_input',
  ],
  [
    'a tie without target',
    'ties.add',
    (m) => ({ mapId: m.mapId, sourceId: m.ego.id }),
    'invalid_input',
  ],
  ['no placements', 'placements.set', (m) => ({ mapId: m.mapId, placements: [] }), 'invalid_input'],
  ['edits without map', 'map.applyEdits', () => ({ removeTieIds: [] }), 'invalid_input'],
  [
    'an upserted tie without ends',
    'map.applyEdits',
    (m) => ({ mapId: m.mapId, upsertTies: [{ id: UNKNOWN, closeness: 3 }] }),
    'invalid_input',
  ],
];

const WRONG_TYPES: Case[] = [
  ['a numeric pseudonym', 'cases.create', () => ({ pseudonym: 42 }), 'invalid_input'],
  [
    'a birth year as text',
    'cases.update',
    (m) => ({ id: m.caseId, patch: { birthYear: '2010' } }),
    'invalid_input',
  ],
  ['an id that is not a uuid', 'cases.delete', () => ({ id: 'DROP TABLE cases' }), 'invalid_input'],
  [
    'an unknown sphere',
    'actors.add',
    (m) => ({ ...actor(m), sphere: 'tertiary' }),
    'invalid_input',
  ],
  [
    'making an actor the ego',
    'actors.update',
    (m) => ({ id: m.mother.id, patch: { isEgo: true } }),
    'invalid_input',
  ],
  [
    'moving an actor to another map',
    'actors.update',
    (m) => ({ id: m.mother.id, patch: { mapId: UNKNOWN } }),
    'invalid_input',
  ],
  [
    'a closeness out of range',
    'ties.update',
    (m) => ({ id: m.ties[0]!.id, patch: { closeness: 9 } }),
    'invalid_input',
  ],
  [
    'a closeness as text',
    'ties.update',
    (m) => ({ id: m.ties[0]!.id, patch: { closeness: 'fort' } }),
    'invalid_input',
  ],
  [
    'an unknown support type',
    'ties.add',
    (m) => ({
      mapId: m.mapId,
      sourceId: m.club.id,
      targetId: m.school.id,
      supportForward: ['money'],
    }),
    'invalid_input',
  ],
  [
    'an infinite coordinate',
    'placements.set',
    (m) => ({ mapId: m.mapId, placements: [{ actorId: m.mother.id, x: Infinity, y: 0 }] }),
    'invalid_input',
  ],
  [
    'a coordinate as text',
    'placements.set',
    (m) => ({ mapId: m.mapId, placements: [{ actorId: m.mother.id, x: 'left', y: 0 }] }),
    'invalid_input',
  ],
  [
    'edits that are not lists',
    'map.applyEdits',
    (m) => ({ mapId: m.mapId, upsertActors: 'all' }),
    'invalid_input',
  ],
  ['an extra field', 'cases.list', () => ({ where: '1=1' }), 'invalid_input'],
  ['an unknown operation', 'cases.drop', () => ({}), 'unknown_operation'],
];

const UNKNOWN_IDS: Case[] = [
  [
    'updating an unknown case',
    'cases.update',
    () => ({ id: UNKNOWN, patch: { pseudonym: 'A' } }),
    'not_found',
  ],
  ['deleting an unknown case', 'cases.delete', () => ({ id: UNKNOWN }), 'not_found'],
  ['loading an unknown case', 'map.load', () => ({ caseId: UNKNOWN }), 'not_found'],
  [
    'an actor in an unknown map',
    'actors.add',
    (m) => ({ ...actor(m), mapId: UNKNOWN }),
    'not_found',
  ],
  [
    'updating an unknown actor',
    'actors.update',
    () => ({ id: UNKNOWN, patch: { name: 'A' } }),
    'not_found',
  ],
  ['removing an unknown actor', 'actors.remove', () => ({ id: UNKNOWN }), 'not_found'],
  [
    'a tie from an unknown actor',
    'ties.add',
    (m) => ({ mapId: m.mapId, sourceId: UNKNOWN, targetId: m.ego.id }),
    'not_found',
  ],
  [
    'updating an unknown tie',
    'ties.update',
    () => ({ id: UNKNOWN, patch: { closeness: 2 } }),
    'not_found',
  ],
  ['removing an unknown tie', 'ties.remove', () => ({ id: UNKNOWN }), 'not_found'],
  [
    'placing in an unknown map',
    'placements.set',
    (m) => ({ mapId: UNKNOWN, placements: [{ actorId: m.mother.id, x: 1, y: 1 }] }),
    'not_found',
  ],
  [
    'edits of an unknown map',
    'map.applyEdits',
    () => ({ mapId: UNKNOWN, upsertActors: [ACTOR_WRITE] }),
    'not_found',
  ],
];

const HUGE_STRINGS: Case[] = [
  ['a 10 MB pseudonym', 'cases.create', () => ({ pseudonym: HUGE }), 'invalid_input'],
  [
    'a 10 MB referent',
    'cases.update',
    (m) => ({ id: m.caseId, patch: { referent: HUGE } }),
    'invalid_input',
  ],
  ['a 10 MB id', 'cases.delete', () => ({ id: HUGE }), 'invalid_input'],
  [
    '10 MB of notes on a new actor',
    'actors.add',
    (m) => ({ ...actor(m), notes: HUGE }),
    'invalid_input',
  ],
  [
    'a 10 MB name',
    'actors.update',
    (m) => ({ id: m.mother.id, patch: { name: HUGE } }),
    'invalid_input',
  ],
  [
    '10 MB of notes on a new tie',
    'ties.add',
    (m) => ({ mapId: m.mapId, sourceId: m.club.id, targetId: m.school.id, notes: HUGE }),
    'invalid_input',
  ],
  [
    '10 MB of notes on a tie',
    'ties.update',
    (m) => ({ id: m.ties[0]!.id, patch: { notes: HUGE } }),
    'invalid_input',
  ],
  [
    'a 10 MB role in a batch',
    'map.applyEdits',
    (m) => ({ mapId: m.mapId, upsertActors: [{ ...ACTOR_WRITE, roleLabel: HUGE }] }),
    'invalid_input',
  ],
];

let dir: string;
let file: string;
let store: Store;
let seeded: Seeded;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-db-'));
  file = join(dir, 'maillage.db');
  store = openStore(file);
  seeded = seedSmallMap(store.handlers);
  seedSmallMap(store.handlers, 'Hugo');
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['missing fields', MISSING_FIELDS],
  ['wrong types', WRONG_TYPES],
  ['unknown ids', UNKNOWN_IDS],
  ['10 MB strings', HUGE_STRINGS],
])('bad input: %s', (_group, cases) => {
  it.each(cases)('refuses %s (%s) and changes nothing', (_label, op, input, code) => {
    const before = dumpDatabase(file);
    const result = send(store.handlers, op, input(seeded));
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(dumpDatabase(file)).toEqual(before);
  });
});

describe('what a form can show', () => {
  it('names the field that is too long', () => {
    const result = send(store.handlers, 'actors.update', {
      id: seeded.mother.id,
      patch: { name: HUGE },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'patch.name', issue: 'too_long' }] },
    });
  });

  it('keeps working after a refusal', () => {
    send(store.handlers, 'cases.create', { pseudonym: HUGE });
    const result = send(store.handlers, 'ties.add', {
      mapId: seeded.mapId,
      sourceId: seeded.club.id,
      targetId: seeded.school.id,
    });
    expect(result).toMatchObject({ ok: true, value: { closeness: 3 } });
  });
});
