// What the user reads when the app cannot start (data folder unusable, database too new...).
// Known errors are translated; anything else shows its own text, never a stack trace.
import { ERROR_CODES, type ErrorCode } from '../shared/errors';
import { createTranslator, type Language } from '../shared/i18n';

/** Recognised by shape, not class identity: the store may be bundled with its own copy. */
function errorCode(error: unknown): ErrorCode | null {
  if (!(error instanceof Error) || error.name !== 'MaillageError') return null;
  const code = (error as { code?: unknown }).code;
  return ERROR_CODES.find((known) => known === code) ?? null;
}

export function startupErrorDialog(
  error: unknown,
  language: Language,
): { title: string; message: string } {
  const i18n = createTranslator(language);
  const title = i18n.t('shell.startFailed');
  const code = errorCode(error);
  if (code) return { title, message: i18n.t(`errors.${code}`) };
  if (error instanceof Error && error.message) return { title, message: error.message };
  return { title, message: i18n.t('errors.internal') };
}
