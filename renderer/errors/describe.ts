// Turns anything a call can throw into what the UI shows: an i18n key and, for bad input,
// the field issues to show next to the fields. Keys, not text, so a language switch re-translates.
import { MaillageError, type ErrorCode, type FieldIssue } from '../../shared/errors';
import { NetworkError } from '../bridge/transport';

export type ErrorKey = `errors.${ErrorCode | 'network'}`;

export interface ShownError {
  key: ErrorKey;
  fields: FieldIssue[];
}

export function describeError(error: unknown): ShownError {
  if (error instanceof NetworkError) return { key: 'errors.network', fields: [] };
  if (error instanceof MaillageError)
    return { key: `errors.${error.code}`, fields: error.fields ?? [] };
  return { key: 'errors.internal', fields: [] };
}
