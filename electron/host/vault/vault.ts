// The vault: the session around the encrypted store. The app starts locked; the passphrase
// unwraps the data key, which opens the store; locking closes the store and wipes the key.
// It serves every operation of the contract: the session and backup operations itself, the
// others by passing them to the open store (or answering 'locked' / 'db_corrupt').
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { encryptDatabaseFile, isIntactDatabase, openStore, type Store } from '../../../db/index';
import { STORE_OPS, type ApiHandlers, type StoreOp } from '../../../shared/api/contract';
import type { BackupInfo, BackupReason, SessionStatus } from '../../../shared/api/security';
import { MaillageError } from '../../../shared/errors';
import { syncFile, syncFolder } from './atomic-file';
import { UnlockAttempts } from './attempts';
import { BackupFolder, stampOf, writeCheckedCopy } from './backups';
import { exchangeHandlers, type ExchangeHandlers } from '../exchange/service';
import {
  KeyFileError,
  newDataKey,
  readKeyFile,
  unwrapDataKey,
  wrapDataKey,
  writeKeyFile,
} from './key-file';

export const STORE_FILE = 'maillage.sqlite';
export const KEY_FILE = 'maillage.key.json';
export const ATTEMPTS_FILE = 'unlock-attempts.json';
export const BACKUPS_DIR = 'backups';

const SQLITE_HEADER = 'SQLite format 3\0';

export type VaultOptions = {
  dataDir: string;
  /** The local user profile named in the audit journal. */
  profile: string;
  clock?: () => Date;
  /** Called when the vault locks itself (idle time): hosts may tell the window. */
  onLock?: () => void;
};

type Open = { store: Store; key: Buffer };

export class Vault {
  private readonly dataDir: string;
  private readonly storeFile: string;
  private readonly keyFile: string;
  private readonly attempts: UnlockAttempts;
  private readonly backups: BackupFolder;
  private readonly clock: () => Date;
  private open: Open | null = null;
  /** The data key of a store that failed its check: kept to check and restore backups. */
  private damagedKey: Buffer | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private idleMinutes: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Export and import jobs (issue 8); they hold personal data, so locking forgets them. */
  private exchange: ExchangeHandlers | null = null;

  constructor(private readonly options: VaultOptions) {
    this.dataDir = options.dataDir;
    this.clock = options.clock ?? (() => new Date());
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    this.storeFile = path.join(this.dataDir, STORE_FILE);
    this.keyFile = path.join(this.dataDir, KEY_FILE);
    this.attempts = new UnlockAttempts(path.join(this.dataDir, ATTEMPTS_FILE), () =>
      this.clock().getTime(),
    );
    this.backups = new BackupFolder(path.join(this.dataDir, BACKUPS_DIR), this.clock);
  }

  // ---- the session -------------------------------------------------------------------------

  status(): SessionStatus {
    const base = {
      failedAttempts: this.attempts.failures(),
      retryInMs: this.attempts.retryIn(),
      idleLockMinutes: null,
      problem: null,
    };
    if (this.open) return { ...base, state: 'unlocked', idleLockMinutes: this.idleMinutes };
    if (this.damagedKey) return { ...base, state: 'corrupt', problem: 'damaged_database' };
    if (!existsSync(this.keyFile)) {
      return this.hasEncryptedStore()
        ? { ...base, state: 'corrupt', problem: 'missing_key_file' }
        : { ...base, state: 'uninitialised' };
    }
    return { ...base, state: 'locked' };
  }

  /** First launch: a new random data key, wrapped with the passphrase, then the store. */
  setup(passphrase: string): Promise<SessionStatus> {
    return this.exclusive(async () => {
      if (this.status().state !== 'uninitialised') {
        throw new MaillageError('conflict', 'The data are already protected by a passphrase.');
      }
      const key = newDataKey();
      writeKeyFile(this.keyFile, await wrapDataKey(key, passphrase));
      this.encryptLegacyStore(key);
      this.openWith(key);
      return this.status();
    });
  }

  unlock(passphrase: string): Promise<SessionStatus> {
    return this.exclusive(async () => {
      const state = this.status().state;
      if (state === 'unlocked') return this.status();
      if (state === 'uninitialised') {
        throw new MaillageError('conflict', 'No passphrase has been chosen yet.');
      }
      const wait = this.attempts.retryIn();
      if (wait > 0) {
        throw new MaillageError(
          'unlock_delayed',
          `Too many wrong passphrases; try again in ${Math.ceil(wait / 1000)} s.`,
        );
      }
      const key = await unwrapDataKey(this.readKeyFile(), passphrase);
      if (!key) {
        this.attempts.recordFailure();
        throw new MaillageError('wrong_passphrase', 'Wrong passphrase.');
      }
      this.attempts.reset();
      this.openWith(key);
      return this.status();
    });
  }

