// The service's network as data: the address book's entries (how many cases each serves), the
// partnerships and their partners, and the organisation-wide merged network of all the cases'
// current maps. `mergeCaseMaps` builds the latter: every actor linked to the same address-book
// entry becomes one node, so a club met by five young people is one node tied to five of them;
// unlinked actors stay their own node; each young person is a node named by their pseudonym.
import { z } from 'zod';
import { ActorKind, Domain, Id, Name, Sphere, type Actor, type Tie } from '../model';
import { DirectoryEntrySummary, PartnershipStatus, TranslationStage } from './model';

export const MERGED_NODE_TYPES = ['case', 'entry', 'actor'] as const;

export const MergedNode = z.object({
  id: z.string(),
  label: z.string(),
  type: z.enum(MERGED_NODE_TYPES),
  kind: ActorKind,
  sphere: Sphere,
  domain: Domain,
});
export type MergedNode = z.infer<typeof MergedNode>;

export const MergedEdge = z.object({
  source: z.string(),
  target: z.string(),
  /** In how many ties of the cases' maps this pair appears. */
  count: z.int().min(1),
});
export type MergedEdge = z.infer<typeof MergedEdge>;

export const MergedNetwork = z.object({
  nodes: z.array(MergedNode),
  edges: z.array(MergedEdge),
});
export type MergedNetwork = z.infer<typeof MergedNetwork>;

export const ServiceNetwork = z.object({
  entries: z.array(DirectoryEntrySummary),
  partnerships: z.array(
    z.object({
      id: Id,
      title: Name,
      status: PartnershipStatus,
      partners: z.array(z.object({ entryId: Id, stage: TranslationStage })),
    }),
  ),
  merged: MergedNetwork,
});
export type ServiceNetwork = z.infer<typeof ServiceNetwork>;

export interface CaseMap {
  caseId: string;
  pseudonym: string;
  actors: readonly Actor[];
  ties: readonly Tie[];
}

export const mergedId = {
  case: (caseId: string) => `case:${caseId}`,
  entry: (entryId: string) => `entry:${entryId}`,
  actor: (actorId: string) => `actor:${actorId}`,
};

/**
 * Merges the cases' maps into one network. `links` maps an actor id to its entry id; `entries`
 * gives the merged node its directory name and domain (the address book is the reference).
 */
export function mergeCaseMaps(
  maps: readonly CaseMap[],
  links: ReadonlyMap<string, string>,
  entries: readonly Pick<DirectoryEntrySummary, 'id' | 'name' | 'kind' | 'sphere' | 'domain'>[],
): MergedNetwork {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const nodes = new Map<string, MergedNode>();
  const edges = new Map<string, MergedEdge>();
  for (const map of maps) {
    const nodeOf = new Map<string, string>();
    for (const actor of map.actors) {
      const entry = actor.isEgo ? undefined : entryById.get(links.get(actor.id) ?? '');
      let node: MergedNode;
      if (actor.isEgo) {
        node = {
          id: mergedId.case(map.caseId),
          label: map.pseudonym,
          type: 'case',
          kind: 'person',
          sphere: 'primary',
          domain: 'family',
        };
      } else if (entry) {
        node = { id: mergedId.entry(entry.id), label: entry.name, type: 'entry', ...pick(entry) };
      } else {
        node = { id: mergedId.actor(actor.id), label: actor.name, type: 'actor', ...pick(actor) };
      }
      nodes.set(node.id, node);
      nodeOf.set(actor.id, node.id);
    }
    for (const tie of map.ties) {
      if (tie.valence === 'broken') continue;
      const a = nodeOf.get(tie.sourceId);
      const b = nodeOf.get(tie.targetId);
      if (!a || !b || a === b) continue;
      const [source, target] = a < b ? [a, b] : [b, a];
      const key = `${source}\n${target}`;
      const edge = edges.get(key);
      if (edge) edge.count += 1;
      else edges.set(key, { source, target, count: 1 });
    }
  }
  const byKey = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort((x, y) => byKey(x.id, y.id)),
    edges: [...edges.values()].sort(
      (x, y) => byKey(x.source, y.source) || byKey(x.target, y.target),
    ),
  };
}

function pick(from: Pick<MergedNode, 'kind' | 'sphere' | 'domain'>) {
  return { kind: from.kind, sphere: from.sphere, domain: from.domain };
}
