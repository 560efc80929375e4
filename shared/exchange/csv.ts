// actors.csv and ties.csv: the columns Maillage writes, the neutralisation of formulas, and the
// column-mapping step of an import. The files themselves are read and written by the host
// (papaparse); this file says what the columns mean.
import { z } from 'zod';
import { normaliseName } from '../snapshots/names';
import type { FlatEdge, FlatElement, FlatGraph, FlatValue } from './flat-graph';
import { flatten } from './flat-graph';
import type { CaseDocument } from './document';
import type { ImportReport } from './preview';
import { FileProblemError } from './problems';

/** Fields of an actor a column may fill, in the order the mapping step lists them. */
export const ACTOR_FIELDS = [
  'id',
  'label',
  'kind',
  'sphere',
  'domain',
  'role',
  'notes',
  'placed_by',
  'ego',
  'x',
  'y',
] as const;
export const TIE_FIELDS = [
  'source',
  'target',
  'closeness',
  'valence',
  'support_forward',
  'support_backward',
  'frequency',
  'known_since',
  'critical',
  'notes',
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];
export type TieField = (typeof TIE_FIELDS)[number];

const Column = z.string().max(200).nullable();
export const CsvMapping = z
  .object({
    actors: z.object(
      Object.fromEntries(ACTOR_FIELDS.map((f) => [f, Column])) as Record<ActorField, typeof Column>,
    ),
    ties: z.object(
      Object.fromEntries(TIE_FIELDS.map((f) => [f, Column])) as Record<TieField, typeof Column>,
    ),
  })
  .strict();
export type CsvMapping = z.infer<typeof CsvMapping>;

/** Other spellings a column may have (compared without case or accents). */
const SYNONYMS: Record<ActorField | TieField, string[]> = {
  id: ['id', 'identifiant', 'node', 'node_id', 'nodeid'],
  label: ['label', 'name', 'nom', 'prenom', 'acteur', 'actor'],
  kind: ['kind', 'type', 'genre'],
  sphere: ['sphere', 'reseau', 'network'],
  domain: ['domain', 'domaine'],
  role: ['role', 'role_label', 'relation', 'relationship', 'lien'],
  notes: ['notes', 'note', 'comment', 'commentaire'],
  placed_by: ['placed_by', 'place par'],
  ego: ['ego', 'is_ego', 'personne accompagnee'],
  x: ['x'],
  y: ['y'],
  source: ['source', 'from', 'de', 'acteur 1', 'ego1'],
  target: ['target', 'to', 'vers', 'a', 'acteur 2', 'ego2'],
  closeness: ['closeness', 'proximite', 'weight', 'poids'],
  valence: ['valence', 'qualite', 'quality'],
  support_forward: ['support_forward', 'soutien donne'],
  support_backward: ['support_backward', 'soutien recu'],
  frequency: ['frequency', 'frequence'],
  known_since: ['known_since', 'connu depuis'],
  critical: ['critical', 'critique', 'essentiel'],
};

