// A case read from the store as the exchange document (shared/exchange/document.ts), through the
// store's own operations: the current and wished maps, the snapshots with their notes, the next
// review, the partnerships that name the case.
import type { StoreHandlers } from '../../../shared/api/contract';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  type CaseDocument,
  type PartnershipSection,
} from '../../../shared/exchange/document';
import { MaillageError } from '../../../shared/errors';

export function readCaseDocument(store: StoreHandlers, caseId: string, now: Date): CaseDocument {
  const current = store['map.load']({ caseId, kind: 'current' });
  const maps = [current];
  try {
    maps.push(store['map.load']({ caseId, kind: 'wished' }));
  } catch (error) {
    if (!(error instanceof MaillageError && error.code === 'not_found')) throw error;
  }
  const snapshots = store['snapshots.list']({ caseId }).map((summary) => {
    const { noteCount: _count, ...snapshot } = store['snapshots.get']({ id: summary.id });
    return { ...snapshot, notes: store['snapshots.notes']({ snapshotId: summary.id }) };
  });
  const partnerships: PartnershipSection[] = [];
  for (const summary of store['partnerships.list']({})) {
    const partnership = store['partnerships.get']({ id: summary.id });
    if (!partnership.cases.some((c) => c.caseId === caseId)) continue;
    partnerships.push({
      title: partnership.title,
      status: partnership.status,
      startOn: partnership.startOn,
      plannedEndOn: partnership.plannedEndOn,
      endedOn: partnership.endedOn,
      nextEvaluationOn: partnership.nextEvaluationOn,
      partners: partnership.partners.map((p) => ({
        name: p.name,
        kind: p.kind,
        domain: p.domain,
        role: p.role,
        stage: p.stage,
      })),
      objectives: partnership.objectives.map((o) => ({ text: o.text, indicator: o.indicator })),
      need: partnership.need,
    });
  }
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    exportedAt: now.toISOString(),
    pseudonymised: false,
    case: current.case,
    nextReviewOn: store['reviews.get']({ caseId }).nextReviewOn,
    maps: maps.map(({ case: _case, ...section }) => section),
    snapshots,
    partnerships,
  };
}
