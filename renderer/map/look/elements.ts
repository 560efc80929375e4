// The Cytoscape elements of a map: a pure function of the model. The canvas diffs successive
// results against the graph instead of rebuilding it.
import type { ElementDefinition } from 'cytoscape';
import type { MapData } from '../../../shared/model';
import { nodeLabel, nodeLook } from './nodeLook';
import { tieLook } from './tieLook';

export function tieClasses(look: ReturnType<typeof tieLook>): string[] {
  const classes: string[] = [`dash-${look.dash}`];
  if (look.zigzag !== 'none') classes.push(`zigzag-${look.zigzag}`);
  if (look.gap) classes.push('gap');
  return classes;
}

export function mapElements(data: MapData): ElementDefinition[] {
  const positions = new Map(data.placements.map((p) => [p.actorId, { x: p.x, y: p.y }]));
  const actorIds = new Set(data.actors.map((actor) => actor.id));
  const nodes: ElementDefinition[] = data.actors.map((actor) => {
    const look = nodeLook(actor);
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
      position: positions.get(actor.id) ?? { x: 0, y: 0 },
      classes: actor.isEgo ? ['ego'] : [],
    };
  });
  const edges: ElementDefinition[] = data.ties
    .filter((tie) => actorIds.has(tie.sourceId) && actorIds.has(tie.targetId))
    .map((tie) => {
      const look = tieLook(tie);
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
        },
        classes: tieClasses(look),
      };
    });
  return [...nodes, ...edges];
}
