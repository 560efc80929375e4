import { describe, expect, it } from 'vitest';
import { CLOSENESS_VALUES } from '../panels/closeness';
import { mapStylesheet } from './stylesheet';
import { tieLook, VALENCE_LOOK, zigzagPoints, type TieLookInput } from './tieLook';

const tie = (fields: Partial<TieLookInput>): TieLookInput => ({
  closeness: 3,
  valence: 'neutral',
  supportForward: [],
  supportBackward: [],
  ...fields,
});

describe('tieLook: Hartman conventions', () => {
  it('draws strong ties (4-5) thick and weak ties (1-2) thin and dashed', () => {
    const widths = [1, 2, 3, 4, 5].map((closeness) => tieLook(tie({ closeness })).width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(5);
    expect(tieLook(tie({ closeness: 4 })).width).toBeGreaterThanOrEqual(6);
    expect(tieLook(tie({ closeness: 2 })).width).toBeLessThanOrEqual(2.5);
    expect(tieLook(tie({ closeness: 1 })).dash).toBe('weak');
    expect(tieLook(tie({ closeness: 2 })).dash).toBe('weak');
    expect(tieLook(tie({ closeness: 3 })).dash).toBe('solid');
    expect(tieLook(tie({ closeness: 5 })).dash).toBe('solid');
  });

  it('marks stressful and conflictual ties with a red-orange zig-zag, conflictual barred', () => {
    const stressful = tieLook(tie({ valence: 'stressful' }));
    const conflictual = tieLook(tie({ valence: 'conflictual' }));
    expect(stressful.zigzag).toBe('small');
    expect(conflictual.zigzag).toBe('large');
    expect(conflictual.midMark).toBe('tee');
    expect(stressful.color).not.toBe(conflictual.color);
    for (const look of [stressful, conflictual]) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(look.color.slice(i, i + 2), 16));
      expect(r).toBeGreaterThan(180);
      expect(r).toBeGreaterThan((g ?? 0) + 80);
      expect(r).toBeGreaterThan((b ?? 0) + 80);
    }
  });

  it('draws a broken tie dotted with a gap in the middle, thick enough to see', () => {
    const broken = tieLook(tie({ valence: 'broken', closeness: 1 }));
    expect(broken).toMatchObject({ dash: 'broken', gap: true, zigzag: 'none' });
    expect(broken.width).toBeGreaterThanOrEqual(3.5);
    expect(tieLook(tie({ valence: 'neutral' })).gap).toBe(false);
  });

  it('keeps a weak stressful tie a plain zig-zag: dashes would break the zig-zag up', () => {
    const look = tieLook(tie({ valence: 'stressful', closeness: 1 }));
    expect(look).toMatchObject({ zigzag: 'small', dash: 'solid' });
    expect(look.width).toBeLessThan(tieLook(tie({ valence: 'stressful', closeness: 5 })).width);
  });

  it('gives every quality its own look', () => {
    const looks = Object.keys(VALENCE_LOOK).map((valence) =>
      JSON.stringify(tieLook(tie({ valence: valence as TieLookInput['valence'] }))),
    );
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('puts support arrows where the support arrives', () => {
    expect(tieLook(tie({}))).toMatchObject({ targetArrow: false, sourceArrow: false });
    expect(tieLook(tie({ supportForward: ['emotional'] }))).toMatchObject({
      targetArrow: true,
      sourceArrow: false,
    });
    expect(tieLook(tie({ supportBackward: ['practical'] }))).toMatchObject({
      targetArrow: false,
      sourceArrow: true,
    });
    expect(
      tieLook(tie({ supportForward: ['information'], supportBackward: ['emotional'] })),
    ).toMatchObject({ targetArrow: true, sourceArrow: true });
  });

  it('zig-zags alternate sides along the tie, inside it', () => {
    const points = zigzagPoints('large');
    expect(points.every((p) => p.weight > 0 && p.weight < 1)).toBe(true);
    expect(points.map((p) => Math.sign(p.distance))).toEqual(
      points.map((_, i) => (i % 2 === 0 ? 1 : -1)),
    );
  });

  it('covers every closeness the forms offer', () => {
    for (const closeness of CLOSENESS_VALUES) {
      expect(tieLook(tie({ closeness: Number(closeness) })).width).toBeGreaterThan(0);
    }
  });
});

describe('mapStylesheet', () => {
  it('styles every class that tieLook can give an edge', () => {
    const selectors = mapStylesheet().map((block) => block.selector);
    for (const name of ['dash-weak', 'dash-broken', 'zigzag-small', 'zigzag-large', 'gap']) {
      expect(selectors).toContain(`edge.${name}`);
    }
  });
});
