// Reads the app's JSON, whatever version of Maillage wrote it: each older version is migrated
// step by step to the current one (DOCUMENT_VERSION), validated with the model's own schemas at
// every step, then checked for what a schema cannot say (ids unique, ties between actors of
// their own map, one person at the centre per map). Any problem names the element at fault.
import { z } from 'zod';
import { MapData } from '../model';
import { CaseDocument, DOCUMENT_FORMAT, DOCUMENT_VERSION, type MapSection } from './document';
import { FileProblemError } from './problems';

/** Version 1 (the command line's input, Maillage 0.1): one map, bare or wrapped. */
const VersionOne = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(1),
  map: MapData,
});

type Migration = (value: unknown) => unknown;

/** MIGRATIONS[n] turns a valid version-n document into a version n+1 one. */
const MIGRATIONS: Record<number, Migration> = {
  1: (value) => {
    const { map } = validate(VersionOne, value);
    return {
      format: DOCUMENT_FORMAT,
      version: 2,
      exportedAt: map.map.updatedAt,
      pseudonymised: false,
      case: map.case,
      nextReviewOn: null,
      maps: [{ map: map.map, actors: map.actors, ties: map.ties, placements: map.placements }],
      snapshots: [],
      partnerships: [],
    };
  },
};

export interface ReadDocument {
  document: CaseDocument;
  /** The version the file was written in (1 for a bare map). */
  fromVersion: number;
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FileProblemError('invalid_json', {
      line: lineOfJsonError(text, message),
      detail: message,
    });
  }
}

/** The document in any version (or a bare version-1 map), migrated and checked. */
export function readAppDocument(value: unknown): ReadDocument {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject) throw new FileProblemError('not_maillage');
  const record = value as Record<string, unknown>;
  let current: unknown = value;
  let version: number;
  if (!('format' in record)) {
    // A bare map, as the command line and Maillage 0.1 read them.
    if (!('map' in record && 'actors' in record)) throw new FileProblemError('not_maillage');
    current = { format: DOCUMENT_FORMAT, version: 1, map: value };
    version = 1;
  } else {
    if (record.format !== DOCUMENT_FORMAT) throw new FileProblemError('not_maillage');
    if (
      typeof record.version !== 'number' ||
      !Number.isInteger(record.version) ||
      record.version < 1
    ) {
      throw new FileProblemError('invalid_document', { element: 'version' });
    }
    version = record.version;
  }
  if (version > DOCUMENT_VERSION) {
    throw new FileProblemError('too_new', { detail: `version ${version}` });
  }
  const fromVersion = version;
  for (let step = version; step < DOCUMENT_VERSION; step++) {
    const migrate = MIGRATIONS[step];
    if (migrate === undefined) throw new Error(`No migration from version ${step}`);
    current = migrate(current);
  }
  const document = validate(CaseDocument, current);
  checkReferences(document);
  return { document, fromVersion };
}

function validate<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new FileProblemError('invalid_document', {
    element: issue ? issue.path.map(String).join('.') || '(root)' : null,
    detail: issue?.message ?? null,
  });
}

/** What the schema cannot say. The store would refuse most of it too, but without saying where. */
export function checkReferences(document: CaseDocument): void {
  const actorIds = new Set<string>();
  const tieIds = new Set<string>();
  document.maps.forEach((section, m) => {
    const at = `maps.${m}`;
    if (section.map.caseId !== document.case.id) {
      throw new FileProblemError('invalid_document', { element: `${at}.map.caseId` });
    }
    checkMap(section, at, actorIds, tieIds);
  });
  const kinds = document.maps.map((section) => section.map.kind);
  if (new Set(kinds).size !== kinds.length || !kinds.includes('current')) {
    throw new FileProblemError('invalid_document', {
      element: 'maps',
      detail: 'one current map, at most one wished map',
    });
  }
  const snapshotIds = new Set<string>();
  document.snapshots.forEach((snapshot, s) => {
    if (snapshotIds.has(snapshot.id)) {
      throw new FileProblemError('duplicate_id', { element: `snapshots.${s}.id` });
    }
    snapshotIds.add(snapshot.id);
    snapshot.notes.forEach((note, n) => {
      if (note.snapshotId !== snapshot.id) {
        throw new FileProblemError('invalid_document', {
          element: `snapshots.${s}.notes.${n}.snapshotId`,
        });
      }
    });
  });
}

function checkMap(
  section: MapSection,
  at: string,
  actorIds: Set<string>,
  tieIds: Set<string>,
): void {
  const own = new Set<string>();
  let egos = 0;
  section.actors.forEach((actor, i) => {
    if (actorIds.has(actor.id))
      throw new FileProblemError('duplicate_id', { element: `${at}.actors.${i}.id` });
    if (actor.mapId !== section.map.id) {
      throw new FileProblemError('invalid_document', { element: `${at}.actors.${i}.mapId` });
    }
    actorIds.add(actor.id);
    own.add(actor.id);
    if (actor.isEgo) egos += 1;
  });
  if (egos !== 1) {
    throw new FileProblemError('invalid_document', {
      element: `${at}.actors`,
      detail: `${egos} people at the centre`,
    });
  }
  section.ties.forEach((tie, i) => {
    if (tieIds.has(tie.id))
      throw new FileProblemError('duplicate_id', { element: `${at}.ties.${i}.id` });
    tieIds.add(tie.id);
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!own.has(tie[end]))
        throw new FileProblemError('unknown_endpoint', { element: `${at}.ties.${i}.${end}` });
    }
    if (tie.sourceId === tie.targetId) {
      throw new FileProblemError('invalid_document', {
        element: `${at}.ties.${i}.targetId`,
        detail: 'a tie joins two actors',
      });
    }
  });
  const placed = new Set<string>();
  section.placements.forEach((placement, i) => {
    if (!own.has(placement.actorId) || placed.has(placement.actorId)) {
      throw new FileProblemError('invalid_document', { element: `${at}.placements.${i}.actorId` });
    }
    placed.add(placement.actorId);
  });
}

/** V8 says "at position N" or "(line L column C)"; either way, the 1-based line. */
function lineOfJsonError(text: string, message: string): number | null {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const offset = Math.min(Number(position[1]), text.length);
  let count = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}
