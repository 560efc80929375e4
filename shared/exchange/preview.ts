// What an import will do, shown before anything is written: how many actors and ties, which
// spheres, and what the file held that the model cannot keep (dropped) or does not say (guessed).
// Readers fill an ImportReport as they go; `previewOf` adds the counts of the document.
import { z } from 'zod';
import { SPHERES } from '../model';
import type { CaseDocument } from './document';

export const IMPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'transfer'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Who wrote the file: Maillage itself, Network Canvas (GraphML), or another program. */
export const IMPORT_SOURCES = ['maillage', 'network_canvas', 'other'] as const;

/** What the model has no place for. `name` is the attribute or column as the file spells it. */
export const DROPPED_KINDS = [
  'node_attribute',
  'edge_attribute',
  'graph_attribute',
  'ego_attribute',
  'column',
  'self_loop',
  'partnerships',
] as const;
/** Fields the file does not give (or gives in a way the model cannot read) and a default fills. */
export const GUESSED_FIELDS = [
  'name',
  'kind',
  'sphere',
  'domain',
  'closeness',
  'valence',
  'ego',
  'ego_ties',
  'extra_ego',
  'pseudonym',
  'position',
] as const;

export const DroppedItem = z.object({
  kind: z.enum(DROPPED_KINDS),
  name: z.string().max(200),
  count: z.int().min(1),
});
export type DroppedItem = z.infer<typeof DroppedItem>;

export const GuessedItem = z.object({
  field: z.enum(GUESSED_FIELDS),
  count: z.int().min(1),
  /** The value given to them, as a code of the model ("primary", "3") or a name. */
  value: z.string().max(200),
  /** The first element concerned ("node n4"), so the user can check the file. */
  example: z.string().max(200).nullable(),
});
export type GuessedItem = z.infer<typeof GuessedItem>;

export const ImportPreview = z.object({
  format: z.enum(IMPORT_FORMATS),
  source: z.enum(IMPORT_SOURCES),
  /** For the app's JSON: the version the file was written in (migrated when older). */
  fromVersion: z.int().nullable(),
  pseudonym: z.string(),
  actors: z.int().min(0),
  ties: z.int().min(0),
  bySphere: z.object(
    Object.fromEntries(SPHERES.map((s) => [s, z.int().min(0)])) as Record<
      (typeof SPHERES)[number],
      z.ZodInt
    >,
  ),
  hasWishedMap: z.boolean(),
  snapshots: z.int().min(0),
  notes: z.int().min(0),
  pseudonymised: z.boolean(),
  /** Another case already carries this pseudonym: the import adds a second one. */
  sameNameExists: z.boolean(),
  dropped: z.array(DroppedItem).max(200),
  guessed: z.array(GuessedItem).max(50),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Collects what a reader dropped or guessed, counted by kind and name. */
export class ImportReport {
  private readonly droppedItems = new Map<string, DroppedItem>();
  private readonly guessedItems = new Map<string, GuessedItem>();

  /** A report from its findings (as they crossed a thread), to be added to as before. */
  static from(dropped: readonly DroppedItem[], guessed: readonly GuessedItem[]): ImportReport {
    const report = new ImportReport();
    for (const item of dropped) report.droppedItems.set(`${item.kind}|${item.name}`, { ...item });
    for (const item of guessed) report.guessedItems.set(`${item.field}|${item.value}`, { ...item });
    return report;
  }

  drop(kind: DroppedItem['kind'], name: string, count = 1): void {
    const key = `${kind}|${name}`;
    const item = this.droppedItems.get(key);
    if (item) item.count += count;
    else this.droppedItems.set(key, { kind, name: name.slice(0, 200), count });
  }

  guess(field: GuessedItem['field'], value: string, example: string | null = null): void {
    const key = `${field}|${value}`;
    const item = this.guessedItems.get(key);
    if (item) item.count += 1;
    else
      this.guessedItems.set(key, {
        field,
        value: value.slice(0, 200),
        count: 1,
        example: example?.slice(0, 200) ?? null,
      });
  }

  get dropped(): DroppedItem[] {
    return [...this.droppedItems.values()].slice(0, 200);
  }

  get guessed(): GuessedItem[] {
    return [...this.guessedItems.values()].slice(0, 50);
  }
}

export interface ImportDraft {
  document: CaseDocument;
  report: ImportReport;
  source: (typeof IMPORT_SOURCES)[number];
  fromVersion: number | null;
}

export function previewOf(
  draft: ImportDraft,
  format: ImportFormat,
  existingPseudonyms: ReadonlySet<string>,
): ImportPreview {
  const { document } = draft;
  const current = document.maps.find((m) => m.map.kind === 'current') ?? document.maps[0];
  const actors = current?.actors.filter((a) => !a.isEgo) ?? [];
  const bySphere = Object.fromEntries(SPHERES.map((s) => [s, 0])) as Record<
    (typeof SPHERES)[number],
    number
  >;
  for (const actor of actors) bySphere[actor.sphere] += 1;
  return {
    format,
    source: draft.source,
    fromVersion: draft.fromVersion,
    pseudonym: document.case.pseudonym,
    actors: actors.length,
    ties: current?.ties.length ?? 0,
    bySphere,
    hasWishedMap: document.maps.some((m) => m.map.kind === 'wished'),
    snapshots: document.snapshots.length,
    notes: document.snapshots.reduce((sum, s) => sum + s.notes.length, 0),
    pseudonymised: document.pseudonymised,
    sameNameExists: existingPseudonyms.has(document.case.pseudonym.trim().toLowerCase()),
    dropped: draft.report.dropped,
    guessed: draft.report.guessed,
  };
}
