// Writes an imported case (shared/exchange's CaseDocument, already validated and checked) as a
// new case, in one transaction: the case, its maps with their actors, ties and positions, its
// snapshots with their meeting notes, its next review. Every id is new, so importing the same
// file twice, or on the laptop the case came from, makes a second case and never touches the
// first. The snapshots' frozen maps get the same new ids as the live map's actors and ties, so
// the comparison still matches them. Not an operation of the contract: the host's exchange job
// calls it after the preview was confirmed and after the automatic backup.
import type { CaseDocument } from '../../shared/exchange/document';
import type { Actor, CaseSummary, MapData, Placement, Tie } from '../../shared/model';
import type { StoreContext } from './context';

export type CaseImporter = (document: CaseDocument) => CaseSummary;

export function caseImporter(ctx: StoreContext): CaseImporter {
  const { repos } = ctx;
  return (document) =>
    ctx.write(() => {
      const at = ctx.now();
      const ids = new Map<string, string>();
      const fresh = (old: string) => {
        let id = ids.get(old);
        if (id === undefined) {
          id = ctx.newId();
          ids.set(old, id);
        }
        return id;
      };
      const caseId = fresh(document.case.id);
      const record = { ...document.case, id: caseId, updatedAt: at };
      repos.cases.insert(record);
      for (const section of document.maps) {
        const mapId = fresh(section.map.id);
        repos.maps.insert({ ...section.map, id: mapId, caseId, updatedAt: at });
        for (const actor of section.actors) repos.actors.insert(remapActor(actor, mapId, fresh));
        for (const tie of section.ties) repos.ties.insert(remapTie(tie, mapId, fresh));
        for (const placement of section.placements)
          repos.placements.set(remapPlacement(placement, fresh));
      }
      for (const snapshot of document.snapshots) {
        const snapshotId = ctx.newId();
        repos.snapshots.insert({
          id: snapshotId,
          caseId,
          label: snapshot.label,
          takenOn: snapshot.takenOn,
          createdAt: snapshot.createdAt,
          actorCount: snapshot.actorCount,
          tieCount: snapshot.tieCount,
          data: remapMapData(snapshot.data, caseId, fresh),
        });
        for (const note of snapshot.notes) {
          repos.snapshots.insertNote({ ...note, id: ctx.newId(), snapshotId });
        }
      }
      if (document.nextReviewOn !== null)
        repos.snapshots.setNextReview(caseId, document.nextReviewOn);
      ctx.audit({ caseId, entity: 'case', entityId: caseId, action: 'import' });
      const summary = repos.cases.summary(caseId);
      if (!summary) throw new Error(`The imported case ${caseId} cannot be read back.`);
      return summary;
    });
}

type Fresh = (old: string) => string;

const remapActor = (actor: Actor, mapId: string, fresh: Fresh): Actor => ({
  ...actor,
  id: fresh(actor.id),
  mapId,
});

const remapTie = (tie: Tie, mapId: string, fresh: Fresh): Tie => ({
  ...tie,
  id: fresh(tie.id),
  mapId,
  sourceId: fresh(tie.sourceId),
  targetId: fresh(tie.targetId),
});

const remapPlacement = (placement: Placement, fresh: Fresh): Placement => ({
  ...placement,
  actorId: fresh(placement.actorId),
});

function remapMapData(data: MapData, caseId: string, fresh: Fresh): MapData {
  const mapId = fresh(data.map.id);
  return {
    case: { ...data.case, id: caseId },
    map: { ...data.map, id: mapId, caseId },
    actors: data.actors.map((actor) => remapActor(actor, mapId, fresh)),
    ties: data.ties.map((tie) => remapTie(tie, mapId, fresh)),
    placements: data.placements.map((placement) => remapPlacement(placement, fresh)),
  };
}
