// The migrations, in order. Add a step by writing migrations/NNN_name.ts (with its test)
// and appending it here; never edit a step that has shipped.
import { migration001 } from './001_initial';
import { migration002 } from './002_audit_journal';
import { migration003 } from './003_retention_settings';
import { migration004 } from './004_snapshots';
import { migration005 } from './005_directory_partnerships';
import { migration006 } from './006_parallel_ties';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export { MAILLAGE_APPLICATION_ID } from './001_initial';
export type { Migration } from './types';
