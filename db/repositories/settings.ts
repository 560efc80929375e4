// The settings: one typed row (migration 3 creates it with the defaults).
import type { Settings } from '../../shared/api/security';
import type { Db } from '../sqlite';

export function settingsRepository(db: Db) {
  const read = db.prepare<[], Settings>(
    `SELECT idle_lock_minutes AS idleLockMinutes, retention_years AS retentionYears
     FROM settings WHERE id = 1`,
  );
  const write = db.prepare<Settings>(
    `UPDATE settings SET idle_lock_minutes = @idleLockMinutes, retention_years = @retentionYears
     WHERE id = 1`,
  );

  return {
    get: (): Settings => {
      const row = read.get();
      if (!row) throw new Error('The settings row is missing');
      return row;
    },
    save: (settings: Settings): void => {
      write.run(settings);
    },
  };
}

export type SettingsRepository = ReturnType<typeof settingsRepository>;
