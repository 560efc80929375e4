// The shapes of the data-protection operations (issue 5): the session (passphrase, lock),
// settings, backups, the audit journal and retention. The operations themselves are listed in
// contract.ts with the others.
import { z } from 'zod';
import { Id, Name, Timestamp } from '../model';

/** The passphrase protects minors' data on laptops that get lost: long rather than complex. */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 1024;
export const Passphrase = z.string().min(PASSPHRASE_MIN_LENGTH).max(PASSPHRASE_MAX_LENGTH);

export const SESSION_STATES = ['uninitialised', 'locked', 'unlocked', 'corrupt'] as const;
/** Why the data cannot be opened when the state is 'corrupt'. */
export const SESSION_PROBLEMS = ['damaged_database', 'missing_key_file'] as const;

export const SessionStatus = z.object({
  state: z.enum(SESSION_STATES),
  problem: z.enum(SESSION_PROBLEMS).nullable(),
  /** Minutes without use before the app locks itself; null while the data are locked. */
  idleLockMinutes: z.int().nullable(),
  /** Wrong passphrases since the last unlock (kept across restarts). */
  failedAttempts: z.int().min(0),
  /** How long to wait before the next unlock attempt is accepted. */
  retryInMs: z.int().min(0),
});
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SETTINGS_LIMITS = {
  idleLockMinutes: { min: 1, max: 240, default: 10 },
  retentionYears: { min: 1, max: 30, default: 3 },
} as const;

export const Settings = z
  .object({
    idleLockMinutes: z
      .int()
      .min(SETTINGS_LIMITS.idleLockMinutes.min)
      .max(SETTINGS_LIMITS.idleLockMinutes.max),
    retentionYears: z
      .int()
      .min(SETTINGS_LIMITS.retentionYears.min)
      .max(SETTINGS_LIMITS.retentionYears.max),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const BACKUP_REASONS = [
  'daily',
  'before_migration',
  'before_restore',
  'before_import',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup is named by its file name in the backups folder; the pattern is the whole of what a
 * caller may send, so no path can be smuggled in.
 */
export const BACKUP_ID_PATTERN =
  /^maillage-\d{8}T\d{9}Z-(daily|before_migration|before_restore|before_import|manual)\.backup$/;
export const BackupId = z.string().max(120).regex(BACKUP_ID_PATTERN);

export const BackupInfo = z.object({
  id: BackupId,
  reason: z.enum(BACKUP_REASONS),
  createdAt: Timestamp,
  sizeBytes: z.int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A folder chosen by the user (a USB stick); absolute, checked again by the host. */
export const FolderPath = z.string().trim().min(1).max(4096);

export const AUDIT_ENTITIES = [
  'case',
  'map',
  'actor',
  'tie',
  'placement',
  'data',
  // Reviews over time (issue 6).
  'snapshot',
  'meeting_note',
] as const;
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'move',
  'close',
  'reopen',
  'erase',
  'export_audit',
  'backup',
  'export_backup',
  'restore',
  'change_passphrase',
  'change_settings',
  // Exchange (issue 8): a case written to a file, or created from one.
  'export',
  'import',
] as const;

/** One line of the journal: ids and words only, never a name or a note. */
export const AuditEntry = z.object({
  seq: z.int(),
  at: Timestamp,
  caseId: Id.nullable(),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** The local user profile (the operating-system account) that made the change. */
  profile: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditExport = z.object({
  fileName: z.string(),
  mediaType: z.literal('application/json'),
  content: z.string(),
});

export const IsoDate = z.iso.date();

/** A closed case and when its retention period ends. */
export const CaseRetention = z.object({
  caseId: Id,
  pseudonym: Name,
  closedOn: IsoDate,
  /** The first day on which erasure is proposed. */
  eraseFrom: IsoDate,
  due: z.boolean(),
});
export type CaseRetention = z.infer<typeof CaseRetention>;
