// The canvas stylesheet: a pure function of the look tables, so it is the same on every map and
// the legend (drawn from the same tables) cannot disagree with it.
import type { StylesheetJson } from 'cytoscape';
import { analysisOverlayStyles } from '../../analysis/overlay/overlayStyle';
import { BROKEN_GAP, DASH_PATTERN, VALENCE_LOOK, zigzagPoints, type Zigzag } from './tieLook';

export const FONT_STACK = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const SELECTION_COLOR = '#ffd166';

function zigzagStyle(zigzag: Exclude<Zigzag, 'none'>) {
  const points = zigzagPoints(zigzag);
  return {
    'curve-style': 'segments',
    'segment-weights': points.map((p) => p.weight).join(' '),
    // Per tie (elements.ts): the zig-zag, shifted aside when two actors share several ties.
    'segment-distances': 'data(zigzag)',
    'edge-distances': 'intersection',
  };
}

/** A gradient that is see-through in the middle: the interrupted line of a broken tie. */
export function gapGradient(color: string): { colors: string[]; positions: number[] } {
  const from = 50 - (BROKEN_GAP * 100) / 2;
  const to = 50 + (BROKEN_GAP * 100) / 2;
  const clear = 'rgba(255,255,255,0)';
  return {
    colors: [color, color, clear, clear, color, color],
    positions: [0, from, from, to, to, 100],
  };
}

export interface StylesheetOptions {
  /** Labels larger by this factor (presentation mode, for a projector). */
  labelScale?: number;
  /**
   * The whole of a large map seen from afar: ties drawn as plain straight lines in their
   * colour and width (dashes, zig-zags and arrows would be a pixel wide, and drawing them
   * halves the frame rate). The canvas says so on screen; zooming in brings them back.
   */
  overview?: boolean;
}

/** Below this zoom the map is drawn as an overview; above OVERVIEW_LEAVE in full again. */
export const OVERVIEW_ENTER = 0.25;
export const OVERVIEW_LEAVE = 0.3;

/** Below this size on screen a label is not drawn: unreadable, and costly on large maps. */
export const MIN_LABEL_PX = 6;
export const LINK_COLOR = '#3b6fd8';

export function mapStylesheet(options: StylesheetOptions = {}): StylesheetJson {
  const gap = gapGradient(VALENCE_LOOK.broken.color);
  const scale = options.labelScale ?? 1;
  const blocks = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        'border-color': 'data(border)',
        'border-width': 3,
        shape: 'data(shape)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 15 * scale,
        'font-weight': 600,
        'min-zoomed-font-size': MIN_LABEL_PX,
        color: '#1f2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(150 * scale)}px`,
        'line-height': 1.25,
        'text-background-color': '#fffdf8',
        'text-background-opacity': 0.88,
        'text-background-padding': '3px',
        'text-background-shape': 'round-rectangle',
      },
    },
    {
      selector: 'node.ego',
      style: {
        'border-width': 5,
        'font-size': 18 * scale,
        'font-weight': 700,
        color: '#ffffff',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': `${Math.round(84 * Math.min(scale, 1.1))}px`,
        'text-background-opacity': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'curve-style': 'bezier',
        'line-cap': 'round',
        'target-arrow-shape': 'data(targetArrow)',
        'source-arrow-shape': 'data(sourceArrow)',
        'target-arrow-color': 'data(color)',
        'source-arrow-color': 'data(color)',
        'mid-target-arrow-shape': 'data(midMark)',
        'mid-target-arrow-color': 'data(color)',
        'mid-target-arrow-fill': 'filled',
        'arrow-scale': 1.4,
      },
    },
    {
      selector: 'edge.dash-weak',
      style: { 'line-style': 'dashed', 'line-dash-pattern': DASH_PATTERN.weak, 'line-cap': 'butt' },
    },
    {
      selector: 'edge.dash-broken',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': DASH_PATTERN.broken,
        'line-cap': 'round',
      },
    },
    {
      // Several ties between the same two actors: each curves to its own side.
      selector: 'edge.parallel',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(curveOffset)',
        'control-point-weights': 0.5,
      },
    },
    { selector: 'edge.zigzag-small', style: zigzagStyle('small') },
    { selector: 'edge.zigzag-large', style: zigzagStyle('large') },
    {
      selector: 'edge.gap',
      style: {
        'line-fill': 'linear-gradient',
        'line-gradient-stop-colors': gap.colors,
        'line-gradient-stop-positions': gap.positions,
      },
    },
    // The analysis panel's overlays: after the looks they change, before the selection.
    ...analysisOverlayStyles(),
    {
      selector: 'node:selected',
      style: {
        'underlay-color': SELECTION_COLOR,
        'underlay-padding': 10,
        'underlay-opacity': 0.9,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': SELECTION_COLOR, 'underlay-padding': 7, 'underlay-opacity': 0.9 },
    },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08 } },
    ...linkingStyles(),
    ...wishStyles(scale),
    ...(options.overview ? overviewStyles() : []),
  ];
  return blocks as StylesheetJson;
}

/** Drawing a new tie from one actor to another (cytoscape-edgehandles' classes). */
function linkingStyles() {
  return [
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: {
        width: 4,
        'line-color': LINK_COLOR,
        'line-style': 'dashed',
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
        'mid-target-arrow-shape': 'none',
      },
    },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
    { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
    {
      selector: 'node.eh-source, node.eh-target, node.eh-hover',
      style: {
        'underlay-color': LINK_COLOR,
        'underlay-padding': 9,
        'underlay-opacity': 0.45,
        'underlay-shape': 'ellipse',
      },
    },
  ];
}

/**
 * "The network I would like" compared with today: who the young person wants closer, further,
 * added, or gone (on today's map). Marks carried by classes (wished/compare.ts).
 */
function wishStyles(scale: number) {
  const badge = (color: string) => ({
    'outline-color': color,
    'outline-width': 5,
    'outline-offset': 3,
    'outline-opacity': 0.95,
  });
  return [
    { selector: 'node.wish-closer', style: badge('#117a65') },
    { selector: 'node.wish-further', style: { ...badge('#d55e00'), 'outline-style': 'dashed' } },
    { selector: 'node.wish-new', style: { ...badge('#3b6fd8'), 'border-style': 'double' } },
    {
      selector: 'node.wish-gone',
      style: { opacity: 0.4, 'font-style': 'italic', 'font-size': 15 * scale },
    },
  ];
}

function overviewStyles() {
  return [
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        'line-style': 'solid',
        'line-fill': 'solid',
        'line-cap': 'butt',
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
        'mid-target-arrow-shape': 'none',
      },
    },
  ];
}
