// The tie form's values. "Direction of support" is which of the two support sets is filled:
// forward (source supports target), backward, both (mutual) or none.
import type { z } from 'zod';
import { Id, TieFields, type Tie } from '../../../shared/model';
import { validate, type FieldErrors, type Validated } from '../../forms/validation';
import type { ClosenessText } from './closeness';
import type { SupportType, Valence } from '../model/enums';

export const DIRECTIONS = ['none', 'forward', 'backward', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface TieQualityValues {
  closeness: ClosenessText;
  valence: Valence;
  direction: Direction;
  forward: SupportType[];
  backward: SupportType[];
}

export interface TieFormValues extends TieQualityValues {
  sourceId: string;
  targetId: string;
}

export const NEW_TIE: TieFormValues = {
  sourceId: '',
  targetId: '',
  closeness: '3',
  valence: 'supportive',
  direction: 'none',
  forward: [],
  backward: [],
};

export function directionOf(forward: readonly unknown[], backward: readonly unknown[]): Direction {
  if (forward.length > 0 && backward.length > 0) return 'both';
  if (forward.length > 0) return 'forward';
  return backward.length > 0 ? 'backward' : 'none';
}

export function tieQualityValues(tie: Tie): TieQualityValues {
  return {
    closeness: String(tie.closeness) as ClosenessText,
    valence: tie.valence,
    direction: directionOf(tie.supportForward, tie.supportBackward),
    forward: [...tie.supportForward],
    backward: [...tie.supportBackward],
  };
}

const QualitySchema = TieFields.pick({
  closeness: true,
  valence: true,
  supportForward: true,
  supportBackward: true,
});
export type TieQuality = z.output<typeof QualitySchema>;

/** Checks the quality fields; a chosen direction needs at least one type of support. */
export function validateTieQuality(values: TieQualityValues): Validated<TieQuality> {
  const flowsForward = values.direction === 'forward' || values.direction === 'both';
  const flowsBackward = values.direction === 'backward' || values.direction === 'both';
  const errors: FieldErrors = {};
  if (flowsForward && values.forward.length === 0)
    errors.supportForward = 'ui.validation.supportTypeRequired';
  if (flowsBackward && values.backward.length === 0)
    errors.supportBackward = 'ui.validation.supportTypeRequired';
  const checked = validate(QualitySchema, {
    closeness: Number(values.closeness),
    valence: values.valence,
    supportForward: flowsForward ? values.forward : [],
    supportBackward: flowsBackward ? values.backward : [],
  });
  if (!checked.ok) return { ok: false, errors: { ...checked.errors, ...errors } };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : checked;
}

/** Checks the two ends and the quality of a new tie (two actors may share several ties). */
export function validateNewTie(
  values: TieFormValues,
): Validated<TieQuality & { sourceId: string; targetId: string }> {
  const errors: FieldErrors = {};
  for (const end of ['sourceId', 'targetId'] as const) {
    if (values[end] === '') errors[end] = 'fieldIssues.required';
    else if (!Id.safeParse(values[end]).success) errors[end] = 'fieldIssues.invalid';
  }
  if (!errors.targetId && values.sourceId !== '' && values.sourceId === values.targetId)
    errors.targetId = 'ui.validation.sameActors';
  const quality = validateTieQuality(values);
  if (!quality.ok) return { ok: false, errors: { ...quality.errors, ...errors } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { ...quality.value, sourceId: values.sourceId, targetId: values.targetId },
  };
}
