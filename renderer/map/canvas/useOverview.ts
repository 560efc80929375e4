// Whether the map is seen from afar (zoomed out on a large map): then ties are drawn plainly
// (stylesheet.ts, `overview`). A little hysteresis keeps it from flickering around the limit.
import type { Core } from 'cytoscape';
import { useCallback, useSyncExternalStore } from 'react';
import { OVERVIEW_ENTER, OVERVIEW_LEAVE } from '../look/stylesheet';

const states = new WeakMap<Core, { overview: boolean }>();

function stateOf(cy: Core): { overview: boolean } {
  let state = states.get(cy);
  if (!state) {
    state = { overview: false };
    states.set(cy, state);
  }
  return state;
}

export function isOverview(zoom: number, was: boolean): boolean {
  return was ? zoom < OVERVIEW_LEAVE : zoom < OVERVIEW_ENTER;
}

export function useOverview(cy: Core | null): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!cy) return () => undefined;
      const state = stateOf(cy);
      const check = () => {
        const next = isOverview(cy.zoom(), state.overview);
        if (next === state.overview) return;
        state.overview = next;
        notify();
      };
      check();
      cy.on('zoom', check);
      return () => {
        cy.off('zoom', check);
      };
    },
    [cy],
  );
  return useSyncExternalStore(subscribe, () => (cy ? stateOf(cy).overview : false));
}
