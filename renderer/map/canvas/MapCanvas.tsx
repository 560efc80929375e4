// The map: the rings and sectors under the graph, the graph itself (the only component that
// touches Cytoscape), and the map's toolbar. Model changes arrive as element diffs; the user's
// gestures (drops on a ring or sector, new ties, tidying) leave as model gestures.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import { useCommandRegistry } from '../../commands/CommandsContext';
import type { CommandTarget, MenuRequest } from '../../commands/registry';
import { dropGesture } from '../layout/drop';
import { locate, type CellKey } from '../layout/geometry';
import { tidyPlacements } from '../layout/tidy';
import { mapStylesheet } from '../look/stylesheet';
import type { Gesture } from '../model/gesture';
import { PRESENTATION_LABEL_SCALE, usePresenting } from '../presentation/presentation';
import { animateTo } from './motion';
import { MapToolbar } from './MapToolbar';
import { useDomainSectors } from './preferences';
import { RingsLayer } from './RingsLayer';
import { useCanvasActions } from './useCanvasActions';
import { useCytoscape, type CanvasEvents, type Selection } from './useCytoscape';
import { useFitting } from './useFitting';
import { useMapScene, type NodeMarks } from './useMapScene';
import { useOverview } from './useOverview';
import './canvas.css';

export type { Selection } from './useCytoscape';

interface MapCanvasProps {
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** Edits made on the map (drops, new ties, tidying); without it the map is read-only. */
  onGesture?: (gesture: Gesture) => void;
  /** Double-click (double tap) on a node or a tie: open its editor. */
  onOpen?: (selection: Selection) => void;
  /** Right-click (cxttap) on a node, a tie or the background: the commands' context menu. */
  onMenu?: (request: MenuRequest) => void;
  label: string;
  /** How to use the map, in the top left corner (the overview's notice comes under it). */
  hint?: string;
  /** Comparison marks per actor (the wished map beside today's). */
  marks?: NodeMarks;
  /** The screen's main map: registers the map commands, is linked to the analysis and tests. */
  primary?: boolean;
  /** Offers "the network I would like" in the toolbar when that command exists (default). */
  showWished?: boolean;
}

const sameCell = (a: CellKey | null, b: CellKey | null) =>
  a === b || (!!a && !!b && a.zone === b.zone && a.sphere === b.sphere && a.domain === b.domain);

export function MapCanvas(props: MapCanvasProps) {
  const { data, selection, onSelect, onGesture, onOpen, onMenu, label, marks } = props;
  const primary = props.primary ?? true;
  const editable = onGesture !== undefined;
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  const rootRef = useRef<HTMLDivElement>(null);
  const presenting = usePresenting();
  const domainSectors = useDomainSectors();
  const scene = useMapScene(data, domainSectors, marks);
  const [highlight, setHighlight] = useState<CellKey | null>(null);

  const events: CanvasEvents = {
    select: onSelect,
    open: (opened) => onOpen?.(opened),
    menu: (request) => onMenu?.(request),
    drop: (placements) => onGesture?.(dropGesture(data, scene.geometry, scene.egoTies, placements)),
    dragAt: (point) => {
      const next = point && editable ? locate(scene.geometry, point) : null;
      setHighlight((was) => (sameCell(was, next) ? was : next));
    },
    link: (sourceId, targetId) => {
      const id = crypto.randomUUID();
      onGesture?.({ addTies: [{ id, sourceId, targetId }] });
      onSelect({ type: 'tie', id });
      onOpen?.({ type: 'tie', id });
    },
    radialMenu: (target: CommandTarget) => {
      if (target.type !== 'canvas') onSelect({ type: target.type, id: target.id });
      const ctx = registry.context('context', target);
      return registry.forContext(target).map((command) => {
        const content = document.createElement('span');
        content.textContent = t(command.label, command.labelParams);
        return {
          content,
          enabled: registry.isEnabled(command, ctx),
          select: () => void registry.perform(command, ctx),
        };
      });
    },
  };
  const { cy, linker, attach } = useCytoscape(events, { editable, primary });

  const tidy = () => {
    if (!cy || !onGesture) return;
    const placements = tidyPlacements(data, scene.geometry, scene.egoTies);
    if (placements.length === 0) return;
    void animateTo(cy, placements).then(() => onGesture({ placements }));
  };
  const { actions, linking } = useCanvasActions({
    cy,
    linker,
    geometry: scene.geometry,
    root: rootRef,
    editable,
    commands: primary,
    showWished: props.showWished ?? true,
    tidy,
  });

  useFitting(cy, scene, primary, presenting);

  // The rings as drawn, for tests and diagnostics beside the instance.
  useEffect(() => {
    if (cy && window.__maillage?.cy === cy) window.__maillage.geometry = scene.geometry;
  }, [cy, scene]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
  }, [cy, selection, scene]);

  // Larger labels while presenting, plain ties when seen from afar: one stylesheet for both.
  const overview = useOverview(cy);
  const styled = useRef<{ cy: Core | null; key: string }>({ cy: null, key: 'false|false' });
  useEffect(() => {
    if (!cy) return;
    const key = `${presenting}|${overview}`;
    if (styled.current.cy === cy && styled.current.key === key) return;
    const first = styled.current.cy !== cy;
    styled.current = { cy, key };
    if (first && key === 'false|false') return;
    cy.style(mapStylesheet({ labelScale: presenting ? PRESENTATION_LABEL_SCALE : 1, overview }));
  }, [cy, presenting, overview]);

  return (
    <div ref={rootRef} className={linking ? 'map-canvas linking' : 'map-canvas'}>
      <RingsLayer
        cy={cy}
        geometry={scene.geometry}
        highlight={highlight}
        labelScale={presenting ? PRESENTATION_LABEL_SCALE : 1}
      />
      <div ref={attach} className="map-canvas-graph" role="img" aria-label={label} />
      {linking && (
        <p className="map-link-hint" role="status">
          {t('ui.mapView.linkHint')}
        </p>
      )}
      {/* Top left, clear of the networks' names (the bottom corners hold the secondary ones). */}
      <div className="map-notes">
        {props.hint && <p className="map-hint">{props.hint}</p>}
        {overview && !linking && <p className="map-overview-hint">{t('ui.mapView.overview')}</p>}
      </div>
      <MapToolbar actions={actions} label={t('ui.mapView.toolbar')} />
    </div>
  );
}
