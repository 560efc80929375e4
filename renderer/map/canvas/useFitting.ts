// Keeps the map framed: the scene's elements go to Cytoscape, and the view fits the rings once
// the first elements are there, again when a new actor lands out of sight or the rings grow
// past the edges, on entering and leaving the presentation, and whenever the canvas changes
// size (a panel folds, the window is resized) as long as the user has not zoomed or panned
// since the last fit.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { bandOf } from '../layout/geometry';
import { markFirstPaint } from './motion';
import { syncElements } from './syncElements';
import type { MapScene } from './useMapScene';
import { fitRings, inView, isFitted, ringsInView } from './viewport';

export function useFitting(
  cy: Core | null,
  scene: MapScene,
  primary: boolean,
  presenting: boolean,
) {
  const fitted = useRef(false);
  const reach = useRef(0);
  const geometry = useRef(scene.geometry);
  useEffect(() => {
    geometry.current = scene.geometry;
    if (!cy) return;
    // Rings grown past the edges (a crowded ring took a row more): only then, refit.
    const radius = bandOf(scene.geometry, 'outside').outer;
    const grown = reach.current > 0 && radius > reach.current;
    reach.current = radius;
    const first = !fitted.current && cy.nodes().empty();
    const added = syncElements(cy, scene.elements, { animateMoves: !first });
    if (first && primary) markFirstPaint(cy);
    if (!fitted.current && cy.nodes().nonempty()) {
      fitted.current = true;
      fitRings(cy, scene.geometry, false);
    } else if (added.some((id) => !inView(cy, id)) || (grown && !ringsInView(cy, scene.geometry))) {
      // A new actor out of sight, or rings grown past the edges: show the whole map again.
      fitRings(cy, scene.geometry, true);
    }
  }, [cy, scene, primary]);

  // A new size: still fitted, fit again (at once: a window being resized sends many).
  useEffect(() => {
    if (!cy) return;
    const refit = () => {
      if (isFitted(cy)) fitRings(cy, geometry.current, false);
    };
    cy.on('resize', refit);
    return () => {
      cy.off('resize', refit);
    };
  }, [cy]);

  // Entering or leaving the presentation: fit the rings to the new size once it is there.
  const shown = useRef(false);
  useEffect(() => {
    if (!cy) return;
    if (!shown.current && !presenting) {
      shown.current = true;
      return;
    }
    const refit = setTimeout(() => {
      cy.resize();
      fitRings(cy, geometry.current, false);
    }, 200);
    return () => clearTimeout(refit);
  }, [cy, presenting]);
}
