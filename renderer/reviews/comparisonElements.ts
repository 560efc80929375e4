// Two maps drawn as one: the later map as the ecomap draws it, plus the actors and ties that were
// lost (faded, dashed, where they used to be); added elements in one colour; changed ones marked
// with the direction of the change (▲ closer, better or stronger; ▼ the other way).
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { MapData } from '../../shared/model';
import type { ChangedActor, ChangedTie, MapComparison } from '../../shared/snapshots/compare';
import { mapElements } from '../map/look/elements';
import { FONT_STACK, mapStylesheet } from '../map/look/stylesheet';

export const ADDED_COLOR = '#cc79a7';
export const CHANGED_COLOR = '#f0e442';
export const UP = '▲';
export const DOWN = '▼';

type Direction = 'up' | 'down' | 'both';

function arrow(direction: Direction): string {
  return direction === 'up' ? UP : direction === 'down' ? DOWN : `${UP}${DOWN}`;
}

function combine(ups: boolean[]): Direction {
  if (ups.every(Boolean)) return 'up';
  if (ups.every((up) => !up)) return 'down';
  return 'both';
}

export function tieDirection(tie: ChangedTie): Direction {
  return combine(
    tie.changes.map((c) =>
      c.field === 'closeness'
        ? c.direction === 'closer'
        : c.field === 'valence'
          ? c.direction === 'better'
          : c.direction === 'stronger',
    ),
  );
}

export function actorDirection(actor: ChangedActor): Direction | null {
  const rings = actor.changes.filter((c) => c.field === 'ring');
  return rings.length === 0 ? null : combine(rings.map((c) => c.direction === 'closer'));
}

export function comparisonElements(
  comparison: MapComparison,
  before: MapData,
  after: MapData,
): ElementDefinition[] {
  const added = new Set([
    ...comparison.actors.added.map((a) => a.id),
    ...comparison.ties.added.map((t) => t.id),
  ]);
  const changedActors = new Map(comparison.actors.changed.map((c) => [c.after.id, c] as const));
  const changedTies = new Map(comparison.ties.changed.map((c) => [c.after.id, c] as const));

  const now = mapElements(after).map((element): ElementDefinition => {
    const id = String(element.data.id);
    const classes = [...toList(element.classes)];
    const data = { ...element.data };
    if (added.has(id)) classes.push('added');
    const actor = changedActors.get(id);
    if (actor) {
      classes.push('changed');
      const direction = actorDirection(actor);
      if (direction) data.label = `${arrow(direction)} ${String(data.label)}`;
    }
    const tie = changedTies.get(id);
    if (tie) {
      classes.push('changed');
      const closeness = tie.changes.find((c) => c.field === 'closeness');
      data.change = closeness
        ? `${arrow(tieDirection(tie))} ${closeness.from}→${closeness.to}`
        : arrow(tieDirection(tie));
    }
    return { ...element, data, classes };
  });

  // Lost elements come from the earlier map; a kept actor is named by its later id.
  const laterId = new Map([...comparison.matched].map(([later, earlier]) => [earlier, later]));
  const lostActors = new Set(comparison.actors.lost.map((a) => a.id));
  const lostTies = new Set(comparison.ties.lost.map((t) => t.id));
  const then = mapElements(before)
    .filter((element) => {
      const id = String(element.data.id);
      return element.group === 'nodes' ? lostActors.has(id) : lostTies.has(id);
    })
    .map((element): ElementDefinition => {
      const classes = [...toList(element.classes), 'lost'];
      if (element.group === 'nodes') return { ...element, classes };
      const source = String(element.data.source);
      const target = String(element.data.target);
      return {
        ...element,
        classes,
        data: {
          ...element.data,
          id: `lost:${String(element.data.id)}`,
          source: laterId.get(source) ?? source,
          target: laterId.get(target) ?? target,
        },
      };
    });
  return [...now, ...then];
}

function toList(classes: ElementDefinition['classes']): string[] {
  if (classes === undefined) return [];
  return Array.isArray(classes) ? classes : classes.split(/\s+/).filter(Boolean);
}

/** The map's own stylesheet, plus the marks of the comparison. */
export function comparisonStylesheet(): StylesheetJson {
  const marks = [
    {
      selector: 'node.added',
      style: {
        'underlay-color': ADDED_COLOR,
        'underlay-opacity': 0.75,
        'underlay-padding': 12,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge.added',
      style: { 'underlay-color': ADDED_COLOR, 'underlay-opacity': 0.7, 'underlay-padding': 6 },
    },
    {
      selector: 'node.changed',
      style: {
        'underlay-color': CHANGED_COLOR,
        'underlay-opacity': 0.9,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge.changed',
      style: {
        label: 'data(change)',
        'font-family': FONT_STACK,
        'font-size': 15,
        'font-weight': 700,
        color: '#1f2733',
        'text-background-color': CHANGED_COLOR,
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-background-shape': 'round-rectangle',
      },
    },
    { selector: '.lost', style: { opacity: 0.4 } },
    { selector: 'node.lost', style: { 'border-style': 'dashed' } },
    {
      selector: 'edge.lost',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 8], 'line-cap': 'butt' },
    },
  ];
  // Straight lines: a comparison of a large map draws hundreds of ties, and bundling parallel
  // curves is the costliest part of drawing them (zigzags keep their own segments, set later).
  const base = mapStylesheet() as { selector: string }[];
  const afterEdges = base.findIndex((block) => block.selector === 'edge') + 1;
  const straight = { selector: 'edge', style: { 'curve-style': 'straight' } };
  return [
    ...base.slice(0, afterEdges),
    straight,
    ...base.slice(afterEdges),
    ...marks,
  ] as StylesheetJson;
}
