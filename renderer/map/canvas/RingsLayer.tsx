// The rings of closeness and the sectors of the three networks, drawn in SVG under the graph.
// The layer follows Cytoscape's pan and zoom by one transform per viewport event (no React
// render). The rings' names scale with the map, like the actors' names (a free gutter along
// the spoke below the person keeps them clear, layout/geometry.ts); the networks' names keep
// their size on screen.
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellKey, MapGeometry } from '../layout/geometry';
import { SPHERE_COLOR } from '../look/nodeLook';
import {
  cellPath,
  domainLabelSpots,
  ringShapes,
  SECTOR_TINT,
  sectorLabelSpots,
  zoneLabelSpots,
  ZONE_OPACITY,
} from './ringsPaths';

interface RingsLayerProps {
  cy: Core | null;
  geometry: MapGeometry;
  /** The cell under a dragged actor. */
  highlight: CellKey | null;
  /** Labels larger by this factor (presentation mode). */
  labelScale: number;
}

export function RingsLayer({ cy, geometry, highlight, labelScale }: RingsLayerProps) {
  const { t } = useTranslation();
  const groupRef = useRef<SVGGElement>(null);
  const shapes = useMemo(() => ringShapes(geometry), [geometry]);

  useEffect(() => {
    const group = groupRef.current;
    if (!cy || !group) return;
    const follow = () => {
      const { x, y } = cy.pan();
      const zoom = cy.zoom();
      group.setAttribute('transform', `translate(${x} ${y}) scale(${zoom})`);
      // The networks' names keep their size on screen: divide by the zoom in map units.
      group.style.setProperty('--label-unit', `${(labelScale / zoom).toFixed(4)}px`);
      group.style.setProperty('--label-scale', String(labelScale));
    };
    follow();
    cy.on('viewport resize', follow);
    return () => {
      cy.off('viewport resize', follow);
    };
  }, [cy, labelScale]);

  return (
    <svg className="map-rings" aria-hidden="true">
      <g ref={groupRef}>
        {shapes.tiles.map((tile) => (
          <path
            key={tile.key}
            d={tile.d}
            fill={SECTOR_TINT[tile.sphere]}
            fillOpacity={ZONE_OPACITY[tile.zone]}
          />
        ))}
        {shapes.circles.map((circle) => (
          <circle
            key={circle.zone}
            className={`map-ring-edge zone-${circle.zone}`}
            cx={geometry.centre.x}
            cy={geometry.centre.y}
            r={circle.radius}
          />
        ))}
        {shapes.spokes.map((spoke) => (
          <line
            key={spoke.key}
            className={spoke.domain ? 'map-spoke domain' : 'map-spoke'}
            x1={spoke.from.x}
            y1={spoke.from.y}
            x2={spoke.to.x}
            y2={spoke.to.y}
          />
        ))}
        {highlight && <path className="map-cell-highlight" d={cellPath(geometry, highlight)} />}
        {zoneLabelSpots(geometry).map((spot) => (
          <text
            key={spot.key}
            className={`map-ring-label zone-${spot.zone}`}
            x={spot.at.x}
            y={spot.at.y}
            textAnchor={spot.anchor}
            dominantBaseline="middle"
          >
            {t(`ui.mapView.zone.${spot.zone}`)}
          </text>
        ))}
        {sectorLabelSpots(geometry).map((spot) => (
          <text
            key={spot.key}
            className="map-sector-label"
            data-sphere={spot.sphere}
            x={spot.at.x}
            y={spot.at.y}
            textAnchor={spot.anchor}
            dominantBaseline="middle"
            fill={SPHERE_COLOR[spot.sphere].border}
          >
            {t(`ui.mapView.sector.${spot.sphere}`)
              .split('\n')
              .map((line, index, lines) => (
                <tspan
                  key={line}
                  x={spot.at.x}
                  dy={index === 0 ? `${-(lines.length - 1) * 0.55}em` : '1.1em'}
                >
                  {line}
                </tspan>
              ))}
          </text>
        ))}
        {domainLabelSpots(geometry).map((spot) => (
          <text
            key={spot.key}
            className="map-domain-label"
            x={spot.at.x}
            y={spot.at.y}
            textAnchor={spot.anchor}
            dominantBaseline="middle"
          >
            {t(`enums.domain.${spot.domain}`)}
          </text>
        ))}
      </g>
    </svg>
  );
}
