import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Store } from '../index';
import { withTempStore } from '../../test/temp-store';
import { call, dumpDatabase, seedSmallMap, send } from '../testing';

let file: string;
let store: Store;
withTempStore('maillage-pship-', (opened) => ({ store, file } = opened));

const OBJ_A = '0a000000-0000-4000-8000-00000000000a';
const OBJ_B = '0a000000-0000-4000-8000-00000000000b';

function setUp() {
  const young = seedSmallMap(store.handlers, 'A.');
  const fjt = call(store.handlers, 'directory.create', {
    name: 'Foyer Jeunes Travailleurs',
    kind: 'organisation',
    sphere: 'formal_secondary',
    domain: 'housing',
  });
  const ml = call(store.handlers, 'directory.create', {
    name: 'Mission locale',
    kind: 'organisation',
    sphere: 'formal_secondary',
    domain: 'employment',
  });
  const partnership = call(store.handlers, 'partnerships.create', {
    title: "Projet d'autonomie de A.",
    need: 'Un logement à la sortie du foyer',
    caseIds: [young.caseId],
    startOn: '2026-01-15',
    plannedEndOn: '2026-12-31',
    status: 'active',
    objectives: [
      { id: OBJ_A, text: 'Accéder à une chambre en FJT', indicator: 'contrat signé' },
      { id: OBJ_B, text: 'Gérer un budget', indicator: 'budget tenu 3 mois' },
    ],
    partners: [
      { entryId: fjt.id, role: 'hébergement', stage: 'enrolment' },
      { entryId: ml.id, role: 'insertion', stage: 'interessement' },
    ],
    formalisation: {
      kind: 'convention',
      signedOn: '2026-01-20',
      reference: 'CONV-2026-04',
      documentPath: 'S:/conventions/fjt-2026.pdf',
    },
  });
  return { young, fjt, ml, partnership };
}

