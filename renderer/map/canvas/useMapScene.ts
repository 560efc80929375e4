// Everything the canvas draws, computed from the model: each actor's closeness to the person,
// the rings and sectors, where each actor is drawn, and the Cytoscape elements.
import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import type { MapData } from '../../../shared/model';
import { computeGeometry, type MapGeometry, type Point } from '../layout/geometry';
import { drawnPositions } from '../layout/project';
import { egoTiesOf, type EgoTies } from '../layout/rings';
import { mapElements } from '../look/elements';

export interface MapScene {
  egoTies: EgoTies;
  geometry: MapGeometry;
  positions: Map<string, Point>;
  elements: ElementDefinition[];
}

/** Extra classes per actor (the wished map's comparison marks). */
export type NodeMarks = ReadonlyMap<string, string>;

export function buildScene(data: MapData, domainSectors: boolean, marks?: NodeMarks): MapScene {
  const egoTies = egoTiesOf(data);
  const geometry = computeGeometry(data, { domainSectors, egoTies });
  const positions = drawnPositions(data, geometry, egoTies);
  const elements = mapElements(data, positions);
  if (marks && marks.size > 0) {
    for (const element of elements) {
      const mark = marks.get(element.data.id!);
      if (mark) element.classes = [...((element.classes as string[]) ?? []), mark];
    }
  }
  return { egoTies, geometry, positions, elements };
}

export function useMapScene(data: MapData, domainSectors: boolean, marks?: NodeMarks): MapScene {
  return useMemo(() => buildScene(data, domainSectors, marks), [data, domainSectors, marks]);
}
