// A graph read from GraphML, GEXF or CSV becomes a case document, as far as the model goes.
// - A file Maillage wrote (graph attribute `maillage_version`) reads back exactly: ids, fields,
//   positions, timestamps.
// - Any other file: names from `label`/`name`, kind, sphere and domain from their codes or their
//   French or English labels, tie closeness from `closeness` or a `weight` of 1 to 5 (or 0 to 1);
//   what is missing is guessed (a person in the primary network, domain "other", closeness 3,
//   a neutral tie) and every guess is counted in the report, as is every attribute the model has
//   no place for. Self-loops are dropped. Without a person at the centre, one is added.
// - Network Canvas (network-canvas.ts): the ego is the graph's data, each alter is tied to it.
// Structure errors (duplicate ids, ties to unknown actors, too many elements) refuse the file.
import type { z } from 'zod';
import { Id, LIMITS, type Actor, type Placement, type Tie } from '../model';
import {
  CaseDocument,
  DOCUMENT_FORMAT,
  DOCUMENT_LIMITS,
  DOCUMENT_VERSION,
  type MapSection,
} from './document';
import type { FlatAttributes, FlatEdge, FlatElement, FlatGraph, FlatValue } from './flat-graph';
import { checkReferences } from './migrations';
import { networkCanvasEgo, ncLayout, NC_INTERNAL_KEYS } from './network-canvas';
import { ImportReport, type ImportDraft } from './preview';
import { FileProblemError } from './problems';
import {
  readBoolean,
  readCriticality,
  readDomain,
  readFrequency,
  readInstant,
  readInteger,
  readKind,
  readNumber,
  readPlacedBy,
  readSphere,
  readSupport,
  readText,
  readValence,
} from './values';

export interface DraftOptions {
  /** The file's name, for the pseudonym when the file gives none. */
  fileName: string;
  /** The time of the import (ISO), for what the file does not date. */
  now: string;
  /** Fresh ids (the hosts pass crypto.randomUUID: shared/ sees no platform API). */
  newId: () => string;
  /** Where to count drops and guesses, when the caller has already counted some (CSV). */
  report?: ImportReport;
}

const NAME_KEYS = ['label', 'name', 'nom', 'prenom', 'display_name'];
/** An alter's closeness to the ego, as Network Canvas protocols often name it. */
const NC_CLOSENESS_KEYS = ['closeness', 'close', 'proximite', 'proximité'];
const CASE_NAME_KEYS = ['pseudonym', 'pseudonyme', 'name', 'label', 'nom'];

/** Reads an element's attributes by name (any case); what was never read is what was dropped. */
class Attributes {
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();
  constructor(private readonly values: FlatAttributes) {
    for (const key of Object.keys(values)) {
      const lower = key.toLowerCase();
      if (!this.byKey.has(lower)) this.byKey.set(lower, key);
    }
  }
  take(names: readonly string[]): FlatValue | undefined {
    for (const name of names) {
      const key = this.byKey.get(name.toLowerCase());
      if (key === undefined) continue;
      this.used.add(key);
      const value = this.values[key];
      if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) return value;
    }
    return undefined;
  }
  /** Marks these attributes (any case) as read: what the model keeps elsewhere or not at all. */
  consume(names: Iterable<string>): void {
    for (const name of names) {
      const key = this.byKey.get(name.toLowerCase());
      if (key !== undefined) this.used.add(key);
    }
  }
  rest(): string[] {
    return Object.keys(this.values).filter((key) => !this.used.has(key));
  }
}

