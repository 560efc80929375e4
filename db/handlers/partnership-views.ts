// How partnerships leave the store: the full view of one (partners named from the address book,
// all 19 steps, evaluations newest first) and the summaries of the list.
import { MaillageError } from '../../shared/errors';
import type { Partnership, PartnershipSummary, StepRecord } from '../../shared/partnerships/model';
import { STEP_COUNT } from '../../shared/partnerships/model';
import type { Repositories } from '../repositories';
import type { PartnershipRecord } from '../repositories/partnerships';

export function requirePartnership(repos: Repositories, id: string): PartnershipRecord {
  const record = repos.partnerships.get(id);
  if (!record) throw new MaillageError('not_found', `No partnership with id ${id}.`);
  return record;
}

/** The 19 steps in order, those never touched as not done. */
export function allSteps(recorded: readonly StepRecord[]): StepRecord[] {
  const byStep = new Map(recorded.map((s) => [s.step, s]));
  return Array.from(
    { length: STEP_COUNT },
    (_, i) => byStep.get(i + 1) ?? { step: i + 1, done: false, doneOn: null, comment: '' },
  );
}

export function partnershipView(repos: Repositories, record: PartnershipRecord): Partnership {
  const partners = repos.partnerships.partners(record.id).map((ref) => {
    // The foreign key keeps every partner in the address book.
    const entry = repos.directory.get(ref.entryId)!;
    return { ...ref, name: entry.name, domain: entry.domain, kind: entry.kind };
  });
  const cases = repos.partnerships.cases(record.id);
  return {
    ...record,
    partners,
    cases,
    caseIds: cases.map((c) => c.caseId),
    steps: allSteps(repos.partnerships.steps(record.id)),
    evaluations: repos.partnerships.evaluations(record.id),
  };
}

export function partnershipSummaries(repos: Repositories): PartnershipSummary[] {
  const counts = repos.partnerships.counts();
  return repos.partnerships.list().map((p) => {
    const count = counts.get(p.id);
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      startOn: p.startOn,
      plannedEndOn: p.plannedEndOn,
      endedOn: p.endedOn,
      nextEvaluationOn: p.nextEvaluationOn,
      formalisation: p.formalisation.kind,
      partnerCount: count?.partners ?? 0,
      caseCount: count?.cases ?? 0,
      objectiveCount: p.objectives.length,
      stepsDone: count?.steps ?? 0,
    };
  });
}
