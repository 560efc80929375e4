// The vault as the hosts use it: through its handlers, on a real data folder.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../db/index';
import { applyKey } from '../../../db/cipher';
import { migrate } from '../../../db/migrate';
import { SqliteDriver } from '../../../db/sqlite';
import type { ApiHandlers, Op, ParsedInput } from '../../../shared/api/contract';
import { dispatchAsync } from '../../../shared/api/dispatch';
import type { WireResult } from '../../../shared/errors';
import { BACKUPS_DIR, KEY_FILE, STORE_FILE, Vault } from './vault';

const PASSPHRASE = 'lanterne marée cobalt 42';
const dirs: string[] = [];
const vaults: Vault[] = [];
afterEach(() => {
  vi.useRealTimers();
  vaults.splice(0).forEach((v) => v.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'maillage-vault-'));
  dirs.push(dir);
  return dir;
}

function makeVault(dataDir: string, clock?: () => Date) {
  const vault = new Vault({ dataDir, profile: 'educ1', clock });
  vaults.push(vault);
  const handlers = vault.handlers();
  const send = (op: string, input: unknown = {}): Promise<WireResult> =>
    dispatchAsync(handlers, op, input);
  async function call<K extends Op>(op: K, input: ParsedInput<K> | object = {}) {
    const result = await send(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
    return result.value as Awaited<ReturnType<ApiHandlers[K]>>;
  }
  const codeOf = async (op: string, input: unknown = {}) => {
    const result = await send(op, input);
    return result.ok ? 'ok' : result.error.code;
  };
  return { vault, call, codeOf };
}

async function setUp(dataDir = tempDir(), clock?: () => Date) {
  const made = makeVault(dataDir, clock);
  await made.call('session.setup', { passphrase: PASSPHRASE });
  return { ...made, dataDir };
}

describe('the session', () => {
  it('starts uninitialised, refuses the data, and opens them once a passphrase is chosen', async () => {
    const dataDir = tempDir();
    const { call, codeOf } = makeVault(dataDir);
    expect(await call('session.status')).toMatchObject({ state: 'uninitialised' });
    expect(await codeOf('cases.list')).toBe('locked');
    expect(await codeOf('session.unlock', { passphrase: PASSPHRASE })).toBe('conflict');
    expect(await codeOf('session.setup', { passphrase: 'court' })).toBe('invalid_input');
    expect(await call('session.setup', { passphrase: PASSPHRASE })).toMatchObject({
      state: 'unlocked',
      idleLockMinutes: 10,
    });
    await call('cases.create', { pseudonym: 'Inès' });
    expect(await codeOf('session.setup', { passphrase: PASSPHRASE })).toBe('conflict');
    expect(readdirSync(dataDir).sort()).toEqual(
      expect.arrayContaining([BACKUPS_DIR, KEY_FILE, STORE_FILE]),
    );
  });

  it('locks on demand: the data answer locked until the passphrase is given again', async () => {
    const { call, codeOf, dataDir } = await setUp();
    await call('cases.create', { pseudonym: 'Inès' });
    expect(await call('session.lock')).toMatchObject({ state: 'locked', idleLockMinutes: null });
    expect(await codeOf('cases.list')).toBe('locked');
    expect(await codeOf('backups.list')).toBe('locked');
    expect(existsSync(path.join(dataDir, `${STORE_FILE}-wal`))).toBe(false);
    await call('session.unlock', { passphrase: PASSPHRASE });
    expect((await call('cases.list')).map((c) => c.pseudonym)).toEqual(['Inès']);
  });

  it('counts wrong passphrases, makes the third one wait, and keeps the count across restarts', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    const clock = () => new Date(now);
    const { call, codeOf, dataDir, vault } = await setUp(tempDir(), clock);
    await call('session.lock');
    for (let i = 0; i < 3; i++) {
      expect(await codeOf('session.unlock', { passphrase: 'pas la bonne phrase' })).toBe(
        'wrong_passphrase',
      );
    }
    expect(await call('session.status')).toMatchObject({ failedAttempts: 3, retryInMs: 5000 });
    // Even the right passphrase waits.
    expect(await codeOf('session.unlock', { passphrase: PASSPHRASE })).toBe('unlock_delayed');
    vault.close();
    const restarted = makeVault(dataDir, clock);
    expect(await restarted.call('session.status')).toMatchObject({
      state: 'locked',
      failedAttempts: 3,
      retryInMs: 5000,
    });
    now += 5000;
    await restarted.call('session.unlock', { passphrase: PASSPHRASE });
    expect(await restarted.call('session.status')).toMatchObject({
      failedAttempts: 0,
      retryInMs: 0,
    });
  });

  it('changes the passphrase by re-wrapping the same key: data and backups stay readable', async () => {
    const { call, codeOf, dataDir } = await setUp();
    await call('cases.create', { pseudonym: 'Inès' });
    const backup = await call('backups.create');
    expect(
      await codeOf('session.changePassphrase', {
        current: 'pas la bonne',
        next: 'nouvelle phrase solide',
      }),
    ).toBe('wrong_passphrase');
    await call('session.changePassphrase', { current: PASSPHRASE, next: 'nouvelle phrase solide' });
    await call('session.lock');
    expect(await codeOf('session.unlock', { passphrase: PASSPHRASE })).toBe('wrong_passphrase');
    await call('session.unlock', { passphrase: 'nouvelle phrase solide' });
    expect((await call('cases.list')).map((c) => c.pseudonym)).toEqual(['Inès']);
    await call('backups.restore', { id: backup.id });
    expect((await call('cases.list')).map((c) => c.pseudonym)).toEqual(['Inès']);
    expect(readFileSync(path.join(dataDir, KEY_FILE), 'utf8')).not.toContain('nouvelle');
  });

  it('locks itself after the idle time of the settings, and not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { call, codeOf, vault } = await setUp();
    await call('settings.set', { idleLockMinutes: 2 });
    vi.advanceTimersByTime(90_000);
    await call('cases.list');
    vi.advanceTimersByTime(90_000);
    // vault.status() looks without counting as use; the handler's status call counts.
    expect(vault.status()).toMatchObject({ state: 'unlocked' });
    vi.advanceTimersByTime(31_000);
    expect(vault.status()).toMatchObject({ state: 'locked' });
    expect(await codeOf('cases.list')).toBe('locked');
  });

  it('stays open while a page keeps asking for the status', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { call, vault } = await setUp();
    for (let i = 0; i < 60; i++) {
      vi.advanceTimersByTime(15_000);
      await call('session.status');
    }
    expect(vault.status()).toMatchObject({ state: 'unlocked' });
  });
});

