// The audit journal from the store's side: every change appends its lines in the same
// transaction (a refused change leaves none), lines carry ids and words only, and the journal of
// a case can be read and exported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/security';
import { openStore, type Store } from '../index';
import { call, send, seedSmallMap } from '../testing';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-audit-'));
  store = openStore(join(dir, 'maillage.sqlite'), { profile: 'educ.martin' });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const journal = (caseId: string) => call(store.handlers, 'audit.list', { caseId });
const facts = (entries: AuditEntry[]) => entries.map((e) => `${e.entity}:${e.action}`);

describe('the audit journal', () => {
  it('records each change: when, which case, which entity, which action, which profile', () => {
    const map = seedSmallMap(store.handlers, 'Inès');
    const entries = journal(map.caseId);
    expect(facts(entries)).toEqual([
      'case:create',
      'actor:create',
      'actor:create',
      'actor:create',
      'tie:create',
      'tie:create',
      'tie:create',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ caseId: map.caseId, profile: 'educ.martin' });
      expect(Date.parse(entry.at)).not.toBeNaN();
    }
    expect(entries[1]?.entityId).toBe(map.mother.id);
  });

  it('records updates, moves and removals, and nothing for a change that changes nothing', () => {
    const map = seedSmallMap(store.handlers);
    const start = journal(map.caseId).length;
    call(store.handlers, 'actors.update', {
      id: map.mother.id,
      patch: { notes: 'Appelle le soir' },
    });
    call(store.handlers, 'actors.update', {
      id: map.mother.id,
      patch: { notes: 'Appelle le soir' },
    });
    call(store.handlers, 'placements.set', {
      mapId: map.mapId,
      placements: [{ actorId: map.club.id, x: 5, y: 5 }],
    });
    call(store.handlers, 'actors.remove', { id: map.mother.id });
    call(store.handlers, 'cases.update', { id: map.caseId, patch: { referent: 'Mme K.' } });
    expect(facts(journal(map.caseId).slice(start))).toEqual([
      'actor:update',
      'placement:move',
      'tie:delete',
      'tie:delete',
      'actor:delete',
      'case:update',
    ]);
  });

  it('journals each edit of a batch, and nothing when the batch is refused', () => {
    const map = seedSmallMap(store.handlers);
    const start = journal(map.caseId).length;
    const newActor = {
      id: '99999999-9999-4999-8999-999999999999',
      kind: 'person' as const,
      name: 'Voisine',
      roleLabel: '',
      sphere: 'primary' as const,
      domain: 'neighbourhood' as const,
      notes: '',
      placedBy: 'young_person' as const,
    };
    const refused = send(store.handlers, 'map.applyEdits', {
      mapId: map.mapId,
      upsertActors: [newActor],
      removeActorIds: [map.ego.id],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(journal(map.caseId)).toHaveLength(start);
    call(store.handlers, 'map.applyEdits', {
      mapId: map.mapId,
      upsertActors: [newActor],
      placements: [{ actorId: newActor.id, x: 1, y: 2 }],
      removeTieIds: [map.ties[2]!.id],
    });
    expect(facts(journal(map.caseId).slice(start))).toEqual([
      'tie:delete',
      'actor:create',
      'placement:move',
    ]);
  });

  it('never writes a name or a note into the journal', () => {
    const map = seedSmallMap(store.handlers, 'Zéphyrine');
    call(store.handlers, 'actors.update', {
      id: map.mother.id,
      patch: { notes: 'suivi psychiatrique', name: 'Mme Dupont' },
    });
    const text = JSON.stringify(journal(map.caseId));
    for (const word of ['Zéphyrine', 'suivi', 'Dupont', 'Mère', 'Collège']) {
      expect(text).not.toContain(word);
    }
  });

  it('keeps the journal of a case apart from the others, and exports it as JSON', () => {
    const first = seedSmallMap(store.handlers, 'Inès');
    const second = seedSmallMap(store.handlers, 'Hugo');
    expect(journal(first.caseId).every((e) => e.caseId === first.caseId)).toBe(true);
    const exported = call(store.handlers, 'audit.export', { caseId: second.caseId });
    expect(exported.fileName).toMatch(/^maillage-journal-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(exported.content) as { caseId: string; entries: AuditEntry[] };
    expect(document.caseId).toBe(second.caseId);
    expect(document.entries).toHaveLength(7);
    // The export itself is journalled.
    expect(facts(journal(second.caseId)).at(-1)).toBe('case:export_audit');
  });

  it('answers not_found for a case it never saw', () => {
    const unknown = '12345678-1234-4234-8234-123456789012';
    expect(send(store.handlers, 'audit.list', { caseId: unknown })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
