// Network Canvas's GraphML exports (Interviewer, Fresco), mapped onto the model as far as it goes.
// What those files hold (codaco/graphml-schemas and Network Canvas's exporter):
// - `nc:*` attributes on <graphml> or <graph> (case id, session, protocol, times);
// - the ego is not a node: its variables are the graph's <data> (keys `for="graph"`), its id is
//   the graph's `networkCanvasUUID`;
// - each alter is a node with `networkCanvasUUID`, `networkCanvasType` (the node type, e.g.
//   "Person") and `label`; its variables are keys whose `attr.name` is the variable's name
//   (a categorical variable gives one boolean key per option, `<variable>_<option>`); a layout
//   variable gives `<variable>_X` and `<variable>_Y`, between 0 and 1;
// - edges are alter–alter ties with a `networkCanvasType` (the edge type, e.g. "friends").
// The mapping (also in the README and in the preview):
// - ego → the person at the centre; its name from a name-like ego variable, else `nc:caseID`;
//   a birth year variable is kept; every other ego variable is reported as dropped;
// - alter → an actor: name ← label/name; kind ← node type (person, or organisation for
//   organisation/service/place types); sphere, domain, role and notes ← variables of those names
//   when there are; the layout → positions around the person; other variables dropped, by name;
// - edge → a tie between the two alters, its type in the tie's notes; each alter also gets a tie
//   to the person (closeness 3, neutral), since in an interview every alter is named by the ego.
import type { FlatAttributes, FlatElement } from './flat-graph';
import { readInteger, readText } from './values';

export const NC_NAMESPACE = 'http://schema.networkcanvas.com/xmlns';
/** Identifiers the model replaces with its own: not data the user would miss. */
export const NC_INTERNAL_KEYS = [
  'networkCanvasUUID',
  'networkCanvasSourceUUID',
  'networkCanvasTargetUUID',
];

const EGO_NAME = /^(name|nom|prenom|prénom|first_?name|ego_?name|pseudonym|pseudonyme|label)$/i;
const EGO_BIRTH = /^(birth_?year|annee_?naissance|année_?naissance|birthyear)$/i;
const CASE_ID = /^nc:case_?id$/i;
/** The layout spans this many pixels of the map around the person. */
const LAYOUT_SPAN = 800;

export interface NetworkCanvasEgo {
  name: string;
  birthYear: number | null;
  usedKeys: string[];
}

export function networkCanvasEgo(attributes: FlatAttributes): NetworkCanvasEgo {
  const usedKeys = Object.keys(attributes).filter((key) => NC_INTERNAL_KEYS.includes(key));
  const keys = Object.keys(attributes);
  let name = '';
  const nameKey = keys.find((key) => EGO_NAME.test(key) && readText(attributes[key]) !== '');
  if (nameKey) {
    name = readText(attributes[nameKey]);
    usedKeys.push(nameKey);
  } else {
    const caseKey = keys.find((key) => CASE_ID.test(key) && readText(attributes[key]) !== '');
    if (caseKey) {
      name = readText(attributes[caseKey]);
      usedKeys.push(caseKey);
    }
  }
  let birthYear: number | null = null;
  const birthKey = keys.find((key) => EGO_BIRTH.test(key));
  if (birthKey) {
    birthYear = readInteger(attributes[birthKey], 1900, 2100);
    if (birthYear !== null) usedKeys.push(birthKey);
  }
  return { name, birthYear, usedKeys };
}

/** The first layout variable most alters have, scaled from 0..1 to the map around the person. */
export function ncLayout(nodes: readonly FlatElement[]) {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    for (const key of Object.keys(node.attributes)) {
      const match = /^(.*)_x$/i.exec(key);
      const hasY =
        match && (`${match[1]}_Y` in node.attributes || `${match[1]}_y` in node.attributes);
      if (hasY) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const prefix = best?.slice(0, -1);
  return {
    positionOf(node: FlatElement): { x: number; y: number } | null {
      if (!best || prefix === undefined) return null;
      const x = Number(node.attributes[best]);
      const y = Number(node.attributes[`${prefix}Y`] ?? node.attributes[`${prefix}y`]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
      const unit = x >= 0 && x <= 1 && y >= 0 && y <= 1;
      return unit ? { x: (x - 0.5) * LAYOUT_SPAN, y: (y - 0.5) * LAYOUT_SPAN } : { x, y };
    },
  };
}