  /** Closes the store and wipes the data key; the window hides the map. Safe at any time. */
  lock(): SessionStatus {
    this.stopIdleTimer();
    this.exchange?.forget();
    if (this.open) {
      const { store, key } = this.open;
      this.open = null;
      store.close();
      key.fill(0);
    }
    if (this.damagedKey) {
      this.damagedKey.fill(0);
      this.damagedKey = null;
    }
    this.idleMinutes = null;
    return this.status();
  }

  /** Re-wraps the same data key: the database and every backup stay as they are. */
  changePassphrase(current: string, next: string): Promise<{ changed: true }> {
    return this.exclusive(async () => {
      const { store } = this.requireOpen();
      const key = await unwrapDataKey(this.readKeyFile(), current);
      if (!key) {
        this.attempts.recordFailure();
        throw new MaillageError('wrong_passphrase', 'The current passphrase is wrong.');
      }
      try {
        writeKeyFile(this.keyFile, await wrapDataKey(key, next));
      } finally {
        key.fill(0);
      }
      store.recordEvent({
        caseId: null,
        entity: 'data',
        entityId: null,
        action: 'change_passphrase',
      });
      return { changed: true as const };
    });
  }

  /** Closes everything on the way out. */
  close(): void {
    this.lock();
  }

  // ---- backups -----------------------------------------------------------------------------

  listBackups(): BackupInfo[] {
    this.requireKey();
    return this.backups.list();
  }

  /** A backup in the data folder, now (manually, or before an import). */
  createBackup(reason: BackupReason = 'manual'): BackupInfo {
    const { store, key } = this.requireOpen();
    const info = this.backups.create(reason, (target) => store.copyTo(target), this.checker(key));
    store.recordEvent({ caseId: null, entity: 'data', entityId: info.id, action: 'backup' });
    this.backups.rotate();
    return info;
  }

  /** A backup and a copy of the key file in a folder the user chose (a USB stick). */
  exportBackup(folder: string): { file: string; keyFile: string; sizeBytes: number } {
    const { store, key } = this.requireOpen();
    if (!path.isAbsolute(folder) || !isFolder(folder)) {
      throw new MaillageError('invalid_input', 'The folder does not exist.', [
        { path: 'folder', issue: 'invalid' },
      ]);
    }
    const base = path.join(folder, `maillage-sauvegarde-${stampOf(this.clock())}`);
    const file = `${base}.backup`;
    const keyCopy = `${base}.key.json`;
    if (existsSync(file) || existsSync(keyCopy)) {
      throw new MaillageError('conflict', 'A backup with this name is already in that folder.');
    }
    try {
      writeCheckedCopy(file, (target) => store.copyTo(target), this.checker(key));
      copyFileSync(this.keyFile, keyCopy);
      syncFile(keyCopy);
      syncFolder(folder);
    } catch (error) {
      if (error instanceof MaillageError) throw error;
      throw new MaillageError(
        'db_unavailable',
        `The backup could not be written to that folder: ${(error as Error).message}`,
      );
    }
    store.recordEvent({
      caseId: null,
      entity: 'data',
      entityId: path.basename(file),
      action: 'export_backup',
    });
    return { file, keyFile: keyCopy, sizeBytes: statSync(file).size };
  }

  /**
   * Replaces the data with a backup. Healthy data are first backed up ('before_restore'); a
   * damaged file is moved aside under a new name, never deleted or overwritten.
   */
  restore(id: string): SessionStatus {
    const key = Buffer.from(this.requireKey());
    const source = this.backups.pathOf(id);
    const check = this.checker(key);
    if (!check(source)) {
      key.fill(0);
      throw new MaillageError('db_corrupt', `The backup ${id} does not pass its integrity check.`);
    }
    if (this.open) {
      this.createBackup('before_restore');
      this.lock();
      // A clean close checkpointed the log into the file just backed up: leftovers are stale.
      for (const suffix of ['-wal', '-shm']) rmSync(`${this.storeFile}${suffix}`, { force: true });
    } else {
      this.lock();
      this.moveDamagedAside();
    }
    const temp = path.join(this.dataDir, `.${STORE_FILE}.restore.tmp`);
    rmSync(temp, { force: true });
    copyFileSync(source, temp);
    syncFile(temp);
    renameSync(temp, this.storeFile);
    syncFolder(this.dataDir);
    this.openWith(key);
    this.open?.store.recordEvent({ caseId: null, entity: 'data', entityId: id, action: 'restore' });
    return this.status();
  }

  // ---- what the hosts serve ----------------------------------------------------------------

