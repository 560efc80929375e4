import type { Db } from '../sqlite';

/**
 * One step of the schema. `up` runs inside a transaction that also sets PRAGMA user_version
 * to `version`, so a step is applied entirely or not at all.
 */
export type Migration = {
  version: number;
  name: string;
  up: (db: Db) => void;
};
