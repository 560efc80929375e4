// Gould and Fernandez (1989) brokerage roles, counted per actor exactly as R's sna `brokerage()`
// does. v brokers the ordered pair (i, k) when i→v→k, i ≠ k and there is no arc i→k; the role
// depends on the groups (here the spheres) of i, v and k:
//   coordinator    (sna w_I)   A → A → A   broker and both ends in one group
//   itinerant      (sna w_O)   A → B → A   ends in one group, broker outside it
//   representative (sna b_IO)  A → A → B   broker passes its own group's contact outwards
//   gatekeeper     (sna b_OI)  A → B → B   broker lets an outside contact into its group
//   liaison        (sna b_O)   A → B → C   three different groups
// `total` is their sum: the number of open two-paths through the actor. Meant for the directed
// support graph (u→v when u supports v); an undirected edge counts as an arc each way, as sna
// reads a symmetric adjacency. Actors without a group value share one group of their own.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { buildCsr, indexNodes, transpose } from './csr';

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export type BrokerageCounts = Record<BrokerageRole | 'total', number>;

export interface BrokerageOptions {
  /** Node attribute holding the group, or a getter. Default: `sphere`. */
  group?: string | ((node: string, attributes: Attributes) => unknown);
}

export function brokerage(
  graph: Graph,
  options: BrokerageOptions = {},
): Record<string, BrokerageCounts> {
  const nodes = indexNodes(graph);
  const n = nodes.ids.length;
  const out = buildCsr(graph, nodes, { mode: 'out' });
  const into = transpose(out);
  const groups = groupIndices(graph, nodes.ids, options.group ?? 'sphere');

  const counts = new Float64Array(5 * n);
  const mark = new Int32Array(n).fill(-1);
  let stamp = 0;
  for (let v = 0; v < n; v++) {
    const gv = groups[v] as number;
    const outStart = out.offsets[v] as number;
    const outEnd = out.offsets[v + 1] as number;
    if (outStart === outEnd) continue;
    for (let a = into.offsets[v] as number; a < (into.offsets[v + 1] as number); a++) {
      const i = into.targets[a] as number;
      const gi = groups[i] as number;
      stamp++;
      for (let b = out.offsets[i] as number; b < (out.offsets[i + 1] as number); b++) {
        mark[out.targets[b] as number] = stamp;
      }
      for (let b = outStart; b < outEnd; b++) {
        const k = out.targets[b] as number;
        if (k === i || mark[k] === stamp) continue;
        const gk = groups[k] as number;
        let role: number;
        if (gi === gv) role = gv === gk ? 0 : 2;
        else if (gv === gk) role = 3;
        else if (gi === gk) role = 1;
        else role = 4;
        counts[5 * v + role] = (counts[5 * v + role] as number) + 1;
      }
    }
  }

  const result: Record<string, BrokerageCounts> = {};
  for (let v = 0; v < n; v++) {
    const c = counts.subarray(5 * v, 5 * v + 5);
    const [coordinator = 0, itinerant = 0, representative = 0, gatekeeper = 0, liaison = 0] = c;
    result[nodes.ids[v] as string] = {
      coordinator,
      itinerant,
      representative,
      gatekeeper,
      liaison,
      total: coordinator + itinerant + representative + gatekeeper + liaison,
    };
  }
  return result;
}

function groupIndices(
  graph: Graph,
  ids: readonly string[],
  group: NonNullable<BrokerageOptions['group']>,
): Int32Array {
  const read =
    typeof group === 'function'
      ? group
      : (_node: string, attributes: Attributes): unknown => attributes[group];
  const seen = new Map<unknown, number>();
  const out = new Int32Array(ids.length);
  ids.forEach((id, v) => {
    const raw = read(id, graph.getNodeAttributes(id));
    const value = raw === undefined ? null : raw;
    let index = seen.get(value);
    if (index === undefined) {
      index = seen.size;
      seen.set(value, index);
    }
    out[v] = index;
  });
  return out;
}
