// Form validation with the same zod schemas the store applies, so the user hears about a bad
// value before anything is sent, in the same words as if the store had refused it.
import type { z } from 'zod';
import { fieldIssuesFromZod, type FieldIssue } from '../../shared/errors';
import type { Messages } from '../../shared/i18n';

/** The translation key shown under a field. */
export type FieldMessageKey =
  | `fieldIssues.${FieldIssue['issue']}`
  | `ui.validation.${keyof Messages['ui']['validation'] & string}`;

export type FieldErrors = Partial<Record<string, FieldMessageKey>>;

/** The form field an issue path points at: `patch.name` → `name`, `supportForward.0` → `supportForward`. */
export function fieldName(path: string): string {
  const parts = path.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  return parts.at(-1) ?? '';
}

export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, issue } of issues) {
    const name = fieldName(path);
    errors[name] ??= `fieldIssues.${issue}`;
  }
  return errors;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toFieldErrors(fieldIssuesFromZod(result.error, input)) };
}

/** A year typed in a text box: empty means "not known", anything else must be a whole number. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}
