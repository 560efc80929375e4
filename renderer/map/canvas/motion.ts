// Movement on the map: tidying glides the actors to their new places (unless the user asked
// for reduced motion), and the first drawing of a map leaves performance marks for the
// benchmark (test/bench/render.bench.ts).
import type { Core, SingularAnimationOptionsPos } from 'cytoscape';
import type { Placement } from '../../../shared/model';
import { prefersReducedMotion } from './viewport';

export const TIDY_MS = 450;

/** Moves the nodes to these positions, animated; resolves once they are there. */
export async function animateTo(cy: Core, placements: readonly Placement[]): Promise<void> {
  if (prefersReducedMotion()) {
    cy.batch(() => {
      for (const p of placements) cy.getElementById(p.actorId).position({ x: p.x, y: p.y });
    });
    return;
  }
  await Promise.all(
    placements.map((p) => {
      const node = cy.getElementById(p.actorId);
      if (node.empty()) return Promise.resolve();
      return (
        node
          // Cytoscape's types ask for every option at once; position, duration and easing suffice.
          .animation({
            position: { x: p.x, y: p.y },
            duration: TIDY_MS,
            easing: 'ease-in-out-cubic',
          } as SingularAnimationOptionsPos)
          .play()
          .promise('completed')
      );
    }),
  );
}

export const MARK_DATA = 'maillage:map-data';
export const MARK_RENDER = 'maillage:map-render';
export const MARK_PAINT = 'maillage:map-paint';

/** Marks the arrival of a map's data, its first render, and the frame after it (painted). */
export function markFirstPaint(cy: Core): void {
  performance.mark(MARK_DATA);
  cy.one('render', () => {
    performance.mark(MARK_RENDER);
    requestAnimationFrame(() => performance.mark(MARK_PAINT));
  });
}
