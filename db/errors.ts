// Turns the driver's failures into typed errors the UI can translate. Constraint failures
// that the handlers' own checks did not foresee become 'conflict'; a busy, full or read-only
// file becomes 'db_unavailable', a damaged one 'db_corrupt'. Anything else is a bug and stays
// as it is, so the boundary logs it and answers 'internal'.
import { SqliteError } from './sqlite';
import { MaillageError } from '../shared/errors';

const UNAVAILABLE: Record<string, string> = {
  SQLITE_BUSY: 'The database is busy in another window; try again.',
  SQLITE_LOCKED: 'The database is busy in another window; try again.',
  SQLITE_FULL: 'The disk is full; the change was not saved.',
  SQLITE_READONLY: 'The database file is read-only; the change was not saved.',
  SQLITE_IOERR: 'The disk could not be read or written; the change was not saved.',
  SQLITE_CANTOPEN: 'The database file cannot be opened.',
  SQLITE_NOTADB: 'This file is not a Maillage database, or it is damaged.',
};

export function toStoreError(error: unknown): unknown {
  if (error instanceof MaillageError || !(error instanceof SqliteError)) return error;
  const primary = error.code.split('_').slice(0, 2).join('_');
  if (primary === 'SQLITE_CONSTRAINT') {
    return new MaillageError('conflict', 'The change conflicts with data already stored.');
  }
  if (primary === 'SQLITE_CORRUPT') {
    return new MaillageError(
      'db_corrupt',
      'The database file is damaged; the change was not saved.',
    );
  }
  const message = UNAVAILABLE[primary];
  return message ? new MaillageError('db_unavailable', message) : error;
}
