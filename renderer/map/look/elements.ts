// The Cytoscape elements of a map: a pure function of the model (and, on the canvas, of the
// positions the rings and sectors give each actor). The canvas diffs successive results against
// the graph instead of rebuilding it.
import type { ElementDefinition } from 'cytoscape';
import type { MapData, Tie } from '../../../shared/model';
import { nodeLabel, nodeLook } from './nodeLook';
import { tieLook, zigzagPoints } from './tieLook';

/** Distance between two ties drawn side by side between the same two actors. */
export const PARALLEL_STEP = 22;

export function tieClasses(look: ReturnType<typeof tieLook>): string[] {
  const classes: string[] = [`dash-${look.dash}`];
  if (look.zigzag !== 'none') classes.push(`zigzag-${look.zigzag}`);
  if (look.gap) classes.push('gap');
  return classes;
}

/**
 * How far each tie sits from the straight line between its two actors: 0 when alone, else
 * spread evenly on both sides, in creation order. The side is measured from the actor with the
 * smaller id, so two ties drawn in opposite directions still fan out instead of overlapping.
 */
export function parallelOffsets(ties: readonly Tie[]): Map<string, number> {
  const pairs = new Map<string, Tie[]>();
  for (const tie of ties) {
    const key =
      tie.sourceId < tie.targetId
        ? `${tie.sourceId}|${tie.targetId}`
        : `${tie.targetId}|${tie.sourceId}`;
    const list = pairs.get(key);
    if (list) list.push(tie);
    else pairs.set(key, [tie]);
  }
  const offsets = new Map<string, number>();
  for (const list of pairs.values()) {
    list.forEach((tie, index) => {
      const offset = (index - (list.length - 1) / 2) * PARALLEL_STEP;
      offsets.set(tie.id, tie.sourceId < tie.targetId ? offset : -offset);
    });
  }
  return offsets;
}

export function mapElements(
  data: MapData,
  drawnAt?: ReadonlyMap<string, { x: number; y: number }>,
): ElementDefinition[] {
  const positions = drawnAt ?? new Map(data.placements.map((p) => [p.actorId, { x: p.x, y: p.y }]));
  const actorIds = new Set(data.actors.map((actor) => actor.id));
  const nodes: ElementDefinition[] = data.actors.map((actor) => {
    const look = nodeLook(actor);
    const at = positions.get(actor.id);
    return {
      group: 'nodes',
      data: {
        id: actor.id,
        label: nodeLabel(actor),
        ego: actor.isEgo,
        color: look.color,
        border: look.border,
        shape: look.shape,
        size: look.size,
      },
      position: at ? { x: at.x, y: at.y } : { x: 0, y: 0 },
      // The person stays at the centre of the rings.
      grabbable: !actor.isEgo,
      classes: actor.isEgo ? ['ego'] : [],
    };
  });
  const drawn = data.ties.filter((tie) => actorIds.has(tie.sourceId) && actorIds.has(tie.targetId));
  const offsets = parallelOffsets(drawn);
  const edges: ElementDefinition[] = drawn.map((tie) => {
    const look = tieLook(tie);
    const offset = offsets.get(tie.id) ?? 0;
    const classes = tieClasses(look);
    if (offset !== 0 && look.zigzag === 'none') classes.push('parallel');
    return {
      group: 'edges',
      data: {
        id: tie.id,
        source: tie.sourceId,
        target: tie.targetId,
        width: look.width,
        color: look.color,
        midMark: look.midMark,
        targetArrow: look.targetArrow ? 'triangle' : 'none',
        sourceArrow: look.sourceArrow ? 'triangle' : 'none',
        // A quadratic curve peaks at half its control point's distance.
        curveOffset: offset * 2,
        zigzag:
          look.zigzag === 'none' ? [] : zigzagPoints(look.zigzag).map((p) => p.distance + offset),
      },
      classes,
    };
  });
  return [...nodes, ...edges];
}