  handlers(): ApiHandlers {
    const store = {} as Record<StoreOp, (input: unknown) => unknown>;
    for (const op of STORE_OPS) {
      store[op] = (input) => {
        const { store: open } = this.requireOpen();
        this.touch();
        const result = (open.handlers[op] as (input: unknown) => unknown)(input);
        if (op === 'settings.set') this.startIdleTimer(open);
        return result;
      };
    }
    this.exchange ??= exchangeHandlers({
      withOpenStore: (work) => {
        const { store: open } = this.requireOpen();
        this.touch();
        return work(open);
      },
      createBackup: (reason) => this.createBackup(reason),
      clock: () => this.clock(),
    });
    const { forget: _forget, ...exchangeOps } = this.exchange;
    return {
      ...(store as unknown as Pick<ApiHandlers, StoreOp>),
      ...exchangeOps,
      // An open page asks for the status every few seconds: while one does, the page's own idle
      // lock (on the user's input) decides; the host's timer locks a vault no page watches.
      'session.status': () => {
        this.touch();
        return this.status();
      },
      'session.setup': ({ passphrase }) => this.setup(passphrase),
      'session.unlock': ({ passphrase }) => this.unlock(passphrase),
      'session.lock': () => this.lock(),
      'session.changePassphrase': ({ current, next }) => this.changePassphrase(current, next),
      'backups.list': () => this.listBackups(),
      'backups.create': () => this.createBackup('manual'),
      'backups.restore': ({ id }) => this.restore(id),
      'backups.exportTo': ({ folder }) => this.exportBackup(folder),
    };
  }

  // ---- inside ------------------------------------------------------------------------------

  /** Session changes run one at a time: two unlocks never race. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private requireOpen(): Open {
    if (this.open) return this.open;
    if (this.damagedKey) {
      throw new MaillageError('db_corrupt', 'The data file is damaged; restore a backup.');
    }
    throw new MaillageError('locked', 'The data are locked.');
  }

  private requireKey(): Buffer {
    if (this.open) return this.open.key;
    if (this.damagedKey) return this.damagedKey;
    throw new MaillageError('locked', 'The data are locked.');
  }

  private checker(key: Buffer) {
    return (file: string) => isIntactDatabase(file, key);
  }

  private readKeyFile() {
    try {
      return readKeyFile(this.keyFile);
    } catch (error) {
      if (error instanceof KeyFileError) {
        throw new MaillageError('db_unavailable', `${error.message}; restore it from a copy.`);
      }
      throw error;
    }
  }

  /** Opens the store with the key, making the day's backup (and any pre-migration one). */
  private openWith(key: Buffer): void {
    let store: Store;
    try {
      store = openStore(this.storeFile, {
        key,
        profile: this.options.profile,
        clock: this.clock,
        beforeMigrate: (_from, _to, copyTo) => {
          this.backups.create('before_migration', copyTo, this.checker(key));
        },
      });
    } catch (error) {
      if (error instanceof MaillageError && error.code === 'db_corrupt') {
        this.damagedKey = key;
        return;
      }
      key.fill(0);
      throw error;
    }
    this.open = { store, key };
    if (!this.backups.hasBackupToday()) {
      const info = this.backups.create('daily', (t) => store.copyTo(t), this.checker(key));
      store.recordEvent({ caseId: null, entity: 'data', entityId: info.id, action: 'backup' });
    }
    this.backups.rotate();
    this.startIdleTimer(store);
  }

  private hasEncryptedStore(): boolean {
    if (!existsSync(this.storeFile) || statSync(this.storeFile).size === 0) return false;
    return !this.isPlaintextStore();
  }

  private isPlaintextStore(): boolean {
    if (!existsSync(this.storeFile)) return false;
    const head = readFileSync(this.storeFile).subarray(0, SQLITE_HEADER.length);
    return head.toString('latin1') === SQLITE_HEADER;
  }

  /** A database left unencrypted by an older Maillage is encrypted with the new key. */
  private encryptLegacyStore(key: Buffer): void {
    if (!this.isPlaintextStore()) return;
    encryptDatabaseFile(this.storeFile, key);
  }

  private moveDamagedAside(): void {
    if (!existsSync(this.storeFile)) return;
    const aside = path.join(this.dataDir, `maillage-damaged-${stampOf(this.clock())}.sqlite`);
    renameSync(this.storeFile, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${this.storeFile}${suffix}`)) {
        renameSync(`${this.storeFile}${suffix}`, `${aside}${suffix}`);
      }
    }
    syncFolder(this.dataDir);
  }

  private touch(): void {
    if (this.idleTimer) this.idleTimer.refresh();
  }

  private startIdleTimer(store: Store): void {
    this.stopIdleTimer();
    this.idleMinutes = store.handlers['settings.get']({}).idleLockMinutes;
    this.idleTimer = setTimeout(() => {
      this.lock();
      this.options.onLock?.();
    }, this.idleMinutes * 60_000);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
