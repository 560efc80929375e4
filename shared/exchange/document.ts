// The app's own exchange format: one case as a JSON document, full fidelity (the case, its
// current and wished maps, its snapshots with their meeting notes, the next review), versioned
// so that files written by an older Maillage are migrated when read (migrations.ts).
// Partnerships are the service's, across cases: the document carries those of the case for the
// report and for the reader's information, and an import does not recreate them.
import { z } from 'zod';
import { IsoDate } from '../api/security';
import { PARTNERSHIP_STATUSES, TRANSLATION_STAGES } from '../partnerships/model';
import {
  Actor,
  ActorKind,
  CaseRecord,
  Domain,
  EcoMapRecord,
  Label,
  Name,
  Notes,
  Placement,
  Tie,
  Timestamp,
} from '../model';
import { SnapshotNote, SnapshotSummary } from '../snapshots/schemas';

export const DOCUMENT_FORMAT = 'maillage';
/** The version this build writes. Version 1 was a bare map (`{ format, version: 1, map }`). */
export const DOCUMENT_VERSION = 2;

/** Far above any real case; a bound on what a file may make the app allocate. */
export const DOCUMENT_LIMITS = {
  actorsPerMap: 100_000,
  tiesPerMap: 500_000,
  snapshots: 1_000,
  notesPerSnapshot: 1_000,
  partnerships: 1_000,
} as const;

/** One map of the case, without the case record MapData repeats. */
export const MapSection = z.object({
  map: EcoMapRecord,
  actors: z.array(Actor).max(DOCUMENT_LIMITS.actorsPerMap),
  ties: z.array(Tie).max(DOCUMENT_LIMITS.tiesPerMap),
  placements: z.array(Placement).max(DOCUMENT_LIMITS.actorsPerMap),
});
export type MapSection = z.infer<typeof MapSection>;

export const SnapshotSection = SnapshotSummary.omit({ noteCount: true }).extend({
  data: z.object({
    case: CaseRecord,
    map: EcoMapRecord,
    actors: z.array(Actor).max(DOCUMENT_LIMITS.actorsPerMap),
    ties: z.array(Tie).max(DOCUMENT_LIMITS.tiesPerMap),
    placements: z.array(Placement).max(DOCUMENT_LIMITS.actorsPerMap),
  }),
  notes: z.array(SnapshotNote).max(DOCUMENT_LIMITS.notesPerSnapshot),
});
export type SnapshotSection = z.infer<typeof SnapshotSection>;

/** A partnership of the case as the report shows it (names of partners, not their ids). */
export const PartnershipSection = z.object({
  title: Name,
  status: z.enum(PARTNERSHIP_STATUSES),
  startOn: IsoDate,
  plannedEndOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
  nextEvaluationOn: IsoDate.nullable(),
  partners: z.array(
    z.object({
      name: Name,
      kind: ActorKind,
      domain: Domain,
      role: Label,
      stage: z.enum(TRANSLATION_STAGES),
    }),
  ),
  objectives: z.array(z.object({ text: Name, indicator: Name })),
  need: Notes,
});
export type PartnershipSection = z.infer<typeof PartnershipSection>;

export const CaseDocument = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  exportedAt: Timestamp,
  /** True when the names were replaced by labels when the file was written. */
  pseudonymised: z.boolean(),
  case: CaseRecord,
  nextReviewOn: IsoDate.nullable(),
  /** The current map first, then the wished one when the case has it. */
  maps: z.array(MapSection).min(1).max(2),
  /** Oldest review first. */
  snapshots: z.array(SnapshotSection).max(DOCUMENT_LIMITS.snapshots),
  partnerships: z.array(PartnershipSection).max(DOCUMENT_LIMITS.partnerships),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

/** The case's current map as the model's MapData (what the analytics and the report read). */
export function currentMapData(document: CaseDocument): {
  case: CaseDocument['case'];
  map: MapSection['map'];
  actors: MapSection['actors'];
  ties: MapSection['ties'];
  placements: MapSection['placements'];
} {
  const current = document.maps.find((m) => m.map.kind === 'current') ?? document.maps[0];
  if (current === undefined) throw new Error('A case document always has a map.');
  return { case: document.case, ...current };
}