export interface CsvTable {
  headers: string[];
  /** Cells by header; `line` is the file's line of the row (the header is line 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

/** The mapping a file suggests: each field takes the first column named like it. */
export function guessMapping(
  actors: readonly string[] | null,
  ties: readonly string[] | null,
): CsvMapping {
  const words = (text: string) => normaliseName(text).replace(/[_-]+/g, ' ');
  const pick = <F extends ActorField | TieField>(
    fields: readonly F[],
    headers: readonly string[] | null,
  ) => {
    const taken = new Set<string>();
    return Object.fromEntries(
      fields.map((field) => {
        const names = SYNONYMS[field].map(words);
        const found = (headers ?? []).find((h) => !taken.has(h) && names.includes(words(h)));
        if (found !== undefined) taken.add(found);
        return [field, found ?? null];
      }),
    ) as Record<F, string | null>;
  };
  return { actors: pick(ACTOR_FIELDS, actors), ties: pick(TIE_FIELDS, ties) };
}

/**
 * The two tables as a flat graph under the mapping. Without an actors file, the actors are the
 * ends named in ties.csv. Ties name their ends by the actors' id column when it is mapped,
 * otherwise by their names. Unmapped columns are reported as dropped.
 */
export function flatFromCsv(
  actors: CsvTable | null,
  ties: CsvTable | null,
  mapping: CsvMapping,
  report: ImportReport,
): FlatGraph {
  const nodes: FlatElement[] = [];
  const idByKey = new Map<string, string>();
  if (actors) {
    const { id: idColumn, label: nameColumn } = mapping.actors;
    if (!nameColumn || !actors.headers.includes(nameColumn)) {
      throw new FileProblemError('csv_missing_column', { element: 'actors.csv: label' });
    }
    reportUnmapped(actors.headers, Object.values(mapping.actors), report);
    for (const row of actors.rows) {
      const id = idColumn ? (row.cells[idColumn] ?? '').trim() : String(row.line);
      if (!id) throw new FileProblemError('missing_id', { line: row.line, element: `actors.csv` });
      if (idByKey.has(id))
        throw new FileProblemError('duplicate_id', {
          line: row.line,
          element: `actors.csv: ${id}`,
        });
      idByKey.set(id, id);
      if (!idColumn) {
        const name = (row.cells[nameColumn] ?? '').trim();
        if (!idByKey.has(`name:${name}`)) idByKey.set(`name:${name}`, id);
      }
      nodes.push({
        id,
        line: row.line,
        attributes: cellsOf(row.cells, mapping.actors, ACTOR_FIELDS, ['id']),
      });
    }
  }
  const edges: FlatEdge[] = [];
  if (ties) {
    const { source, target } = mapping.ties;
    for (const [field, column] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!column || !ties.headers.includes(column)) {
        throw new FileProblemError('csv_missing_column', { element: `ties.csv: ${field}` });
      }
    }
    reportUnmapped(ties.headers, Object.values(mapping.ties), report);
    const byName = actors !== null && !mapping.actors.id;
    ties.rows.forEach((row, index) => {
      const end = (column: string) => {
        const value = (row.cells[column] ?? '').trim();
        if (!value)
          throw new FileProblemError('missing_endpoint', { line: row.line, element: 'ties.csv' });
        if (actors === null) {
          // An edge list alone: its ends are the actors, named as written.
          if (!idByKey.has(value)) {
            idByKey.set(value, value);
            nodes.push({ id: value, line: row.line, attributes: { label: value } });
          }
          return value;
        }
        const id = idByKey.get(byName ? `name:${value}` : value);
        if (id === undefined) {
          throw new FileProblemError('unknown_endpoint', {
            line: row.line,
            element: `ties.csv: ${value}`,
          });
        }
        return id;
      };
      edges.push({
        id: `row-${index + 1}`,
        line: row.line,
        source: end(source as string),
        target: end(target as string),
        attributes: cellsOf(row.cells, mapping.ties, TIE_FIELDS, ['source', 'target']),
      });
    });
  }
  return { attributes: {}, nodes, edges, directed: false };
}

function cellsOf<F extends string>(
  cells: Record<string, string>,
  mapping: Record<F, string | null>,
  fields: readonly F[],
  skip: readonly string[],
): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const field of fields) {
    if (skip.includes(field)) continue;
    const column = mapping[field];
    if (!column) continue;
    const value = unneutralise(cells[column] ?? '');
    if (value.trim() !== '') out[field] = value;
  }
  return out;
}

function reportUnmapped(
  headers: readonly string[],
  mapped: readonly (string | null)[],
  report: ImportReport,
) {
  for (const header of headers) if (!mapped.includes(header)) report.drop('column', header);
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list, with tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseCell(value: FlatValue | null): FlatValue | null {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell on import, so an export and an import give back the same text. */
function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export const ACTOR_CSV_COLUMNS = ['id', ...ACTOR_FIELDS.filter((f) => f !== 'id')] as const;
export const TIE_CSV_COLUMNS = ['id', ...TIE_FIELDS] as const;

/** The rows of actors.csv and ties.csv (cells neutralised; numbers stay numbers). */
export function csvRows(document: CaseDocument): { actors: FlatValue[][]; ties: FlatValue[][] } {
  const graph = flatten(document);
  const cell = (value: FlatValue | undefined) => neutraliseCell(value ?? '') ?? '';
  return {
    actors: [
      [...ACTOR_CSV_COLUMNS],
      ...graph.nodes.map((node) => [
        node.id,
        ...ACTOR_CSV_COLUMNS.slice(1).map((c) => cell(node.attributes[c])),
      ]),
    ],
    ties: [
      [...TIE_CSV_COLUMNS],
      ...graph.edges.map((edge) => [
        edge.id,
        edge.source,
        edge.target,
        ...TIE_CSV_COLUMNS.slice(3).map((c) => cell(edge.attributes[c])),
      ]),
    ],
  };
}