export function draftFromGraph(graph: FlatGraph, options: DraftOptions): ImportDraft {
  checkStructure(graph);
  const own = readInteger(graph.attributes.maillage_version, 1, DOCUMENT_VERSION) !== null;
  const source = own ? 'maillage' : graph.networkCanvas ? 'network_canvas' : 'other';
  const report = options.report ?? new ImportReport();
  const newId = options.newId;
  const ids = new Map<string, string>();
  const idOf = (fileId: string) => {
    let id = ids.get(fileId);
    if (id === undefined) {
      id = own && Id.safeParse(fileId).success ? fileId : newId();
      ids.set(fileId, id);
    }
    return id;
  };
  const now = options.now;
  const graphAttributes = new Attributes(graph.attributes);
  const stamp = (value: FlatValue | undefined) => (own ? (readInstant(value) ?? now) : now);

  const ncEgo = source === 'network_canvas' ? networkCanvasEgo(graph.attributes) : null;
  let pseudonym = readText(graphAttributes.take(own ? ['pseudonym'] : CASE_NAME_KEYS));
  if (!pseudonym && ncEgo) pseudonym = ncEgo.name;
  if (!pseudonym) pseudonym = egoNodeName(graph);
  if (!pseudonym) {
    pseudonym = baseName(options.fileName);
    report.guess('pseudonym', pseudonym);
  }
  pseudonym = pseudonym.slice(0, LIMITS.shortText);
  const caseId = own ? idOrNew(graphAttributes.take(['case_id']), newId) : newId();
  const mapId = own ? idOrNew(graphAttributes.take(['map_id']), newId) : newId();
  const caseRecord = {
    id: caseId,
    pseudonym,
    birthYear:
      readInteger(graphAttributes.take(['birth_year']), 1900, 2100) ?? ncEgo?.birthYear ?? null,
    referent: readText(graphAttributes.take(['referent'])).slice(0, LIMITS.shortText),
    createdAt: stamp(graphAttributes.take(['case_created_at'])),
    updatedAt: stamp(graphAttributes.take(['case_updated_at'])),
  };
  const mapRecord = {
    id: mapId,
    caseId,
    kind: 'current' as const,
    createdAt: stamp(graphAttributes.take(['map_created_at'])),
    updatedAt: stamp(graphAttributes.take(['map_updated_at'])),
  };
  const exportedAt = readInstant(graphAttributes.take(['exported_at'])) ?? now;
  const pseudonymised = readBoolean(graphAttributes.take(['pseudonymised'])) ?? false;
  // The map read is always the case's current one.
  graphAttributes.consume(['maillage_version', 'map_kind']);
  if (ncEgo) graphAttributes.consume(ncEgo.usedKeys);
  for (const key of graphAttributes.rest()) {
    report.drop(ncEgo && !key.startsWith('nc:') ? 'ego_attribute' : 'graph_attribute', key);
  }

  const layout = source === 'network_canvas' ? ncLayout(graph.nodes) : null;
  const actors: Actor[] = [];
  const actorOrigins: (FlatElement | null)[] = [];
  const placements: Placement[] = [];
  let egoId: string | null = null;
  for (const node of graph.nodes) {
    const actor = readActor(node, { own, source, mapId, report, stamp, id: idOf(node.id) });
    const position = layout ? layout.positionOf(node) : readPosition(node);
    if (actor.isEgo) {
      if (egoId === null) egoId = actor.id;
      else {
        actor.isEgo = false;
        report.guess('extra_ego', actor.name, where(node));
      }
    }
    actors.push(actor);
    actorOrigins.push(node);
    if (position) placements.push({ actorId: actor.id, ...position });
  }
  if (!own && !placements.length && graph.nodes.length) report.guess('position', '', null);

  if (egoId === null) {
    const ego: Actor = {
      id: newId(),
      mapId,
      isEgo: true,
      kind: 'person',
      name: pseudonym,
      roleLabel: '',
      sphere: 'primary',
      domain: 'family',
      notes: '',
      placedBy: 'educator',
      createdAt: now,
      updatedAt: now,
    };
    egoId = ego.id;
    actors.unshift(ego);
    actorOrigins.unshift(null);
    placements.unshift({ actorId: ego.id, x: 0, y: 0 });
    if (!ncEgo) report.guess('ego', pseudonym);
  } else {
    // The person at the centre carries the case's pseudonym, as in every map of the app.
    const ego = actors.find((a) => a.id === egoId);
    if (ego && ego.name !== pseudonym) ego.name = pseudonym;
  }

  const centreId: string = egoId;
  const ties: Tie[] = [];
  const tieOrigins: (FlatEdge | null)[] = [];
  for (const edge of graph.edges) {
    if (edge.source === edge.target) {
      report.drop('self_loop', where(edge));
      continue;
    }
    const id = own && edge.id ? idOf(edge.id) : newId();
    ties.push(
      readTie(edge, {
        own,
        mapId,
        report,
        stamp,
        id,
        source: idOf(edge.source),
        target: idOf(edge.target),
      }),
    );
    tieOrigins.push(edge);
  }
  if (ncEgo) {
    // In a Network Canvas interview every alter was named by the ego: the ecomap draws that tie,
    // as close as the alter's closeness variable says when the protocol has one.
    actors.forEach((actor, index) => {
      if (actor.isEgo) return;
      const origin = actorOrigins[index];
      const said = origin
        ? readInteger(new Attributes(origin.attributes).take(NC_CLOSENESS_KEYS), 1, 5)
        : null;
      if (said === null) report.guess('ego_ties', '3', actor.name);
      ties.push({
        id: newId(),
        mapId,
        sourceId: centreId,
        targetId: actor.id,
        closeness: said ?? 3,
        valence: 'neutral',
        supportForward: [],
        supportBackward: [],
        frequency: null,
        knownSinceYear: null,
        critical: null,
        notes: '',
        createdAt: now,
        updatedAt: now,
      });
    });
  }

  const section: MapSection = { map: mapRecord, actors, ties, placements };
  const candidate = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    exportedAt,
    pseudonymised,
    case: caseRecord,
    nextReviewOn: null,
    maps: [section],
    snapshots: [],
    partnerships: [],
  };
  const parsed = CaseDocument.safeParse(candidate);
  if (!parsed.success)
    throw documentProblem(parsed.error, { actors: actorOrigins, ties: tieOrigins });
  checkReferences(parsed.data);
  return { document: parsed.data, report, source, fromVersion: null };
}

