// How the service's map is drawn. Organisations take the map's sphere colours and kind shapes
// (renderer/map/look); a network tie is a thin grey dashed line, a partnership tie a thick green
// double line, so the two read apart even in black and white.
import type { StylesheetJson } from 'cytoscape';
import { SPHERE_COLOR } from '../map/look/nodeLook';
import { FONT_STACK, SELECTION_COLOR } from '../map/look/stylesheet';

export const NETWORK_TIE = { color: '#8a94a6', width: 2, style: 'dashed' } as const;
/** Cytoscape has no double edge line: a light core inside a green outline draws one. */
export const PARTNERSHIP_TIE = { color: '#1b7f4b', core: '#ffffff', width: 3, outline: 3 } as const;

export function serviceStylesheet(): StylesheetJson {
  const spheres = Object.entries(SPHERE_COLOR).map(([sphere, look]) => ({
    selector: `node.entry.${sphere}`,
    style: { 'background-color': look.fill, 'border-color': look.border },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 13,
        'font-weight': 600,
        color: '#1f2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#fffdf8',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'border-width': 3,
      },
    },
    { selector: 'node.organisation', style: { shape: 'round-rectangle' } },
    { selector: 'node.person', style: { shape: 'ellipse' } },
    ...spheres,
    {
      selector: 'node.partner',
      style: { 'border-color': PARTNERSHIP_TIE.color, 'border-width': 5 },
    },
    {
      selector: 'node.service',
      style: {
        shape: 'ellipse',
        'background-color': '#243b6b',
        'border-color': '#ffd166',
        'border-width': 5,
        color: '#ffffff',
        'font-size': 16,
        'font-weight': 700,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '84px',
        'text-background-opacity': 0,
      },
    },
    {
      selector: 'node.domain-label',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'font-size': 15,
        'font-weight': 700,
        color: '#4b5563',
        'text-valign': 'center',
        'text-transform': 'uppercase',
        'text-background-opacity': 0,
        events: 'no',
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', 'control-point-step-size': 26, 'line-cap': 'round' },
    },
    {
      selector: 'edge.network',
      style: {
        width: NETWORK_TIE.width,
        'line-color': NETWORK_TIE.color,
        'line-style': NETWORK_TIE.style,
        'line-dash-pattern': [8, 6],
      },
    },
    {
      selector: 'edge.partnership',
      style: {
        width: PARTNERSHIP_TIE.width,
        'line-color': PARTNERSHIP_TIE.core,
        'line-outline-width': PARTNERSHIP_TIE.outline,
        'line-outline-color': PARTNERSHIP_TIE.color,
      },
    },
    { selector: 'edge.partnership.ended', style: { 'line-opacity': 0.35 } },
    { selector: ':selected', style: { 'overlay-color': SELECTION_COLOR, 'overlay-opacity': 0.35 } },
  ] as StylesheetJson;
}
