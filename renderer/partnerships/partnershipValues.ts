// The form's values: a new partnership starts today, being built, three evaluations a year.
import {
  NO_FORMALISATION,
  PARTNERSHIP_LIMITS,
  UNCHECKED_PRINCIPLES,
  type Partnership,
  type PartnershipFields,
} from '../../shared/partnerships/model';
import { todayIso } from './formErrors';

export function blankPartnership(today = todayIso()): PartnershipFields {
  return {
    title: '',
    need: '',
    caseIds: [],
    objectives: [],
    partners: [],
    principles: UNCHECKED_PRINCIPLES,
    formalisation: NO_FORMALISATION,
    startOn: today,
    plannedEndOn: null,
    status: 'building',
    evaluationsPerYear: PARTNERSHIP_LIMITS.evaluationsPerYear.default,
  };
}

/** The editable fields of a stored partnership (an ended one keeps 'ended' out of the form). */
export function fieldsOf(p: Partnership): PartnershipFields {
  return {
    title: p.title,
    need: p.need,
    caseIds: p.caseIds,
    objectives: p.objectives,
    partners: p.partners.map(({ entryId, role, stage }) => ({ entryId, role, stage })),
    principles: p.principles,
    formalisation: p.formalisation,
    startOn: p.startOn,
    plannedEndOn: p.plannedEndOn,
    status: p.status === 'ended' ? 'active' : p.status,
    evaluationsPerYear: p.evaluationsPerYear,
  };
}