interface ReadContext {
  own: boolean;
  mapId: string;
  report: ImportReport;
  stamp: (value: FlatValue | undefined) => string;
  id: string;
}

function readActor(node: FlatElement, ctx: ReadContext & { source: string }): Actor {
  const attributes = new Attributes(node.attributes);
  const at = where(node);
  let name = readText(attributes.take(NAME_KEYS));
  if (!name) {
    name = node.id;
    ctx.report.guess('name', '', at);
  }
  const kindValue = attributes.take(['kind', 'type', 'networkCanvasType']);
  let kind = readKind(kindValue);
  if (kind === null) {
    kind = 'person';
    ctx.report.guess('kind', kind, at);
  }
  let sphere = readSphere(attributes.take(['sphere', 'reseau', 'réseau', 'network']));
  if (sphere === null) {
    sphere = kind === 'person' ? 'primary' : 'formal_secondary';
    ctx.report.guess('sphere', sphere, at);
  }
  let domain = readDomain(attributes.take(['domain', 'domaine']));
  if (domain === null) {
    domain = 'other';
    ctx.report.guess('domain', domain, at);
  }
  const isEgo = readBoolean(attributes.take(['ego', 'isEgo', 'is_ego'])) === true;
  const actor: Actor = {
    id: ctx.id,
    mapId: ctx.mapId,
    isEgo,
    kind,
    name: name.slice(0, 200),
    roleLabel: readText(
      attributes.take(['role', 'roleLabel', 'role_label', 'relation', 'relationship']),
    ).slice(0, 200),
    sphere,
    domain,
    notes: readText(attributes.take(['notes', 'note', 'comment', 'commentaire'])).slice(
      0,
      LIMITS.notes,
    ),
    placedBy: readPlacedBy(attributes.take(['placed_by', 'placedBy'])) ?? 'educator',
    createdAt: ctx.stamp(attributes.take(['created_at'])),
    updatedAt: ctx.stamp(attributes.take(['updated_at'])),
  };
  // Positions are read by the caller; size and colour are how other programs draw the node.
  attributes.consume(['x', 'y', 'size', 'color']);
  attributes.consume(NC_INTERNAL_KEYS);
  if (ctx.source === 'network_canvas') attributes.consume(NC_CLOSENESS_KEYS);
  for (const key of attributes.rest()) {
    // Network Canvas layouts (`<variable>_X`, `<variable>_Y`) became the positions.
    if (ctx.source === 'network_canvas' && /_[xy]$/i.test(key)) continue;
    ctx.report.drop('node_attribute', key);
  }
  return actor;
}

