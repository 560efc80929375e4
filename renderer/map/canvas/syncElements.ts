// Brings a live Cytoscape graph in line with freshly computed elements, touching only what
// changed: the viewport, selection and any drag in progress survive a model update.
import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameData(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.keys(wanted).every((key) => sameValue(current[key], wanted[key]));
}

function sameClasses(element: SingularElementReturnValue, wanted: ElementDefinition['classes']) {
  const list = Array.isArray(wanted) ? wanted : (wanted ?? '').split(/\s+/).filter(Boolean);
  const current = element.classes();
  return current.length === list.length && list.every((name) => element.hasClass(name));
}

export interface SyncOptions {
  /** Glide moved nodes to their new place (a form moved one actor to another ring). */
  animateMoves?: boolean;
}

/** Beyond this many moved nodes (an undo of a tidy, a reload) the move is instant. */
const MAX_ANIMATED = 12;
const MOVE_MS = 320;

/** Returns the ids of the elements it added. */
export function syncElements(
  cy: Core,
  wanted: readonly ElementDefinition[],
  options: SyncOptions = {},
): string[] {
  const added: string[] = [];
  const moves: [SingularElementReturnValue, { x: number; y: number }][] = [];
  const ids = new Set(wanted.map((definition) => definition.data.id));
  cy.batch(() => {
    cy.elements()
      .filter((element) => !ids.has(element.id()))
      .remove();
    const ordered = [...wanted].sort((a, b) => rank(a) - rank(b));
    for (const definition of ordered) {
      const id = definition.data.id!;
      let element = cy.getElementById(id);
      if (element.nonempty() && element.isEdge() && endpointsMoved(element, definition)) {
        element.remove();
        element = cy.collection();
      }
      if (element.empty()) {
        cy.add(definition);
        added.push(id);
        continue;
      }
      if (!sameData(element.data() as Record<string, unknown>, definition.data))
        element.data(definition.data);
      if (!sameClasses(element, definition.classes)) element.classes(definition.classes ?? []);
      const position = definition.position;
      if (position && element.isNode() && !element.grabbed()) {
        const at = element.position();
        if (at.x !== position.x || at.y !== position.y) moves.push([element, { ...position }]);
      }
    }
    if (!options.animateMoves || moves.length > MAX_ANIMATED)
      for (const [element, position] of moves) element.position(position);
  });
  if (options.animateMoves && moves.length <= MAX_ANIMATED)
    for (const [element, position] of moves) {
      element.stop(true);
      element.animate({ position }, { duration: MOVE_MS, easing: 'ease-out-cubic' });
    }
  return added;
}

/** Nodes before edges: an edge needs its ends. */
function rank(definition: ElementDefinition): number {
  return definition.group === 'edges' || definition.data.source !== undefined ? 1 : 0;
}

function endpointsMoved(edge: SingularElementReturnValue, definition: ElementDefinition): boolean {
  return (
    edge.data('source') !== definition.data.source || edge.data('target') !== definition.data.target
  );
}
