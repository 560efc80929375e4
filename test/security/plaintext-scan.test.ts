// "Nothing sensitive in plaintext anywhere on disk": after a run of edits with known marker
// strings, every file the app wrote (database, -wal, -shm, key file, attempts file, automatic
// and exported backups) is scanned for the markers, in UTF-8 and UTF-16. None may be found.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Vault } from '../../electron/host/vault/vault';
import { dispatchAsync } from '../../shared/api/dispatch';
import type { WireResult } from '../../shared/errors';

const PASSPHRASE = 'marqueur phrase secrète 7731';
const MARKERS = {
  pseudonym: 'Zéphyrine-Q7XK',
  referent: 'Mme Referente-W2PL',
  actor: 'Tante Amandine-J8RD',
  role: 'Juge des enfants-N4TC',
  actorNote: 'suivi en CMP-H3VB depuis mars',
  tieNote: 'conflit au foyer-K9SZ',
  renamed: 'Zéphyrine-renommée-U5MA',
};

const root = mkdtempSync(path.join(tmpdir(), 'maillage-scan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

function findings(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const marker of [...Object.values(MARKERS), PASSPHRASE]) {
      const encodings = (['utf8', 'utf16le', 'latin1'] as const).filter((encoding) =>
        bytes.includes(Buffer.from(marker, encoding)),
      );
      if (encodings.length > 0) found.push(`${path.basename(file)}: ${marker}`);
    }
  }
  return found;
}

describe('the files on disk after a session of edits', () => {
  it('the scan finds a marker when one is there (UTF-8 or UTF-16)', () => {
    const probe = mkdtempSync(path.join(tmpdir(), 'maillage-probe-'));
    const write = (name: string, bytes: Buffer) => writeFileSync(path.join(probe, name), bytes);
    write('a.txt', Buffer.from(`xx${MARKERS.tieNote}xx`, 'utf8'));
    write('b.txt', Buffer.from(MARKERS.actor, 'utf16le'));
    expect(findings(filesUnder(probe))).toHaveLength(2);
    rmSync(probe, { recursive: true });
  });

  it('hold none of the names, notes or the passphrase, in any file', async () => {
    const dataDir = path.join(root, 'data');
    const usb = path.join(root, 'usb');
    const vault = new Vault({ dataDir, profile: 'educ1' });
    const handlers = vault.handlers();
    const call = async (op: string, input: unknown = {}): Promise<unknown> => {
      const result: WireResult = await dispatchAsync(handlers, op, input);
      if (!result.ok) throw new Error(`${op}: ${result.error.code}`);
      return result.value;
    };
    await call('session.setup', { passphrase: PASSPHRASE });
    const summary = (await call('cases.create', {
      pseudonym: MARKERS.pseudonym,
      referent: MARKERS.referent,
    })) as { id: string; currentMapId: string };
    const map = (await call('map.load', { caseId: summary.id })) as { actors: { id: string }[] };
    const ego = map.actors[0]!.id;
    const added = (await call('actors.add', {
      mapId: summary.currentMapId,
      kind: 'person',
      name: MARKERS.actor,
      sphere: 'primary',
      domain: 'family',
      roleLabel: MARKERS.role,
      notes: MARKERS.actorNote,
      position: { x: 120, y: -40 },
    })) as { actor: { id: string } };
    await call('ties.add', {
      mapId: summary.currentMapId,
      sourceId: ego,
      targetId: added.actor.id,
      closeness: 2,
      valence: 'conflictual',
      notes: MARKERS.tieNote,
    });
    await call('placements.set', {
      mapId: summary.currentMapId,
      placements: [{ actorId: added.actor.id, x: 10, y: 10 }],
    });
    await call('backups.create');
    await call('cases.update', { id: summary.id, patch: { pseudonym: MARKERS.renamed } });
    await call('settings.set', { idleLockMinutes: 15 });
    await call('audit.export', { caseId: summary.id });
    // Exported to a "USB stick": an encrypted backup and the wrapped key.
    mkdirSync(usb);
    await call('backups.exportTo', { folder: usb });
    await call('session.lock');
    await call('session.unlock', { passphrase: 'une erreur de frappe ici' }).catch(() => undefined);
    await call('session.unlock', { passphrase: PASSPHRASE });
    await call('cases.create', { pseudonym: `${MARKERS.pseudonym}-bis` });

    // While the app is running (the WAL holds the last edits) and after it stops.
    const running = filesUnder(root);
    expect(running.some((f) => f.endsWith('-wal'))).toBe(true);
    expect(running.filter((f) => f.endsWith('.backup')).length).toBeGreaterThanOrEqual(3);
    expect(findings(running)).toEqual([]);
    vault.close();
    expect(findings(filesUnder(root))).toEqual([]);
  });
});
