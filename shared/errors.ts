// Errors that cross a boundary are values with a code the UI translates (i18n key `errors.<code>`),
// an English message for logs, and for bad input the fields at fault. Never a stack trace.
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_operation',
  'payload_too_large',
  'unauthorized',
  'forbidden',
  'db_too_new',
  'db_unavailable',
  'internal',
  // The data protection layer (issue 5).
  'locked',
  'wrong_passphrase',
  'unlock_delayed',
  'db_corrupt',
  // Reviews over time (issue 6): a change refused while names are hidden.
  'pseudonymised',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FIELD_ISSUES = [
  'required',
  'too_long',
  'too_short',
  'invalid',
  'out_of_range',
  // Issue 7: a date before the one it must follow, a name or an item already there.
  'end_before_start',
  'duplicate',
] as const;
export const FieldIssue = z.object({ path: z.string(), issue: z.enum(FIELD_ISSUES) });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ApiError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  fields: z.array(FieldIssue).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

/** Thrown by the store and the hosts; turned into an ApiError value at the boundary. */
export class MaillageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldIssue[],
  ) {
    super(message);
    this.name = 'MaillageError';
  }

  toValue(): ApiError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

/** Maps zod's issues onto the few field issues the forms can translate. */
export function fieldIssuesFromZod(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    issue: classify(issue, valueAt(input, issue.path)),
  }));
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const isFieldIssue = (value: unknown): value is FieldIssue['issue'] =>
  (FIELD_ISSUES as readonly unknown[]).includes(value);

function classify(issue: z.core.$ZodIssue, value: unknown): FieldIssue['issue'] {
  // A refinement names its issue itself: `params: { issue: 'end_before_start' }`.
  if (issue.code === 'custom' && isFieldIssue(issue.params?.issue)) return issue.params.issue;
  if (issue.code === 'invalid_type' && value === undefined) return 'required';
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'too_long' : 'out_of_range';
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
    return 'out_of_range';
  }
  return 'invalid';
}

export const WireResult = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiError }),
]);
export type WireResult = z.infer<typeof WireResult>;