describe('partnerships', () => {
  it('creates a partnership bound to a project, with partners, cases and 19 open steps', () => {
    const { partnership, young, fjt } = setUp();
    expect(partnership).toMatchObject({
      title: "Projet d'autonomie de A.",
      status: 'active',
      cases: [{ caseId: young.caseId, pseudonym: 'A.' }],
      partners: [
        { entryId: fjt.id, name: 'Foyer Jeunes Travailleurs', role: 'hébergement' },
        { name: 'Mission locale', stage: 'interessement' },
      ],
      // Three evaluations a year: the first four months after the start.
      nextEvaluationOn: '2026-05-15',
      evaluationsPerYear: 3,
      endedOn: null,
      evaluations: [],
    });
    expect(partnership.principles.mutual_interest).toEqual({ checked: false, comment: '' });
    expect(partnership.steps).toHaveLength(19);
    expect(partnership.steps.every((s) => !s.done)).toBe(true);
    expect(call(store.handlers, 'partnerships.list', {})).toEqual([
      expect.objectContaining({
        title: "Projet d'autonomie de A.",
        partnerCount: 2,
        caseCount: 1,
        objectiveCount: 2,
        formalisation: 'convention',
      }),
    ]);
  });

  it('refuses a partnership without a title or ending before it starts, changing nothing', () => {
    const before = dumpDatabase(file);
    expect(
      send(store.handlers, 'partnerships.create', { title: '  ', startOn: '2026-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'title', issue: 'required' }] },
    });
    expect(
      send(store.handlers, 'partnerships.create', {
        title: 'Scolarité des mineurs non accompagnés',
        startOn: '2026-09-01',
        plannedEndOn: '2026-06-30',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: [{ path: 'plannedEndOn', issue: 'end_before_start' }],
      },
    });
    expect(dumpDatabase(file)).toEqual(before);
  });

  it('refuses an update that would put the end before the start', () => {
    const { partnership } = setUp();
    const before = dumpDatabase(file);
    expect(
      send(store.handlers, 'partnerships.update', {
        id: partnership.id,
        patch: { startOn: '2027-02-01' },
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'patch.plannedEndOn', issue: 'end_before_start' }] },
    });
    expect(dumpDatabase(file)).toEqual(before);
  });

  it('refuses unknown partners and cases, and a partner listed twice', () => {
    const { fjt } = setUp();
    const unknown = '99999999-9999-4999-8999-999999999999';
    expect(
      send(store.handlers, 'partnerships.create', {
        title: 'P',
        startOn: '2026-01-01',
        partners: [{ entryId: unknown, role: '', stage: 'problematisation' }],
        caseIds: [unknown],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: [
          { path: 'partners.0.entryId', issue: 'invalid' },
          { path: 'caseIds.0', issue: 'invalid' },
        ],
      },
    });
    expect(
      send(store.handlers, 'partnerships.create', {
        title: 'P',
        startOn: '2026-01-01',
        partners: [
          { entryId: fjt.id, role: '', stage: 'problematisation' },
          { entryId: fjt.id, role: '', stage: 'enrolment' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'partners.1.entryId', issue: 'duplicate' }] },
    });
  });

  it('records steps with their dates and comments', () => {
    const { partnership } = setUp();
    call(store.handlers, 'partnerships.setStep', {
      partnershipId: partnership.id,
      step: 1,
      done: true,
      doneOn: '2026-01-05',
      comment: 'Pas de solution de logement en interne',
    });
    call(store.handlers, 'partnerships.setStep', {
      partnershipId: partnership.id,
      step: 9,
      done: false,
      doneOn: '2026-01-20',
      comment: 'à signer',
    });
    const steps = call(store.handlers, 'partnerships.get', { id: partnership.id }).steps;
    expect(steps[0]).toEqual({
      step: 1,
      done: true,
      doneOn: '2026-01-05',
      comment: 'Pas de solution de logement en interne',
    });
    // A step not done has no date.
    expect(steps[8]).toEqual({ step: 9, done: false, doneOn: null, comment: 'à signer' });
    expect(call(store.handlers, 'partnerships.list', {})[0]!.stepsDone).toBe(1);
  });

  it('adds an evaluation, proposes the next one four months later, lists it as due', () => {
    const { partnership, fjt, young } = setUp();
    const evaluation = call(store.handlers, 'partnerships.addEvaluation', {
      partnershipId: partnership.id,
      heldOn: '2026-02-27',
      attendees: { partnerEntryIds: [fjt.id], family: true, youngPerson: true, others: '' },
      ratings: [
        { objectiveId: OBJ_A, rating: 'achieved' },
        { objectiveId: OBJ_B, rating: 'not' },
      ],
      decision: 'adjust',
      notes: 'Budget : accompagnement renforcé',
    });
    expect(evaluation.nextOn).toBe('2026-06-27');
    const after = call(store.handlers, 'partnerships.get', { id: partnership.id });
    expect(after.nextEvaluationOn).toBe('2026-06-27');
    expect(after.evaluations).toHaveLength(1);
    expect(call(store.handlers, 'evaluations.due', {})).toEqual([
      {
        partnershipId: partnership.id,
        title: "Projet d'autonomie de A.",
        status: 'active',
        dueOn: '2026-06-27',
        daysLeft: 117,
      },
    ]);
    // The case's journal says its partnership met.
    expect(call(store.handlers, 'audit.list', { caseId: young.caseId }).at(-1)).toMatchObject({
      entity: 'case',
      action: 'update',
    });
  });

  it('keeps the next date of the latest meeting when an older one is entered late', () => {
    const { partnership } = setUp();
    const evaluate = (heldOn: string, nextOn?: string | null) =>
      call(store.handlers, 'partnerships.addEvaluation', {
        partnershipId: partnership.id,
        heldOn,
        attendees: { partnerEntryIds: [], family: false, youngPerson: false, others: '' },
        ratings: [],
        decision: 'continue',
        nextOn,
      });
    evaluate('2026-02-20', '2026-04-01');
    evaluate('2026-01-30');
    expect(call(store.handlers, 'partnerships.get', { id: partnership.id }).nextEvaluationOn).toBe(
      '2026-04-01',
    );
  });

  it('refuses ratings of unknown objectives, strangers as partners, a next date too early', () => {
    const { partnership } = setUp();
    const stranger = call(store.handlers, 'directory.create', {
      name: 'CMP',
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'mental_health',
    });
    const before = dumpDatabase(file);
    const bad = send(store.handlers, 'partnerships.addEvaluation', {
      partnershipId: partnership.id,
      heldOn: '2026-02-27',
      attendees: { partnerEntryIds: [stranger.id], family: false, youngPerson: true, others: '' },
      ratings: [{ objectiveId: '99999999-9999-4999-8999-999999999999', rating: 'achieved' }],
      decision: 'continue',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        fields: [
          { path: 'ratings.0.objectiveId', issue: 'invalid' },
          { path: 'attendees.partnerEntryIds.0', issue: 'invalid' },
        ],
      },
    });
    expect(
      send(store.handlers, 'partnerships.addEvaluation', {
        partnershipId: partnership.id,
        heldOn: '2026-02-27',
        attendees: { partnerEntryIds: [], family: false, youngPerson: true, others: '' },
        ratings: [],
        decision: 'continue',
        nextOn: '2026-02-01',
      }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'nextOn' }] } });
    expect(dumpDatabase(file)).toEqual(before);
  });

  it('records the end with its reason; the partners stay in the address book', () => {
    const { partnership } = setUp();
    expect(
      send(store.handlers, 'partnerships.end', {
        id: partnership.id,
        endedOn: '2025-12-01',
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'endedOn' }] } });
    const ended = call(store.handlers, 'partnerships.end', {
      id: partnership.id,
      endedOn: '2026-02-28',
      reason: 'Objectifs atteints : A. a une chambre en FJT',
    });
    expect(ended).toMatchObject({
      status: 'ended',
      endedOn: '2026-02-28',
      nextEvaluationOn: null,
    });
    expect(call(store.handlers, 'evaluations.due', {})).toEqual([]);
    expect(call(store.handlers, 'directory.list', {})).toHaveLength(2);
    expect(
      send(store.handlers, 'partnerships.addEvaluation', {
        partnershipId: partnership.id,
        heldOn: '2026-03-01',
        attendees: { partnerEntryIds: [], family: false, youngPerson: false, others: '' },
        ratings: [],
        decision: 'continue',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('deleting a case takes it out of its partnerships', () => {
    const { partnership, young } = setUp();
    call(store.handlers, 'cases.delete', { id: young.caseId });
    expect(call(store.handlers, 'partnerships.get', { id: partnership.id }).cases).toEqual([]);
  });
});

describe('partnerships.delete', () => {
  /** A second partnership with the same partner and case, so what they share must stay. */
  function setUpTwo() {
    const first = setUp();
    call(store.handlers, 'partnerships.setStep', {
      partnershipId: first.partnership.id,
      step: 1,
      done: true,
      doneOn: '2026-01-05',
      comment: 'Doublon créé par erreur',
    });
    call(store.handlers, 'partnerships.addEvaluation', {
      partnershipId: first.partnership.id,
      heldOn: '2026-02-27',
      attendees: { partnerEntryIds: [first.fjt.id], family: true, youngPerson: true, others: '' },
      ratings: [{ objectiveId: OBJ_A, rating: 'partly' }],
      decision: 'continue',
      notes: 'Visite de la chambre prévue',
    });
    const kept = call(store.handlers, 'partnerships.create', {
      title: 'Scolarité de A.',
      caseIds: [first.young.caseId],
      startOn: '2026-02-01',
      partners: [{ entryId: first.fjt.id, role: 'hébergement', stage: 'problematisation' }],
    });
    call(store.handlers, 'partnerships.setStep', {
      partnershipId: kept.id,
      step: 2,
      done: true,
      doneOn: '2026-02-02',
      comment: '',
    });
    return { ...first, kept };
  }

  const rowsOf = (table: string, partnershipId: string) =>
    (dumpDatabase(file).tables[table] ?? []).filter(
      (row) => (row as { partnership_id: string }).partnership_id === partnershipId,
    );

  it('removes the partnership, its steps, evaluations, partners and case links, nothing else', () => {
    const { partnership, kept, young, fjt, ml } = setUpTwo();
    const before = dumpDatabase(file);
    const keptView = call(store.handlers, 'partnerships.get', { id: kept.id });

    expect(call(store.handlers, 'partnerships.delete', { id: partnership.id })).toEqual({
      deleted: true,
    });

    expect(send(store.handlers, 'partnerships.get', { id: partnership.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    for (const table of [
      'partnership_partners',
      'partnership_cases',
      'partnership_steps',
      'evaluations',
    ]) {
      expect({ table, rows: rowsOf(table, partnership.id) }).toEqual({ table, rows: [] });
    }
    const after = dumpDatabase(file);
    // The address book, the cases and their maps are exactly as they were.
    for (const table of [
      'directory_entries',
      'actor_directory_links',
      'cases',
      'maps',
      'actors',
      'ties',
      'placements',
    ]) {
      expect({ table, rows: after.tables[table] }).toEqual({ table, rows: before.tables[table] });
    }
    expect(
      call(store.handlers, 'directory.list', {})
        .map((e) => e.id)
        .sort(),
    ).toEqual([fjt.id, ml.id].sort());
    expect(call(store.handlers, 'cases.list', {}).map((c) => c.id)).toEqual([young.caseId]);
    // The other partnership keeps its partner, case, steps.
    expect(call(store.handlers, 'partnerships.get', { id: kept.id })).toEqual(keptView);
    expect(call(store.handlers, 'partnerships.list', {}).map((p) => p.id)).toEqual([kept.id]);
    expect(call(store.handlers, 'evaluations.due', {}).map((d) => d.partnershipId)).toEqual([
      kept.id,
    ]);
  });

  it('journals, under each case it named, that the case left a partnership (no names)', () => {
    const { partnership, young } = setUp();
    const lines = call(store.handlers, 'audit.list', { caseId: young.caseId }).length;
    call(store.handlers, 'partnerships.delete', { id: partnership.id });
    const journal = call(store.handlers, 'audit.list', { caseId: young.caseId });
    expect(journal).toHaveLength(lines + 1);
    expect(journal.at(-1)).toMatchObject({
      caseId: young.caseId,
      entity: 'case',
      entityId: young.caseId,
      action: 'update',
    });
    expect(JSON.stringify(journal)).not.toContain('autonomie');
  });

  it('leaves no trace of the evaluation notes in the files on disk', () => {
    const { partnership } = setUpTwo();
    call(store.handlers, 'partnerships.delete', { id: partnership.id });
    const onDisk = [file, `${file}-wal`]
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path))
      .reduce((all, bytes) => Buffer.concat([all, bytes]), Buffer.alloc(0));
    for (const text of [
      'Visite de la chambre prévue',
      'Doublon créé par erreur',
      'Scolarité de A.',
    ]) {
      const found = onDisk.includes(Buffer.from(text, 'utf8'));
      expect({ text, found }).toEqual({ text, found: text === 'Scolarité de A.' });
    }
  });

  it('answers not_found for an unknown id, invalid_input for a bad one, changing nothing', () => {
    const { partnership } = setUp();
    const before = dumpDatabase(file);
    expect(
      send(store.handlers, 'partnerships.delete', { id: '99999999-9999-4999-8999-999999999999' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(send(store.handlers, 'partnerships.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'id' }] },
    });
    expect(
      send(store.handlers, 'partnerships.delete', { id: partnership.id, cascade: true }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dumpDatabase(file)).toEqual(before);
    // Deleted once, a second deletion finds nothing.
    call(store.handlers, 'partnerships.delete', { id: partnership.id });
    expect(send(store.handlers, 'partnerships.delete', { id: partnership.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('network.service', () => {
  it('merges the cases’ maps: actors linked to one entry become one node', () => {
    const { fjt, partnership } = setUp();
    const other = seedSmallMap(store.handlers, 'Yanis');
    const first = call(store.handlers, 'cases.list', {}).find((c) => c.pseudonym === 'A.')!;
    const firstMap = call(store.handlers, 'map.load', { caseId: first.id });
    const firstClub = firstMap.actors.find((a) => a.name === 'Club de foot')!;
    const club = call(store.handlers, 'directory.create', {
      name: 'AS Football',
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'sport',
    });
    call(store.handlers, 'actors.linkDirectory', { actorId: firstClub.id, entryId: club.id });
    call(store.handlers, 'actors.linkDirectory', { actorId: other.club.id, entryId: club.id });
    const network = call(store.handlers, 'network.service', {});
    expect(network.entries.find((e) => e.id === club.id)).toMatchObject({ caseCount: 2 });
    expect(network.partnerships).toEqual([
      {
        id: partnership.id,
        title: "Projet d'autonomie de A.",
        status: 'active',
        partners: [
          { entryId: fjt.id, stage: 'enrolment' },
          expect.objectContaining({ stage: 'interessement' }),
        ],
      },
    ]);
    const clubNode = `entry:${club.id}`;
    expect(network.merged.nodes.find((n) => n.id === clubNode)).toMatchObject({
      label: 'AS Football',
      type: 'entry',
      domain: 'sport',
    });
    // Two young people, each with mother, school and the shared club: 2 + 2×2 + 1 nodes.
    expect(network.merged.nodes).toHaveLength(7);
    expect(
      network.merged.edges.filter((e) => e.target === clubNode || e.source === clubNode),
    ).toHaveLength(2);
  });
});
