import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import type { Store } from '../index';
import { withTempStore } from '../../test/temp-store';
import { call, dumpDatabase, seedSmallMap, send } from '../testing';

let file: string;
let store: Store;
withTempStore('maillage-dir-', (opened) => ({ store, file } = opened));

type EntryInput = Input<'directory.create'>;
const entry = (name: string, extra: Partial<EntryInput> = {}) =>
  call(store.handlers, 'directory.create', {
    name,
    kind: 'organisation',
    sphere: 'formal_secondary',
    domain: 'housing',
    ...extra,
  });

describe('the address book', () => {
  it('stores an entry with its contacts and lists entries by name as read', () => {
    const fjt = entry('Foyer Jeunes Travailleurs', {
      address: '3 rue des Lilas, Lyon',
      contacts: [{ name: 'Mme Roux', role: 'directrice', phone: '04 72 00 00 00', email: '' }],
    });
    entry('Écoles de Lyon', { domain: 'school' });
    entry('ase du Rhône', { domain: 'child_welfare' });
    const list = call(store.handlers, 'directory.list', {});
    expect(list.map((e) => e.name)).toEqual([
      'ase du Rhône',
      'Écoles de Lyon',
      'Foyer Jeunes Travailleurs',
    ]);
    expect(list[2]).toMatchObject({
      id: fjt.id,
      contacts: [{ name: 'Mme Roux', role: 'directrice', phone: '04 72 00 00 00', email: '' }],
      caseCount: 0,
      partnershipCount: 0,
    });
  });

  it('finds entries by the start of any word of the name, a contact or the address', () => {
    entry('Mission locale de Villeurbanne', { domain: 'employment' });
    entry('Club de football des Pentes', {
      domain: 'sport',
      contacts: [{ name: 'Karim Benali', role: 'entraîneur', phone: '', email: 'k@club.fr' }],
    });
    const names = (query: string) =>
      call(store.handlers, 'directory.search', { query }).map((e) => e.name);
    expect(names('miss loc')).toEqual(['Mission locale de Villeurbanne']);
    expect(names('VILLEURB')).toEqual(['Mission locale de Villeurbanne']);
    expect(names('benali')).toEqual(['Club de football des Pentes']);
    expect(names('lyon')).toEqual([]);
    expect(names('')).toEqual([]);
  });

  it('refuses a second entry that reads the same, unless the duplicate is confirmed', () => {
    entry('Mission locale de Lyon');
    const before = dumpDatabase(file);
    const twice = send(store.handlers, 'directory.create', {
      name: 'MISSION LOCALE - LYON',
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'employment',
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: [{ path: 'name', issue: 'duplicate' }] },
    });
    expect(dumpDatabase(file)).toEqual(before);
    expect(call(store.handlers, 'directory.similar', { name: 'mission locale lyon' })).toHaveLength(
      1,
    );
    entry('MISSION LOCALE - LYON', { allowDuplicate: true });
    expect(call(store.handlers, 'directory.list', {})).toHaveLength(2);
  });

  it('refuses bad contacts and changes nothing', () => {
    const before = dumpDatabase(file);
    const bad = send(store.handlers, 'directory.create', {
      name: 'CMP',
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'mental_health',
      contacts: [{ name: 'Dr A.', role: '', phone: 'call me', email: 'not-an-address' }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!bad.ok) {
      expect(bad.error.fields?.map((f) => f.path).sort()).toEqual([
        'contacts.0.email',
        'contacts.0.phone',
      ]);
    }
    expect(dumpDatabase(file)).toEqual(before);
  });

  it('updates an entry; renaming onto another entry is a duplicate', () => {
    const a = entry('Collège Jean Moulin', { domain: 'school' });
    entry('Lycée Ampère', { domain: 'school' });
    const renamed = call(store.handlers, 'directory.update', {
      id: a.id,
      patch: { address: '1 place Bellecour' },
    });
    expect(renamed.address).toBe('1 place Bellecour');
    expect(
      send(store.handlers, 'directory.update', { id: a.id, patch: { name: 'lycee ampere' } }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('actors linked to entries', () => {
  it('links an actor, counts the case once, and shows the entry with its partnerships', () => {
    const { club, school, mapId, caseId } = seedSmallMap(store.handlers);
    const sport = entry('Club de foot', { domain: 'sport' });
    call(store.handlers, 'actors.linkDirectory', { actorId: club.id, entryId: sport.id });
    expect(call(store.handlers, 'directory.linksOfMap', { mapId })).toEqual([
      { actorId: club.id, entryId: sport.id },
    ]);
    const partnership = call(store.handlers, 'partnerships.create', {
      title: 'Projet sportif',
      startOn: '2026-01-10',
      partners: [{ entryId: sport.id, role: 'accueil aux entraînements', stage: 'enrolment' }],
    });
    const link = call(store.handlers, 'actors.directoryLink', { actorId: club.id });
    expect(link.entry).toMatchObject({ id: sport.id, caseCount: 1, partnershipCount: 1 });
    expect(link.partnerships.map((p) => p.title)).toEqual(['Projet sportif']);
    expect(link.partnerships[0]!.id).toBe(partnership.id);
    expect(call(store.handlers, 'actors.directoryLink', { actorId: school.id })).toEqual({
      entry: null,
      partnerships: [],
    });
    const journal = call(store.handlers, 'audit.list', { caseId });
    expect(journal.at(-1)).toMatchObject({ entity: 'actor', entityId: club.id, action: 'update' });
  });

  it('refuses to link the person at the centre or to an unknown entry', () => {
    const { ego, club } = seedSmallMap(store.handlers);
    const sport = entry('Club de foot', { domain: 'sport' });
    expect(
      send(store.handlers, 'actors.linkDirectory', { actorId: ego.id, entryId: sport.id }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      send(store.handlers, 'actors.linkDirectory', {
        actorId: club.id,
        entryId: '99999999-9999-4999-8999-999999999999',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('tells what deleting an entry changes, then unlinks actors and leaves partnerships', () => {
    const first = seedSmallMap(store.handlers, 'Inès');
    const second = seedSmallMap(store.handlers, 'Yanis');
    const sport = entry('Club de foot', { domain: 'sport' });
    const other = entry('Maison de quartier', { domain: 'leisure', sphere: 'informal_secondary' });
    call(store.handlers, 'actors.linkDirectory', { actorId: first.club.id, entryId: sport.id });
    call(store.handlers, 'actors.linkDirectory', { actorId: second.club.id, entryId: sport.id });
    const p = call(store.handlers, 'partnerships.create', {
      title: 'Projet sportif',
      startOn: '2026-01-10',
      objectives: [
        { id: '0a000000-0000-4000-8000-000000000001', text: 'Licence', indicator: 'signée' },
      ],
      partners: [
        { entryId: sport.id, role: 'club', stage: 'enrolment' },
        { entryId: other.id, role: 'salle', stage: 'interessement' },
      ],
    });
    call(store.handlers, 'partnerships.addEvaluation', {
      partnershipId: p.id,
      heldOn: '2026-02-01',
      attendees: {
        partnerEntryIds: [sport.id, other.id],
        family: true,
        youngPerson: true,
        others: '',
      },
      ratings: [{ objectiveId: '0a000000-0000-4000-8000-000000000001', rating: 'partly' }],
      decision: 'continue',
    });
    const usage = call(store.handlers, 'directory.usage', { id: sport.id });
    expect(usage.cases.map((c) => c.pseudonym)).toEqual(['Inès', 'Yanis']);
    expect(usage.partnerships).toEqual([
      { id: p.id, title: 'Projet sportif', status: 'building', role: 'club' },
    ]);

    expect(call(store.handlers, 'directory.delete', { id: sport.id })).toEqual({
      deleted: true,
      unlinkedActors: 2,
      removedFromPartnerships: 1,
    });
    // The actors stay in their maps, unlinked; the partnership keeps its other partner.
    const map = call(store.handlers, 'map.load', { caseId: first.caseId });
    expect(map.actors.map((a) => a.name)).toContain('Club de foot');
    expect(call(store.handlers, 'directory.linksOfMap', { mapId: first.mapId })).toEqual([]);
    const after = call(store.handlers, 'partnerships.get', { id: p.id });
    expect(after.partners.map((x) => x.name)).toEqual(['Maison de quartier']);
    expect(after.evaluations[0]!.attendees.partnerEntryIds).toEqual([other.id]);
    expect(call(store.handlers, 'directory.list', {}).map((e) => e.name)).toEqual([
      'Maison de quartier',
    ]);
  });

  it('removing an actor removes its link only', () => {
    const { club } = seedSmallMap(store.handlers);
    const sport = entry('Club de foot', { domain: 'sport' });
    call(store.handlers, 'actors.linkDirectory', { actorId: club.id, entryId: sport.id });
    call(store.handlers, 'actors.remove', { id: club.id });
    expect(call(store.handlers, 'directory.list', {})[0]).toMatchObject({ caseCount: 0 });
  });
});
