// Applies the numbered migrations. The schema version lives in PRAGMA user_version; each step
// runs in its own transaction together with the version bump, so a crash or a failing step
// leaves the database at the previous version, never half-migrated.
import { MaillageError } from '../shared/errors';
import { MIGRATIONS, type Migration } from './migrations';
import type { Db } from './sqlite';

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function tooNewError(found: number, known: number): MaillageError {
  return new MaillageError(
    'db_too_new',
    `This database was written by a newer version of Maillage (schema version ${found}; ` +
      `this version knows up to ${known}). Update Maillage to open it; the file was left unchanged.`,
  );
}

export type MigrateOptions = {
  /** The steps to apply; the real list unless a test supplies its own. */
  migrations?: readonly Migration[];
  /** Stop at this version (tests migrate to N-1, insert, then to N). */
  target?: number;
};

/** Brings the database up to `target` (the latest by default); returns the new version. */
export function migrate(db: Db, options: MigrateOptions = {}): number {
  const migrations = options.migrations ?? MIGRATIONS;
  assertNumberedInOrder(migrations);
  const latest = migrations.length;
  const target = options.target ?? latest;
  if (!Number.isInteger(target) || target < 0 || target > latest) {
    throw new RangeError(`No migration leads to version ${target} (latest is ${latest})`);
  }
  const current = schemaVersion(db);
  if (current > latest) throw tooNewError(current, latest);

  for (const step of migrations) {
    if (step.version <= current || step.version > target) continue;
    db.transaction(() => {
      step.up(db);
      // PRAGMA takes no bound parameters; the version is an integer checked above.
      db.pragma(`user_version = ${step.version}`);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new Error(
          `Migration ${step.version} (${step.name}) left ${broken.length} broken reference(s)`,
        );
      }
    }).immediate();
  }
  return schemaVersion(db);
}

function assertNumberedInOrder(migrations: readonly Migration[]): void {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1) {
      throw new Error(
        `Migration "${step.name}" is numbered ${step.version}, expected ${index + 1}`,
      );
    }
  });
}
