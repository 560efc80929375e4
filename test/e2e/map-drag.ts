// Driving the map with the mouse in end-to-end tests, scripts and benchmarks: where an actor is
// on screen, and a drag from it to a point of the map (polar coordinates around the person).
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

type PageGlobals = { __maillage?: { cy: Core } };

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The on-screen centre of the actor whose label starts with `name`. */
export async function actorOnScreen(page: Page, name: string): Promise<ScreenPoint> {
  return page.evaluate((prefix) => {
    const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
    const node = cy.nodes().filter((n) => String(n.data('label')).startsWith(prefix));
    if (node.empty()) throw new Error(`No actor named ${prefix} on the map`);
    const box = cy.container()!.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, name);
}

/**
 * The on-screen point at `radius` map units from the person, at `angle` degrees (0 = right,
 * 90 = down, -90 = up), at the current pan and zoom.
 */
export async function mapPointOnScreen(
  page: Page,
  radius: number,
  angle: number,
): Promise<ScreenPoint> {
  return page.evaluate(
    ([r, a]) => {
      const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
      const ego = cy.nodes('.ego').first();
      const box = cy.container()!.getBoundingClientRect();
      const centre = ego.renderedPosition();
      const zoom = cy.zoom();
      const rad = (a! * Math.PI) / 180;
      return {
        x: box.left + centre.x + r! * zoom * Math.cos(rad),
        y: box.top + centre.y + r! * zoom * Math.sin(rad),
      };
    },
    [radius, angle],
  );
}

/** Presses on `from`, moves in small steps to `to`, and lets go, as a hand would. */
export async function drag(page: Page, from: ScreenPoint, to: ScreenPoint, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step += 1) {
    const t = step / steps;
    await page.mouse.move(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
  }
  await page.mouse.up();
}
