// The colours of files made outside the screen (GEXF, the PDF report) are the screen's own:
// shared/exchange/palette.ts repeats renderer/map/look (the host may not import the renderer),
// and this test fails the day they drift apart.
import { describe, expect, it } from 'vitest';
import {
  EGO_BORDER,
  EGO_COLOUR,
  SPHERE_BORDERS,
  SPHERE_COLOURS,
  VALENCE_COLOURS,
  WIDTH_BY_CLOSENESS,
} from '../shared/exchange/palette';
import { SPHERES, VALENCES } from '../shared/model';
import { EGO_LOOK, SPHERE_COLOR } from '../renderer/map/look/nodeLook';
import { VALENCE_LOOK, WIDTH_BY_CLOSENESS as SCREEN_WIDTHS } from '../renderer/map/look/tieLook';

describe('exchange palette', () => {
  it('matches the map on screen', () => {
    for (const sphere of SPHERES) {
      expect(SPHERE_COLOURS[sphere]).toBe(SPHERE_COLOR[sphere].fill);
      expect(SPHERE_BORDERS[sphere]).toBe(SPHERE_COLOR[sphere].border);
    }
    expect(EGO_COLOUR).toBe(EGO_LOOK.color);
    expect(EGO_BORDER).toBe(EGO_LOOK.border);
    for (const valence of VALENCES)
      expect(VALENCE_COLOURS[valence]).toBe(VALENCE_LOOK[valence].color);
    expect(WIDTH_BY_CLOSENESS).toEqual(SCREEN_WIDTHS);
  });
});
