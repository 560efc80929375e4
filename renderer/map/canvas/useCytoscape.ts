// Creates the canvas's Cytoscape instance once and turns its events into the map's gestures:
// taps select, a double tap opens the editor, a right-click opens the commands' menu, a long
// press (touch and pen) opens the radial menu (cytoscape-cxtmenu), a drag moves actors between
// rings and sectors, and in "link" mode a drag from one actor to another draws a new tie
// (cytoscape-edgehandles: a well-kept extension, not hand-written hit-testing).
import cytoscape, { type Core, type CxtMenuCommand, type EdgeHandlesInstance } from 'cytoscape';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Placement } from '../../../shared/model';
import { linkAnalysisCanvas } from '../../analysis/overlay/canvasLink';
import type { CommandTarget, MenuRequest } from '../../commands/registry';
import type { MapGeometry, Point } from '../layout/geometry';
import { mapStylesheet } from '../look/stylesheet';
import { registerExtensions } from './extensions';

export type Selection = { type: 'actor' | 'tie'; id: string };

declare global {
  interface Window {
    /** For end-to-end tests, benchmarks and diagnostics. */
    __maillage?: { cy: Core; geometry?: MapGeometry };
  }
}

export interface CanvasEvents {
  select: (selection: Selection | null) => void;
  open: (selection: Selection) => void;
  menu: (request: MenuRequest) => void;
  /** Actors let go after a drag (several at once when a selection moved). */
  drop: (placements: Placement[]) => void;
  /** Where a dragged actor is now (null once dropped). */
  dragAt: (point: Point | null) => void;
  link: (sourceId: string, targetId: string) => void;
  /** The radial menu's entries for an element or the background. */
  radialMenu: (target: CommandTarget) => CxtMenuCommand[];
}

export interface CytoscapeOptions {
  /** False for a map shown for comparison only: nothing moves, no menus, no new ties. */
  editable: boolean;
  /** The main map: exposed to tests and linked to the analysis overlays. */
  primary: boolean;
}

export interface CanvasHandle {
  cy: Core | null;
  linker: EdgeHandlesInstance | null;
}

const DETACHED: CanvasHandle = { cy: null, linker: null };

/** Returns the instance (once the container is there) and the ref to give the container. */
export function useCytoscape(
  events: CanvasEvents,
  options: CytoscapeOptions,
): CanvasHandle & { attach: (container: HTMLDivElement | null) => (() => void) | undefined } {
  const [handle, setHandle] = useState<CanvasHandle>(DETACHED);
  // Cytoscape's listeners live as long as the instance; they read the latest handlers here.
  const latest = useRef(events);
  useLayoutEffect(() => {
    latest.current = events;
  });
  const { editable, primary } = options;

  const attach = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return undefined;
      const emit = <K extends keyof CanvasEvents>(kind: K): CanvasEvents[K] => latest.current[kind];
      registerExtensions();
      const cy = cytoscape({
        container,
        style: mapStylesheet(),
        minZoom: 0.1,
        maxZoom: 3,
        boxSelectionEnabled: false,
        selectionType: 'single',
        autoungrabify: !editable,
      });
      const cleanups: (() => void)[] = [];
      if (primary) {
        window.__maillage = { cy };
        // The analysis panel draws its overlays on this instance while it is linked.
        cleanups.push(linkAnalysisCanvas(cy));
      }

      cy.on('tap', 'node', (e) => emit('select')({ type: 'actor', id: e.target.id() }));
      cy.on('tap', 'edge', (e) => emit('select')({ type: 'tie', id: e.target.id() }));
      cy.on('tap', (e) => {
        if (e.target === cy) emit('select')(null);
      });
      cy.on('dbltap', 'node', (e) => emit('open')({ type: 'actor', id: e.target.id() }));
      cy.on('dbltap', 'edge', (e) => emit('open')({ type: 'tie', id: e.target.id() }));
      cy.on('cxttap', (e) => {
        const box = cy.container()?.getBoundingClientRect();
        const at = e.renderedPosition ?? { x: 0, y: 0 };
        const point = { x: (box?.left ?? 0) + at.x, y: (box?.top ?? 0) + at.y };
        const target = e.target;
        if (target === cy) {
          emit('menu')({ ...point, target: { type: 'canvas', position: e.position } });
          return;
        }
        const type = target.isNode() ? 'actor' : 'tie';
        emit('select')({ type, id: target.id() });
        emit('menu')({
          ...point,
          target: { type, id: target.id() },
          title: String(target.data('label') ?? ''),
        });
      });

      // Dragging a selection frees several nodes at once: one gesture for all of them.
      let dropped = new Map<string, Placement>();
      cy.on('drag', 'node', (e) => emit('dragAt')(e.target.position()));
      cy.on('dragfree', 'node', (e) => {
        const { x, y } = e.target.position();
        if (dropped.size === 0) {
          queueMicrotask(() => {
            const batch = [...dropped.values()];
            dropped = new Map();
            emit('dragAt')(null);
            emit('drop')(batch);
          });
        }
        dropped.set(e.target.id(), { actorId: e.target.id(), x: Math.round(x), y: Math.round(y) });
      });

      let linker: EdgeHandlesInstance | null = null;
      if (editable) {
        linker = cy.edgehandles({
          canConnect: (source, target) => !source.same(target),
          edgeParams: () => ({ data: {} }),
          hoverDelay: 120,
          snap: true,
          snapThreshold: 30,
        });
        // The extension adds a provisional edge; the tie itself goes through the model.
        cy.on('ehcomplete', ((
          _e: unknown,
          source: cytoscape.NodeSingular,
          target: cytoscape.NodeSingular,
          added: cytoscape.EdgeSingular,
        ) => {
          added.remove();
          emit('link')(source.id(), target.id());
        }) as unknown as cytoscape.EventHandler);
        const radial = (selector: string) =>
          cy.cxtmenu({
            selector,
            openMenuEvents: 'taphold',
            menuRadius: 116,
            minSpotlightRadius: 26,
            maxSpotlightRadius: 44,
            fillColor: 'rgba(36, 59, 107, 0.92)',
            activeFillColor: 'rgba(59, 111, 216, 0.95)',
            itemTextShadowColor: 'transparent',
            commands: (element) =>
              emit('radialMenu')(
                element === cy
                  ? { type: 'canvas' }
                  : {
                      type: (element as cytoscape.Singular).isNode() ? 'actor' : 'tie',
                      id: (element as cytoscape.Singular).id(),
                    },
              ),
          });
        const menus = [radial('node, edge'), radial('core')];
        cleanups.push(() => menus.forEach((menu) => menu.destroy()));
      }

      const resize =
        typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
      resize?.observe(container);
      setHandle({ cy, linker });
      return () => {
        resize?.disconnect();
        for (const cleanup of cleanups) cleanup();
        linker?.destroy();
        cy.destroy();
        if (window.__maillage?.cy === cy) delete window.__maillage;
        setHandle(DETACHED);
      };
    },
    [editable, primary],
  );

  return { ...handle, attach };
}
