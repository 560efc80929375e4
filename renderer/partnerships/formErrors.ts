// Field errors keyed by the whole path (`objectives.1.indicator`), so forms with repeated rows
// show each message next to the right row. Same translations as the other forms (fieldIssues.*).
import type { z } from 'zod';
import { fieldIssuesFromZod, type FieldIssue } from '../../shared/errors';
import type { FieldMessageKey } from '../forms/validation';

export type PathErrors = Partial<Record<string, FieldMessageKey>>;

/** `patch.plannedEndOn` → `plannedEndOn`: the store answers about its own input's shape. */
const formPath = (path: string) => path.replace(/^(patch|fields)\./, '');

export function pathErrors(issues: readonly FieldIssue[]): PathErrors {
  const errors: PathErrors = {};
  for (const { path, issue } of issues) errors[formPath(path)] ??= `fieldIssues.${issue}`;
  return errors;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: PathErrors };

export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: pathErrors(fieldIssuesFromZod(result.error, input)) };
}

/** A new id for a row the user adds (objectives); the store keeps it. */
export const newRowId = (): string => crypto.randomUUID();

/** The date a person typed, or null for an empty box. */
export const dateOrNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** Today as the date inputs show it (local calendar day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
