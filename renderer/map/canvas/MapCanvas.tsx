// The one component that owns Cytoscape: created once, fed the model's elements as diffs, and
// reporting taps (selection) and drags (new positions) back up. Nothing else touches the graph.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData, Placement } from '../../../shared/model';
import { linkAnalysisCanvas } from '../../analysis/overlay/canvasLink';
import type { MenuRequest } from '../../commands/registry';
import { mapElements } from '../look/elements';
import { mapStylesheet } from '../look/stylesheet';
import { syncElements } from './syncElements';

export type Selection = { type: 'actor' | 'tie'; id: string };

declare global {
  interface Window {
    /** For end-to-end tests and diagnostics. */
    __maillage?: { cy: Core };
  }
}

interface MapCanvasProps {
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  onMove: (placements: Placement[]) => void;
  /** Double-click (double tap) on a node or a tie: open its editor. */
  onOpen?: (selection: Selection) => void;
  /** Right-click (cxttap) on a node, a tie or the background: the commands' context menu. */
  onMenu?: (request: MenuRequest) => void;
  label: string;
}

const FIT_PADDING = 60;
const MAX_FIT_ZOOM = 1.2;
/** Screen pixels a new node must keep from the edges, or the view refits to show it. */
const VIEW_MARGIN = 70;

export function MapCanvas(props: MapCanvasProps) {
  const { data, selection, onSelect, onMove, onOpen, onMenu, label } = props;
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const select = useEffectEvent((next: Selection | null) => onSelect(next));
  const move = useEffectEvent((placements: Placement[]) => onMove(placements));
  const open = useEffectEvent((opened: Selection) => onOpen?.(opened));
  const menu = useEffectEvent((request: MenuRequest) => onMenu?.(request));

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: mapStylesheet(),
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    window.__maillage = { cy };
    // The analysis panel draws its overlays on this instance while it is linked.
    const unlinkAnalysis = linkAnalysisCanvas(cy);

    // Dragging a selection frees several nodes at once: save them in one call.
    let moved = new Map<string, Placement>();
    cy.on('dragfree', 'node', (event) => {
      const { x, y } = event.target.position();
      if (moved.size === 0) {
        queueMicrotask(() => {
          const batch = [...moved.values()];
          moved = new Map();
          move(batch);
        });
      }
      moved.set(event.target.id(), {
        actorId: event.target.id(),
        x: Math.round(x),
        y: Math.round(y),
      });
    });
    cy.on('tap', 'node', (event) => select({ type: 'actor', id: event.target.id() }));
    cy.on('tap', 'edge', (event) => select({ type: 'tie', id: event.target.id() }));
    cy.on('tap', (event) => {
      if (event.target === cy) select(null);
    });
    cy.on('dbltap', 'node', (event) => open({ type: 'actor', id: event.target.id() }));
    cy.on('dbltap', 'edge', (event) => open({ type: 'tie', id: event.target.id() }));
    cy.on('cxttap', (event) => {
      const box = cy.container()?.getBoundingClientRect();
      const at = event.renderedPosition ?? { x: 0, y: 0 };
      const point = { x: (box?.left ?? 0) + at.x, y: (box?.top ?? 0) + at.y };
      const target = event.target;
      if (target === cy) {
        menu({ ...point, target: { type: 'canvas', position: event.position } });
        return;
      }
      const type = target.isNode() ? 'actor' : 'tie';
      select({ type, id: target.id() });
      menu({
        ...point,
        target: { type, id: target.id() },
        title: String(target.data('label') ?? ''),
      });
    });

    const resize =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
    if (resize && containerRef.current) resize.observe(containerRef.current);
    return () => {
      resize?.disconnect();
      unlinkAnalysis();
      cy.destroy();
      cyRef.current = null;
      if (window.__maillage?.cy === cy) delete window.__maillage;
    };
  }, []);

  const fitted = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const added = syncElements(cy, mapElements(data));
    if (!fitted.current && cy.nodes().nonempty()) {
      fitted.current = true;
      fitAll(cy, false);
    } else if (added.some((id) => !inView(cy, id))) {
      fitAll(cy, true);
    }
  }, [data]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
  }, [selection, data]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
  };

  return (
    <div className="map-canvas">
      <div
        ref={containerRef}
        className="map-canvas-graph"
        role="img"
        aria-label={label}
        onContextMenu={(event) => event.preventDefault()}
      />
      <div className="map-canvas-tools">
        <button type="button" className="button small" onClick={() => zoomBy(1.25)}>
          {t('ui.map.zoomIn')}
        </button>
        <button type="button" className="button small" onClick={() => zoomBy(0.8)}>
          {t('ui.map.zoomOut')}
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => cyRef.current && fitAll(cyRef.current, true)}
        >
          {t('ui.map.fit')}
        </button>
      </div>
    </div>
  );
}

function fitAll(cy: Core, animate: boolean): void {
  // A map with two or three actors would otherwise fill the screen with giant circles.
  const done = () => {
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, position: centreOf(cy) });
  };
  if (!animate) {
    cy.fit(undefined, FIT_PADDING);
    done();
    return;
  }
  cy.animate(
    { fit: { eles: cy.elements(), padding: FIT_PADDING } },
    { duration: 250, complete: done },
  );
}

function centreOf(cy: Core): { x: number; y: number } {
  const box = cy.elements().boundingBox();
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** Whether a node sits well inside the viewport, clear of the edges and the zoom buttons. */
function inView(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (!node.isNode()) return true;
  const { x, y } = node.position();
  const view = cy.extent();
  const margin = VIEW_MARGIN / cy.zoom();
  return (
    x >= view.x1 + margin && x <= view.x2 - margin && y >= view.y1 + margin && y <= view.y2 - margin
  );
}
