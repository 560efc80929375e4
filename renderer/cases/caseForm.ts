// The case form's values (text as typed) and their translation to the contract's fields.
import type { z } from 'zod';
import { CasePatch } from '../../shared/api/contract';
import type { CaseRecord } from '../../shared/model';
import { parseYear, validate, type Validated } from '../forms/validation';

/** Every field of a case, required: the form always sends all three. */
export const CaseFields = CasePatch.required();
export type CaseFieldValues = z.output<typeof CaseFields>;

export interface CaseFormValues {
  pseudonym: string;
  birthYear: string;
  referent: string;
}

export const EMPTY_CASE_FORM: CaseFormValues = { pseudonym: '', birthYear: '', referent: '' };

export function caseFormValues(record: CaseRecord): CaseFormValues {
  return {
    pseudonym: record.pseudonym,
    birthYear: record.birthYear === null ? '' : String(record.birthYear),
    referent: record.referent,
  };
}

export function validateCaseForm(values: CaseFormValues): Validated<CaseFieldValues> {
  return validate(CaseFields, {
    pseudonym: values.pseudonym,
    birthYear: parseYear(values.birthYear),
    referent: values.referent,
  });
}