function readTie(edge: FlatEdge, ctx: ReadContext & { source: string; target: string }): Tie {
  const attributes = new Attributes(edge.attributes);
  const at = where(edge);
  let closeness = readInteger(
    attributes.take(['closeness', 'proximite', 'proximité', 'close']),
    1,
    5,
  );
  const weight = readNumber(attributes.take(['weight', 'poids']));
  if (closeness === null && weight !== null) {
    if (Number.isInteger(weight) && weight >= 1 && weight <= 5) closeness = weight;
    else if (weight > 0 && weight <= 1) closeness = Math.round(weight * 4) + 1;
  }
  if (closeness === null) {
    closeness = 3;
    ctx.report.guess('closeness', '3', at);
  }
  let valence = readValence(attributes.take(['valence', 'quality', 'qualite', 'qualité']));
  if (valence === null) {
    valence = 'neutral';
    ctx.report.guess('valence', valence, at);
  }
  const tie: Tie = {
    id: ctx.id,
    mapId: ctx.mapId,
    sourceId: ctx.source,
    targetId: ctx.target,
    closeness,
    valence,
    supportForward: readSupport(attributes.take(['support_forward', 'supportForward'])),
    supportBackward: readSupport(attributes.take(['support_backward', 'supportBackward'])),
    frequency: readFrequency(attributes.take(['frequency', 'frequence', 'fréquence'])),
    knownSinceYear: readInteger(attributes.take(['known_since', 'knownSinceYear']), 1900, 2100),
    critical: readCriticality(attributes.take(['critical', 'critique'])),
    notes: readText(attributes.take(['notes', 'note', 'comment', 'commentaire'])).slice(
      0,
      LIMITS.notes,
    ),
    createdAt: ctx.stamp(attributes.take(['created_at'])),
    updatedAt: ctx.stamp(attributes.take(['updated_at'])),
  };
  // Network Canvas names the kind of relation ("friends", "knows"): kept in the tie's notes.
  const relation = attributes.take(['networkCanvasType']);
  if (relation !== undefined && !tie.notes) tie.notes = String(relation).slice(0, LIMITS.notes);
  attributes.consume(NC_INTERNAL_KEYS);
  for (const key of attributes.rest()) ctx.report.drop('edge_attribute', key);
  return tie;
}

/** The name of the node marked as the person at the centre, if one is. */
function egoNodeName(graph: FlatGraph): string {
  for (const node of graph.nodes) {
    const attributes = new Attributes(node.attributes);
    if (readBoolean(attributes.take(['ego', 'isEgo', 'is_ego'])) === true) {
      return readText(attributes.take(NAME_KEYS));
    }
  }
  return '';
}

function readPosition(node: FlatElement): { x: number; y: number } | null {
  const x = readNumber(node.attributes.x);
  const y = readNumber(node.attributes.y);
  if (x === null || y === null) return null;
  if (Math.abs(x) > LIMITS.coordinate || Math.abs(y) > LIMITS.coordinate) return null;
  return { x, y };
}

function idOrNew(value: FlatValue | undefined, newId: () => string): string {
  const text = readText(value);
  return Id.safeParse(text).success ? text : newId();
}

/** "node n12 (line 40)": how messages and the preview name an element. */
export function where(element: FlatElement | FlatEdge): string {
  const kind = 'source' in element ? 'edge' : 'node';
  return `${kind} ${element.id}`.slice(0, 160) + (element.line ? ` (line ${element.line})` : '');
}

function baseName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  return base || 'Import';
}

/** Limits, then ids: duplicates and ties to unknown actors refuse the whole file. */
function checkStructure(graph: FlatGraph): void {
  if (graph.nodes.length > DOCUMENT_LIMITS.actorsPerMap) {
    throw new FileProblemError('too_many', { detail: `${graph.nodes.length} nodes` });
  }
  if (graph.edges.length > DOCUMENT_LIMITS.tiesPerMap) {
    throw new FileProblemError('too_many', { detail: `${graph.edges.length} edges` });
  }
  if (graph.nodes.length === 0) throw new FileProblemError('no_actors');
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!node.id) throw new FileProblemError('missing_id', { line: node.line, element: 'node' });
    if (nodes.has(node.id))
      throw new FileProblemError('duplicate_id', { line: node.line, element: `node ${node.id}` });
    nodes.add(node.id);
  }
  const edges = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.id) {
      if (edges.has(edge.id))
        throw new FileProblemError('duplicate_id', { line: edge.line, element: `edge ${edge.id}` });
      edges.add(edge.id);
    }
    for (const end of [edge.source, edge.target]) {
      if (!end)
        throw new FileProblemError('missing_endpoint', {
          line: edge.line,
          element: `edge ${edge.id}`,
        });
      if (!nodes.has(end)) {
        throw new FileProblemError('unknown_endpoint', {
          line: edge.line,
          element: `edge ${edge.id} → ${end}`,
        });
      }
    }
  }
}

/** A value the model refuses (a name too long, a date out of range): the element at fault. */
function documentProblem(
  error: z.ZodError,
  origins: { actors: (FlatElement | null)[]; ties: (FlatEdge | null)[] },
): FileProblemError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  let element: string | null = path.map(String).join('.');
  // maps.0.actors.N / maps.0.ties.N → the node or edge of the file.
  if (path[0] === 'maps' && typeof path[3] === 'number') {
    const list = path[2] === 'actors' ? origins.actors : path[2] === 'ties' ? origins.ties : null;
    const found = list?.[path[3]];
    if (found) element = `${where(found)}: ${String(path[4] ?? '')}`;
  }
  return new FileProblemError('invalid_document', { element, detail: issue?.message ?? null });
}