describe('backups', () => {
  it('makes one automatic backup on the first unlock of a day, none on the next', async () => {
    let now = Date.parse('2026-11-25T08:00:00Z');
    const clock = () => new Date(now);
    const { call } = await setUp(tempDir(), clock);
    expect((await call('backups.list')).map((b) => b.reason)).toEqual(['daily']);
    now += 3_600_000;
    await call('session.lock');
    await call('session.unlock', { passphrase: PASSPHRASE });
    expect(await call('backups.list')).toHaveLength(1);
    now += 86_400_000;
    await call('session.lock');
    await call('session.unlock', { passphrase: PASSPHRASE });
    const list = await call('backups.list');
    expect(list.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-26', '2026-11-25']);
    expect(list.every((b) => b.sizeBytes > 0)).toBe(true);
  });

  it('restores a backup after a safety copy of the current data', async () => {
    const { call } = await setUp();
    await call('cases.create', { pseudonym: 'Avant' });
    const before = await call('backups.create');
    await call('cases.create', { pseudonym: 'Après' });
    expect(await call('backups.restore', { id: before.id })).toMatchObject({ state: 'unlocked' });
    expect((await call('cases.list')).map((c) => c.pseudonym)).toEqual(['Avant']);
    const reasons = (await call('backups.list')).map((b) => b.reason);
    expect(reasons).toContain('before_restore');
    // The safety copy holds what was there: restoring it brings "Après" back.
    const safety = (await call('backups.list')).find((b) => b.reason === 'before_restore')!;
    await call('backups.restore', { id: safety.id });
    expect((await call('cases.list')).map((c) => c.pseudonym).sort()).toEqual(['Après', 'Avant']);
  });

  it('refuses a backup name that is not one of its files', async () => {
    const { codeOf } = await setUp();
    expect(await codeOf('backups.restore', { id: '../maillage.key.json' })).toBe('invalid_input');
    expect(
      await codeOf('backups.restore', { id: 'maillage-20200101T000000000Z-manual.backup' }),
    ).toBe('not_found');
  });

  it('exports a checked backup and the key file to a chosen folder', async () => {
    const { call, codeOf } = await setUp();
    await call('cases.create', { pseudonym: 'Inès' });
    const usb = tempDir();
    const exported = await call('backups.exportTo', { folder: usb });
    expect(path.dirname(exported.file)).toBe(usb);
    expect(readdirSync(usb).sort()).toEqual(
      [path.basename(exported.file), path.basename(exported.keyFile)].sort(),
    );
    expect(readFileSync(exported.file).includes('Inès')).toBe(false);
    expect(await codeOf('backups.exportTo', { folder: 'relative/folder' })).toBe('invalid_input');
    expect(await codeOf('backups.exportTo', { folder: path.join(usb, 'missing') })).toBe(
      'invalid_input',
    );
  });

  it('makes a backup before migrating an older file', async () => {
    const dataDir = tempDir();
    const { vault } = await setUp(dataDir);
    vault.close();
    // Replace the file with one an older Maillage wrote: schema version 1, one case.
    const key = await keyOf(dataDir);
    rmSync(path.join(dataDir, BACKUPS_DIR), { recursive: true });
    rmSync(path.join(dataDir, STORE_FILE));
    writeVersion1File(path.join(dataDir, STORE_FILE), key);
    const again = makeVault(dataDir);
    await again.call('session.unlock', { passphrase: PASSPHRASE });
    const backups = await again.call('backups.list');
    expect(backups.map((b) => b.reason).sort()).toEqual(['before_migration']);
    expect((await again.call('cases.list')).map((c) => c.pseudonym)).toEqual(['Inès']);
  });
});

describe('damage', () => {
  it('refuses to write to a damaged file, keeps it, and restores the newest good backup', async () => {
    const dataDir = tempDir();
    const { call, codeOf, vault } = await setUp(dataDir);
    await call('cases.create', { pseudonym: 'Inès' });
    for (let i = 0; i < 40; i++) await call('cases.create', { pseudonym: `Case ${i}` });
    const good = await call('backups.create');
    vault.close();
    const file = path.join(dataDir, STORE_FILE);
    const bytes = readFileSync(file);
    const page = Math.floor(bytes.length / 4096 / 2);
    bytes.fill(0x5a, page * 4096 + 64, page * 4096 + 600);
    writeFileSync(file, bytes);

    const again = makeVault(dataDir);
    expect(await again.call('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      state: 'corrupt',
      problem: 'damaged_database',
    });
    expect(await again.codeOf('cases.list')).toBe('db_corrupt');
    expect(await again.codeOf('cases.create', { pseudonym: 'x' })).toBe('db_corrupt');
    expect(await again.codeOf('backups.create')).toBe('db_corrupt');
    expect(readFileSync(file)).toEqual(bytes);
    const newest = (await again.call('backups.list'))[0]!;
    expect(newest.id).toBe(good.id);
    expect(await again.call('backups.restore', { id: newest.id })).toMatchObject({
      state: 'unlocked',
    });
    expect(await again.call('cases.list')).toHaveLength(41);
    const aside = readdirSync(dataDir).filter((n) => n.startsWith('maillage-damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dataDir, aside[0]!))).toEqual(bytes);
    expect(await codeOf('cases.list')).toBe('locked');
  });

  it('reports a missing key file instead of offering to start over', async () => {
    const dataDir = tempDir();
    const { call, vault } = await setUp(dataDir);
    await call('cases.create', { pseudonym: 'Inès' });
    vault.close();
    rmSync(path.join(dataDir, KEY_FILE));
    const again = makeVault(dataDir);
    expect(await again.call('session.status')).toMatchObject({
      state: 'corrupt',
      problem: 'missing_key_file',
    });
    expect(await again.codeOf('session.setup', { passphrase: PASSPHRASE })).toBe('conflict');
  });

  it('encrypts, at setup, the unencrypted database an older Maillage left', async () => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    const legacy = openStore(path.join(dataDir, STORE_FILE));
    legacy.handlers['cases.create']({ pseudonym: 'Ancienne fiche', birthYear: null, referent: '' });
    legacy.close();
    const { call } = makeVault(dataDir);
    expect(await call('session.status')).toMatchObject({ state: 'uninitialised' });
    await call('session.setup', { passphrase: PASSPHRASE });
    expect((await call('cases.list')).map((c) => c.pseudonym)).toEqual(['Ancienne fiche']);
    expect(readFileSync(path.join(dataDir, STORE_FILE)).includes('Ancienne fiche')).toBe(false);
  });
});

async function keyOf(dataDir: string): Promise<Buffer> {
  const { readKeyFile, unwrapDataKey } = await import('./key-file');
  const key = await unwrapDataKey(readKeyFile(path.join(dataDir, KEY_FILE)), PASSPHRASE);
  if (!key) throw new Error('the passphrase opens the key file');
  return key;
}

/** An encrypted file at schema version 1 with one case, as the first Maillage wrote it. */
function writeVersion1File(file: string, key: Buffer) {
  const db = new SqliteDriver(file);
  applyKey(db, key);
  migrate(db, { target: 1 });
  const at = '2026-01-15T09:30:00.000Z';
  const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
  db.prepare(
    `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
     VALUES (?, 'Inès', NULL, '', ?, ?)`,
  ).run(ids[0], at, at);
  db.prepare(`INSERT INTO maps VALUES (?, ?, 'current', ?, ?)`).run(ids[1], ids[0], at, at);
  db.prepare(
    `INSERT INTO actors (id, map_id, is_ego, kind, name, role_label, sphere, domain, notes,
       placed_by, created_at, updated_at)
     VALUES ('33333333-3333-4333-8333-333333333333', ?, 1, 'person', 'Inès', '', 'primary',
       'family', '', 'educator', ?, ?)`,
  ).run(ids[1], at, at);
  db.close();
}
