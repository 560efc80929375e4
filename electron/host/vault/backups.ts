// The backups: encrypted copies of the database (the same data key), written with VACUUM INTO
// to a temporary name, checked with integrity_check, synced, then renamed, so a backup that is
// listed is always whole. Automatic ones live in <data>/backups and are rotated; a manual one
// can go to any folder (a USB stick) together with a copy of the key file.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  BACKUP_ID_PATTERN,
  BACKUP_REASONS,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/api/security';
import { MaillageError } from '../../../shared/errors';
import { syncFile, syncFolder } from './atomic-file';
import { backupsToDelete } from './rotation';

/** Writes a copy of the database to a path that does not exist yet (VACUUM INTO). */
export type Copier = (target: string) => void;
/** Whether a file opens with the data key and passes integrity_check. */
export type Checker = (file: string) => boolean;

/** 2026-11-25T08:55:00.123Z → 20261125T085500123Z */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function dateOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) throw new Error(`Not a backup stamp: ${stamp}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export function parseBackupName(name: string): Omit<BackupInfo, 'sizeBytes'> | null {
  if (!BACKUP_ID_PATTERN.test(name)) return null;
  const [, stamp, reason] = /^maillage-([0-9TZ]+)-([a-z_]+)\.backup$/.exec(name) ?? [];
  const known = BACKUP_REASONS.find((r) => r === reason);
  if (!stamp || !known) return null;
  return { id: name, reason: known, createdAt: dateOfStamp(stamp) };
}

/**
 * Writes a checked copy to `target` through a temporary name beside it. The temporary file is
 * removed if anything fails; `target` appears only once the copy is whole and synced.
 */
export function writeCheckedCopy(target: string, copy: Copier, check: Checker): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  rmSync(temp, { force: true });
  try {
    copy(temp);
    if (!check(temp)) {
      throw new MaillageError(
        'db_unavailable',
        'The backup did not pass its integrity check; it was not kept.',
      );
    }
    syncFile(temp);
    if (existsSync(target)) throw new Error(`A file named ${path.basename(target)} exists`);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  syncFolder(path.dirname(target));
}

export class BackupFolder {
  constructor(
    readonly folder: string,
    private readonly clock: () => Date,
  ) {}

  /** Newest first; files that are not backups (temporary ones included) are ignored. */
  list(): BackupInfo[] {
    if (!existsSync(this.folder)) return [];
    const backups: BackupInfo[] = [];
    for (const name of readdirSync(this.folder)) {
      const info = parseBackupName(name);
      if (!info) continue;
      backups.push({ ...info, sizeBytes: statSync(path.join(this.folder, name)).size });
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  pathOf(id: string): string {
    const info = parseBackupName(id);
    const file = path.join(this.folder, id);
    if (!info || !existsSync(file)) throw new MaillageError('not_found', `No backup named ${id}.`);
    return file;
  }

  /** Whether a backup was made on the current UTC day, whatever its reason. */
  hasBackupToday(): boolean {
    const today = this.clock().toISOString().slice(0, 10);
    return this.list().some((b) => b.createdAt.slice(0, 10) === today);
  }

  create(reason: BackupReason, copy: Copier, check: Checker): BackupInfo {
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    let at = this.clock();
    let name = `maillage-${stampOf(at)}-${reason}.backup`;
    // Two backups in the same millisecond: the second one takes the next millisecond.
    while (existsSync(path.join(this.folder, name))) {
      at = new Date(at.getTime() + 1);
      name = `maillage-${stampOf(at)}-${reason}.backup`;
    }
    const file = path.join(this.folder, name);
    writeCheckedCopy(file, copy, check);
    return { id: name, reason, createdAt: at.toISOString(), sizeBytes: statSync(file).size };
  }

  /** Applies the rotation (7 daily, 4 weekly, 12 monthly); returns the names deleted. */
  rotate(): string[] {
    const doomed = backupsToDelete(this.list(), this.clock());
    for (const id of doomed) rmSync(path.join(this.folder, id), { force: true });
    if (doomed.length > 0) syncFolder(this.folder);
    return doomed;
  }
}
