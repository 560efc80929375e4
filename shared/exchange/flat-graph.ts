// A graph as the exchange formats carry it: nodes and edges with flat attributes (text, numbers,
// booleans). GraphML, GEXF and CSV all go through it, both ways: `flatten` turns a case's current
// map into one (the attribute names below are the files' columns), `graph-import.ts` turns one
// read from a file back into a case document.
import { DOCUMENT_VERSION, currentMapData, type CaseDocument } from './document';

export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;

export interface FlatElement {
  id: string;
  /** Where it is in the file ("line 12"), for messages; null when the reader cannot tell. */
  line: number | null;
  attributes: FlatAttributes;
}
export interface FlatEdge extends FlatElement {
  source: string;
  target: string;
}
export interface FlatGraph {
  attributes: FlatAttributes;
  nodes: FlatElement[];
  edges: FlatEdge[];
  directed: boolean;
  /** Set by the GraphML reader when the file carries Network Canvas's namespace or keys. */
  networkCanvas?: boolean;
}

/** Attribute names of an actor (node) in GraphML, GEXF and actors.csv. */
export const NODE_ATTRIBUTES = {
  label: 'string',
  kind: 'string',
  sphere: 'string',
  domain: 'string',
  role: 'string',
  notes: 'string',
  placed_by: 'string',
  ego: 'boolean',
  x: 'double',
  y: 'double',
  created_at: 'string',
  updated_at: 'string',
} as const;

/** Attribute names of a tie (edge). `weight` repeats the closeness for Gephi and R. */
export const EDGE_ATTRIBUTES = {
  closeness: 'int',
  weight: 'double',
  valence: 'string',
  support_forward: 'string',
  support_backward: 'string',
  frequency: 'string',
  known_since: 'int',
  critical: 'string',
  notes: 'string',
  created_at: 'string',
  updated_at: 'string',
} as const;

/** Graph attributes: the case and the map, and the mark of a file Maillage wrote. */
export const GRAPH_ATTRIBUTES = {
  maillage_version: 'int',
  case_id: 'string',
  pseudonym: 'string',
  birth_year: 'int',
  referent: 'string',
  case_created_at: 'string',
  case_updated_at: 'string',
  map_id: 'string',
  map_kind: 'string',
  map_created_at: 'string',
  map_updated_at: 'string',
  exported_at: 'string',
  pseudonymised: 'boolean',
} as const;

export type AttributeType = 'string' | 'boolean' | 'int' | 'double';

/** Lists of support types are written "emotional,practical". */
export const LIST_SEPARATOR = ',';

/** Drops the attributes without a value (null), so a file never says "null". */
function defined(entries: [string, FlatValue | null][]): FlatAttributes {
  const out: FlatAttributes = {};
  for (const [key, value] of entries) if (value !== null) out[key] = value;
  return out;
}

/** The case's current map as a flat graph: every field of every actor and tie. */
export function flatten(document: CaseDocument): FlatGraph {
  const data = currentMapData(document);
  const positions = new Map(data.placements.map((p) => [p.actorId, p]));
  return {
    directed: false,
    attributes: defined([
      ['maillage_version', DOCUMENT_VERSION],
      ['case_id', data.case.id],
      ['pseudonym', data.case.pseudonym],
      ['birth_year', data.case.birthYear],
      ['referent', data.case.referent],
      ['case_created_at', data.case.createdAt],
      ['case_updated_at', data.case.updatedAt],
      ['map_id', data.map.id],
      ['map_kind', data.map.kind],
      ['map_created_at', data.map.createdAt],
      ['map_updated_at', data.map.updatedAt],
      ['exported_at', document.exportedAt],
      ['pseudonymised', document.pseudonymised],
    ]),
    nodes: data.actors.map((actor) => {
      const at = positions.get(actor.id);
      return {
        id: actor.id,
        line: null,
        attributes: defined([
          ['label', actor.name],
          ['kind', actor.kind],
          ['sphere', actor.sphere],
          ['domain', actor.domain],
          ['role', actor.roleLabel],
          ['notes', actor.notes],
          ['placed_by', actor.placedBy],
          ['ego', actor.isEgo],
          ['x', at ? at.x : null],
          ['y', at ? at.y : null],
          ['created_at', actor.createdAt],
          ['updated_at', actor.updatedAt],
        ]),
      };
    }),
    edges: data.ties.map((tie) => ({
      id: tie.id,
      line: null,
      source: tie.sourceId,
      target: tie.targetId,
      attributes: defined([
        ['closeness', tie.closeness],
        ['weight', tie.closeness],
        ['valence', tie.valence],
        ['support_forward', tie.supportForward.join(LIST_SEPARATOR)],
        ['support_backward', tie.supportBackward.join(LIST_SEPARATOR)],
        ['frequency', tie.frequency],
        ['known_since', tie.knownSinceYear],
        ['critical', tie.critical],
        ['notes', tie.notes],
        ['created_at', tie.createdAt],
        ['updated_at', tie.updatedAt],
      ]),
    })),
  };
}
