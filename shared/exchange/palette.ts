// The colours of the map in files made outside the screen (GEXF viz colours, the PDF report):
// the same Okabe-Ito hues as renderer/map/look/nodeLook.ts and tieLook.ts, which the renderer
// owns; test/exchange-palette.test.ts fails if the two drift apart.
import type { SPHERES, VALENCES } from '../model';

export const SPHERE_COLOURS: Record<(typeof SPHERES)[number], string> = {
  primary: '#e69f00',
  informal_secondary: '#009e73',
  formal_secondary: '#56b4e9',
};
export const SPHERE_BORDERS: Record<(typeof SPHERES)[number], string> = {
  primary: '#8a5f00',
  informal_secondary: '#005c43',
  formal_secondary: '#1f6f9c',
};
export const EGO_COLOUR = '#243b6b';
export const EGO_BORDER = '#ffd166';

export const VALENCE_COLOURS: Record<(typeof VALENCES)[number], string> = {
  supportive: '#117a65',
  neutral: '#5b6574',
  ambivalent: '#8e44ad',
  stressful: '#d55e00',
  conflictual: '#c0182b',
  broken: '#5b6574',
};
/** Line width by closeness 1 to 5, in the screen's pixels. */
export const WIDTH_BY_CLOSENESS: Record<number, number> = { 1: 1.5, 2: 2.5, 3: 4, 4: 6, 5: 8 };
