// Partnerships: create, update, record the end, delete, Dhume's steps, evaluations, the due
// evaluations of the home screen, and the service's network for its map.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError, type FieldIssue } from '../../shared/errors';
import { daysBetween, proposeNextEvaluation } from '../../shared/partnerships/dates';
import type { Evaluation, PartnerRef } from '../../shared/partnerships/model';
import { mergeCaseMaps, type CaseMap } from '../../shared/partnerships/network';
import type { PartnershipRecord } from '../repositories/partnerships';
import type { StoreContext } from './context';
import { entrySummaries } from './directory';
import { partnershipSummaries, partnershipView, requirePartnership } from './partnership-views';

type PartnershipHandlers = Pick<
  StoreHandlers,
  | 'partnerships.list'
  | 'partnerships.get'
  | 'partnerships.create'
  | 'partnerships.update'
  | 'partnerships.end'
  | 'partnerships.delete'
  | 'partnerships.setStep'
  | 'partnerships.addEvaluation'
  | 'evaluations.due'
  | 'network.service'
>;

const invalid = (message: string, fields: FieldIssue[]) =>
  new MaillageError('invalid_input', message, fields);

export function partnershipHandlers(ctx: StoreContext): PartnershipHandlers {
  const { repos } = ctx;

  /** Partners must be in the address book and cases must exist; otherwise nothing is written. */
  const checkLinks = (partners: readonly PartnerRef[], caseIds: readonly string[]) => {
    const fields: FieldIssue[] = [];
    partners.forEach((p, i) => {
      if (!repos.directory.get(p.entryId)) {
        fields.push({ path: `partners.${i}.entryId`, issue: 'invalid' });
      }
    });
    caseIds.forEach((id, i) => {
      if (!repos.cases.get(id)) fields.push({ path: `caseIds.${i}`, issue: 'invalid' });
    });
    if (fields.length > 0) throw invalid('Unknown partner or case.', fields);
  };

  /** Journals, under each case, that the case joined or left a partnership. */
  const auditCases = (before: readonly string[], after: readonly string[]) => {
    const changed = [
      ...after.filter((id) => !before.includes(id)),
      ...before.filter((id) => !after.includes(id)),
    ];
    for (const caseId of changed) {
      ctx.audit({ caseId, entity: 'case', entityId: caseId, action: 'update' });
    }
  };

  const view = (id: string) => partnershipView(repos, requirePartnership(repos, id));

  return {
    'partnerships.list': () => ctx.read(() => partnershipSummaries(repos)),

    'partnerships.get': ({ id }) => ctx.read(() => view(id)),

    'partnerships.create': ({ id, caseIds, partners, ...fields }) =>
      ctx.write(() => {
        if (id !== undefined && repos.partnerships.get(id)) {
          const existing = view(id);
          // A retried creation answers with what the first attempt stored.
          if (existing.title === fields.title && existing.startOn === fields.startOn) {
            return existing;
          }
          throw new MaillageError('conflict', `A partnership with id ${id} exists.`);
        }
        checkLinks(partners, caseIds);
        const at = ctx.now();
        const record: PartnershipRecord = {
          id: id ?? ctx.newId(),
          ...fields,
          nextEvaluationOn: proposeNextEvaluation(fields.startOn, fields.evaluationsPerYear),
          endedOn: null,
          endReason: '',
          createdAt: at,
          updatedAt: at,
        };
        repos.partnerships.insert(record);
        repos.partnerships.setPartners(record.id, partners);
        repos.partnerships.setCases(record.id, caseIds);
        auditCases([], caseIds);
        return view(record.id);
      }),

    'partnerships.update': ({ id, patch }) =>
      ctx.write(() => {
        const current = requirePartnership(repos, id);
        if (current.status === 'ended' && patch.status !== undefined) {
          throw new MaillageError('conflict', `Partnership ${id} has ended.`);
        }
        const { partners, caseIds, ...own } = patch;
        const next: PartnershipRecord = { ...current, ...own, updatedAt: ctx.now() };
        if (next.plannedEndOn !== null && next.plannedEndOn < next.startOn) {
          throw invalid('The planned end comes before the start.', [
            { path: 'patch.plannedEndOn', issue: 'end_before_start' },
          ]);
        }
        checkLinks(partners ?? [], caseIds ?? []);
        // Without any evaluation yet, the first one follows the start and the rhythm.
        if (repos.partnerships.evaluations(id).length === 0 && next.status !== 'ended') {
          next.nextEvaluationOn = proposeNextEvaluation(next.startOn, next.evaluationsPerYear);
        }
        repos.partnerships.save(next);
        if (partners) repos.partnerships.setPartners(id, partners);
        if (caseIds) {
          const before = repos.partnerships.cases(id).map((c) => c.caseId);
          repos.partnerships.setCases(id, caseIds);
          auditCases(before, caseIds);
        }
        return view(id);
      }),

    'partnerships.end': ({ id, endedOn, reason }) =>
      ctx.write(() => {
        const current = requirePartnership(repos, id);
        if (current.status === 'ended') {
          throw new MaillageError('conflict', `Partnership ${id} has already ended.`);
        }
        if (endedOn < current.startOn) {
          throw invalid('The end comes before the start.', [
            { path: 'endedOn', issue: 'end_before_start' },
          ]);
        }
        repos.partnerships.save({
          ...current,
          status: 'ended',
          endedOn,
          endReason: reason,
          nextEvaluationOn: null,
          updatedAt: ctx.now(),
        });
        return view(id);
      }),

    // One transaction: the row goes, and with it (the foreign keys cascade) the partners' roles,
    // the case links, the steps and the evaluations; the address book's entries and the cases
    // stay. Each case it named journals that it left a partnership, as an update would.
    'partnerships.delete': ({ id }) => {
      ctx.write(() => {
        requirePartnership(repos, id);
        const caseIds = repos.partnerships.cases(id).map((c) => c.caseId);
        repos.partnerships.delete(id);
        auditCases(caseIds, []);
      });
      // Evaluation notes speak of people: empty the write-ahead log now, as cases.delete does.
      ctx.scrubLog();
      return { deleted: true };
    },

    'partnerships.setStep': ({ partnershipId, step, done, doneOn, comment }) =>
      ctx.write(() => {
        const current = requirePartnership(repos, partnershipId);
        const record = { step, done, doneOn: done ? doneOn : null, comment };
        repos.partnerships.setStep(partnershipId, record);
        repos.partnerships.save({ ...current, updatedAt: ctx.now() });
        return record;
      }),

    'partnerships.addEvaluation': ({ id, partnershipId, nextOn, ...fields }) =>
      ctx.write(() => {
        const current = requirePartnership(repos, partnershipId);
        if (id !== undefined) {
          const existing = repos.partnerships.evaluation(id);
          if (existing && existing.partnershipId === partnershipId) return existing;
          if (existing) throw new MaillageError('conflict', `An evaluation with id ${id} exists.`);
        }
        if (current.status === 'ended') {
          throw new MaillageError('conflict', `Partnership ${partnershipId} has ended.`);
        }
        const objectiveIds = new Set(current.objectives.map((o) => o.id));
        const partnerIds = new Set(
          repos.partnerships.partners(partnershipId).map((p) => p.entryId),
        );
        const fieldsAtFault: FieldIssue[] = [];
        fields.ratings.forEach((r, i) => {
          const twice = fields.ratings.findIndex((o) => o.objectiveId === r.objectiveId) !== i;
          if (!objectiveIds.has(r.objectiveId) || twice) {
            fieldsAtFault.push({ path: `ratings.${i}.objectiveId`, issue: 'invalid' });
          }
        });
        fields.attendees.partnerEntryIds.forEach((entryId, i) => {
          if (!partnerIds.has(entryId)) {
            fieldsAtFault.push({ path: `attendees.partnerEntryIds.${i}`, issue: 'invalid' });
          }
        });
        if (fieldsAtFault.length > 0) {
          throw invalid('Ratings or attendees name what the partnership lacks.', fieldsAtFault);
        }
        const proposed =
          fields.decision === 'end'
            ? null
            : proposeNextEvaluation(fields.heldOn, current.evaluationsPerYear);
        const evaluation: Evaluation = {
          id: id ?? ctx.newId(),
          partnershipId,
          ...fields,
          nextOn: nextOn === undefined ? proposed : nextOn,
          createdAt: ctx.now(),
        };
        const latest = repos.partnerships.evaluations(partnershipId)[0];
        repos.partnerships.addEvaluation(evaluation);
        // An older meeting entered late does not move the next date.
        const isLatest = !latest || evaluation.heldOn >= latest.heldOn;
        repos.partnerships.save({
          ...current,
          nextEvaluationOn: isLatest ? evaluation.nextOn : current.nextEvaluationOn,
          updatedAt: ctx.now(),
        });
        for (const { caseId } of repos.partnerships.cases(partnershipId)) {
          ctx.audit({ caseId, entity: 'case', entityId: caseId, action: 'update' });
        }
        return evaluation;
      }),

    'evaluations.due': () =>
      ctx.read(() => {
        const today = ctx.today();
        return repos.partnerships
          .list()
          .filter((p) => p.status !== 'ended' && p.nextEvaluationOn !== null)
          .map((p) => ({
            partnershipId: p.id,
            title: p.title,
            status: p.status,
            dueOn: p.nextEvaluationOn!,
            daysLeft: daysBetween(today, p.nextEvaluationOn!),
          }))
          .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
      }),

    'network.service': () =>
      ctx.read(() => {
        const entries = entrySummaries(repos);
        const maps: CaseMap[] = repos.cases.listSummaries().map((c) => ({
          caseId: c.id,
          pseudonym: c.pseudonym,
          actors: repos.actors.listByMap(c.currentMapId),
          ties: repos.ties.listByMap(c.currentMapId),
        }));
        const partnerships = repos.partnerships.list().map((p) => ({
          id: p.id,
          title: p.title,
          status: p.status,
          partners: repos.partnerships
            .partners(p.id)
            .map((ref) => ({ entryId: ref.entryId, stage: ref.stage })),
        }));
        return {
          entries,
          partnerships,
          merged: mergeCaseMaps(maps, repos.directory.allLinks(), entries),
        };
      }),
  };
}
