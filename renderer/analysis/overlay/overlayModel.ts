// From an analysis and the panel's toggles to the overlay data of each map element (pure, so the
// mapping is tested without a canvas). The person keeps their own size, colour and no badge:
// they are the centre of every path, and the overlays are about the actors around them.
import type { BrokerageRole } from '../../../shared/analytics';
import type { AnalysisResult } from '../engine/protocol';
import { TIE_FLAG, hasFlag } from '../engine/tieTable';
import {
  badgeImage,
  colorForConstraint,
  sizeForBetweenness,
  type OverlayField,
} from './overlayStyle';

export type TieFilter = 'all' | 'strong' | 'weak';

export interface OverlaySettings {
  size: boolean;
  colour: boolean;
  weakBridges: boolean;
  badges: boolean;
  ties: TieFilter;
}

export const NO_OVERLAYS: OverlaySettings = {
  size: false,
  colour: false,
  weakBridges: false,
  badges: false,
  ties: 'all',
};

/** The chain shown on the map: actors and ties along it. */
export interface HighlightedPath {
  actorIds: readonly string[];
  tieIds: readonly string[];
}

export type OverlayData = Partial<Record<OverlayField, string | number | boolean>>;

export interface OverlayModel {
  nodes: Map<string, OverlayData>;
  edges: Map<string, OverlayData>;
}

export function overlayModel(
  result: AnalysisResult | null,
  settings: OverlaySettings,
  path: HighlightedPath | null,
  initials: (role: BrokerageRole) => string,
): OverlayModel {
  const nodes = new Map<string, OverlayData>();
  const edges = new Map<string, OverlayData>();
  const node = (id: string) => nodes.get(id) ?? nodes.set(id, {}).get(id)!;
  const edge = (id: string) => edges.get(id) ?? edges.set(id, {}).get(id)!;

  if (result) {
    for (const actor of result.actors) {
      if (actor.isEgo) continue;
      if (settings.size) node(actor.id).anSize = sizeForBetweenness(actor.betweenness);
      if (settings.colour) node(actor.id).anFill = colorForConstraint(actor.constraint);
      if (settings.badges && actor.mainRole !== null)
        node(actor.id).anBadge = badgeImage(initials(actor.mainRole));
    }
    const { ties } = result;
    ties.ids.forEach((id, i) => {
      if (settings.weakBridges && hasFlag(ties, i, TIE_FLAG.weakBridge))
        edge(id).anWeakBridge = true;
      if (
        settings.ties !== 'all' &&
        hasFlag(ties, i, TIE_FLAG.strong) !== (settings.ties === 'strong')
      )
        edge(id).anGhost = true;
    });
  }

  if (path && path.actorIds.length > 0) {
    const onPath = new Set(path.actorIds);
    const tiesOnPath = new Set(path.tieIds);
    const actorIds = result ? result.actors.map((a) => a.id) : [...onPath];
    for (const id of actorIds) {
      if (onPath.has(id)) node(id).anPath = true;
      else node(id).anFaded = true;
    }
    const tieIds = result ? result.ties.ids : [...tiesOnPath];
    for (const id of tieIds) {
      if (tiesOnPath.has(id)) edge(id).anPath = true;
      else edge(id).anFaded = true;
    }
  }
  return { nodes, edges };
}
