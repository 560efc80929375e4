// How the analysis draws on the map, as pure tables and functions: node size by betweenness,
// fill by Burt's constraint (a sequential palette), weak bridges and the chosen chain as halos,
// ties of the other strength faded, brokers badged with their role. Every overlay is an element
// data field starting with `an`; the canvas stylesheet includes `analysisOverlayStyles()`, whose
// selectors only match while a field is set, so removing the field gives back the usual look.
import type { StylesheetJson } from 'cytoscape';

/** The data fields the overlays set on Cytoscape elements (and remove to restore the map). */
export const OVERLAY_FIELDS = [
  'anSize',
  'anFill',
  'anBadge',
  'anGhost',
  'anWeakBridge',
  'anPath',
  'anFaded',
] as const;
export type OverlayField = (typeof OVERLAY_FIELDS)[number];

/** Node diameter in pixels: at betweenness 0, and at 1 (a star's centre). */
export const SIZE_RANGE = { min: 34, max: 110 } as const;

/** Square root: the eye reads a disc by its area, and most actors lie far below the maximum. */
export function sizeForBetweenness(betweenness: number): number {
  const b = Math.min(1, Math.max(0, betweenness));
  return Math.round(SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * Math.sqrt(b));
}

/**
 * Burt's constraint in five classes, light (free: contacts who do not know each other) to dark
 * (constrained: contacts who all know each other, or a single contact). ColorBrewer's Purples,
 * a hue the sphere colours and the tie colours do not use.
 */
export const CONSTRAINT_CLASSES = [
  { upTo: 0.3, color: '#f2f0f7' },
  { upTo: 0.5, color: '#cbc9e2' },
  { upTo: 0.7, color: '#9e9ac8' },
  { upTo: 0.9, color: '#756bb1' },
  { upTo: Infinity, color: '#54278f' },
] as const;
/** An actor without any tie has no constraint. */
export const NO_CONSTRAINT_COLOR = '#d9d9d9';

export function constraintClass(constraint: number | null): number | null {
  if (constraint === null) return null;
  return CONSTRAINT_CLASSES.findIndex((c) => constraint < c.upTo);
}

export function colorForConstraint(constraint: number | null): string {
  const index = constraintClass(constraint);
  return index === null ? NO_CONSTRAINT_COLOR : (CONSTRAINT_CLASSES[index]?.color ?? '#54278f');
}

export const WEAK_BRIDGE_COLOR = '#d81b60';
export const PATH_COLOR = '#1e56c4';
export const GHOST_OPACITY = 0.12;
export const FADED_OPACITY = 0.4;
export const BADGE_SIZE = 28;

/** A round badge with the role's initials, as an SVG data URL (the CSP allows data: images). */
export function badgeImage(initials: string): string {
  const text = initials.replace(/[<>&"']/g, '');
  const fontSize = text.length > 1 ? 13 : 15;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 28 28">` +
    `<circle cx="14" cy="14" r="12.5" fill="#ffffff" stroke="#1f2733" stroke-width="2"/>` +
    `<text x="14" y="14" dy="0.35em" text-anchor="middle" font-family="system-ui, Arial, sans-serif" ` +
    `font-size="${fontSize}" font-weight="700" fill="#1f2733">${text}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

export function analysisOverlayStyles(): StylesheetJson {
  const blocks = [
    { selector: 'node[anSize]', style: { width: 'data(anSize)', height: 'data(anSize)' } },
    { selector: 'node[anFill]', style: { 'background-color': 'data(anFill)' } },
    {
      selector: 'node[anBadge]',
      style: {
        'background-image': 'data(anBadge)',
        'background-width': BADGE_SIZE,
        'background-height': BADGE_SIZE,
        'background-position-x': '100%',
        'background-position-y': '0%',
        'background-offset-x': BADGE_SIZE / 2,
        'background-offset-y': -BADGE_SIZE / 2,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'bounds-expansion': BADGE_SIZE,
      },
    },
    { selector: 'edge[?anGhost]', style: { opacity: GHOST_OPACITY } },
    {
      selector: 'edge[?anWeakBridge]',
      style: {
        'underlay-color': WEAK_BRIDGE_COLOR,
        'underlay-padding': 8,
        'underlay-opacity': 0.4,
      },
    },
    { selector: '[?anFaded]', style: { opacity: FADED_OPACITY } },
    {
      selector: 'node[?anPath]',
      style: {
        'underlay-color': PATH_COLOR,
        'underlay-padding': 10,
        'underlay-opacity': 0.5,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge[?anPath]',
      style: {
        'underlay-color': PATH_COLOR,
        'underlay-padding': 7,
        'underlay-opacity': 0.65,
        'z-index': 10,
      },
    },
  ];
  return blocks as StylesheetJson;
}
