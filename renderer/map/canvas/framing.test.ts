import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../testing/sampleMap';
import { bandOf, computeGeometry } from '../layout/geometry';
import { scatteredMap } from '../layout/layoutFixtures';
import {
  DEFAULT_LABEL_SIZE,
  fitFrame,
  frameOnScreen,
  ringFrame,
  ringsBox,
  type Box,
  type Frame,
} from './framing';

const LIMITS = { margin: 16, minZoom: 0.1, maxZoom: 1.2 };
/** The canvas of a 1280×800 laptop, before and after the map screen's round two. */
const LAPTOP = { width: 610, height: 515 };
const WIDER = { width: 804, height: 557 };

const inside = (box: Box, view: { width: number; height: number }, margin: number) =>
  box.x1 >= margin - 0.01 &&
  box.y1 >= margin - 0.01 &&
  box.x2 <= view.width - margin + 0.01 &&
  box.y2 <= view.height - margin + 0.01;

describe('ringFrame', () => {
  it('holds the outermost circle and the three networks’ names beyond it', () => {
    const geometry = computeGeometry(sampleMap());
    const frame = ringFrame(geometry);
    const radius = bandOf(geometry, 'outside').outer;
    expect(frame.boxes).toEqual([ringsBox(geometry)]);
    expect(ringsBox(geometry).x2 - ringsBox(geometry).x1).toBe(2 * radius);
    expect(frame.pinned).toHaveLength(3);
    // Every name starts beyond the outermost circle.
    for (const { at } of frame.pinned) {
      expect(Math.hypot(at.x - geometry.centre.x, at.y - geometry.centre.y)).toBeGreaterThan(
        radius,
      );
    }
    // The primary network's name is centred above; the others written outwards below.
    const [left, right] = [...frame.pinned].filter((p) => p.at.y > geometry.centre.y);
    expect(frame.pinned.find((p) => p.at.y < geometry.centre.y)).toMatchObject({
      left: DEFAULT_LABEL_SIZE.primary.width / 2,
      right: DEFAULT_LABEL_SIZE.primary.width / 2,
    });
    expect([left!.left, left!.right].sort()).toEqual([
      0,
      DEFAULT_LABEL_SIZE.formal_secondary.width,
    ]);
    expect([right!.left, right!.right].sort()).toEqual([
      0,
      DEFAULT_LABEL_SIZE.formal_secondary.width,
    ]);
  });

  it('takes the names’ measured sizes and the actors’ box when given', () => {
    const geometry = computeGeometry(sampleMap());
    const actors = { x1: -2000, y1: 0, x2: 0, y2: 10 };
    const frame = ringFrame(geometry, { informal_secondary: { width: 300, height: 50 } }, actors);
    expect(frame.boxes).toContainEqual(actors);
    expect(frame.pinned.find((p) => p.right === 300)).toMatchObject({ left: 0, top: 25 });
  });
});

describe('fitFrame', () => {
  for (const [name, view] of [
    ['a 1280×800 laptop, legend open', LAPTOP],
    ['a 1280×800 laptop, legend folded', WIDER],
    ['a 1920×1080 screen', { width: 1250, height: 766 }],
    ['a split view', { width: 500, height: 700 }],
  ] as const) {
    it(`puts the rings and the networks' names inside ${name}, a margin from the edges`, () => {
      for (const geometry of [
        computeGeometry(sampleMap()),
        computeGeometry(scatteredMap(60)),
        computeGeometry(scatteredMap(40), { domainSectors: true }),
      ]) {
        const frame = ringFrame(geometry);
        const viewport = fitFrame(frame, view, LIMITS);
        expect(inside(frameOnScreen(frame, viewport), view, LIMITS.margin)).toBe(true);
        // As large as it can be: one of the two directions is filled.
        const box = frameOnScreen(frame, viewport);
        const filled = Math.max(
          (box.x2 - box.x1) / (view.width - 2 * LIMITS.margin),
          (box.y2 - box.y1) / (view.height - 2 * LIMITS.margin),
        );
        if (viewport.zoom < LIMITS.maxZoom) expect(filled).toBeCloseTo(1, 3);
      }
    });
  }

  it('centres the frame in the view', () => {
    const frame = ringFrame(computeGeometry(sampleMap()));
    const box = frameOnScreen(frame, fitFrame(frame, WIDER, LIMITS));
    expect((box.x1 + box.x2) / 2).toBeCloseTo(WIDER.width / 2, 6);
    expect((box.y1 + box.y2) / 2).toBeCloseTo(WIDER.height / 2, 6);
  });

  it('keeps the rings a sensible size around a small map', () => {
    const frame: Frame = { boxes: [{ x1: 0, y1: 0, x2: 100, y2: 100 }], pinned: [] };
    expect(fitFrame(frame, WIDER, LIMITS).zoom).toBe(LIMITS.maxZoom);
  });

  it('frames actors placed beyond the rings too', () => {
    const geometry = computeGeometry(sampleMap());
    const far = { x1: geometry.centre.x + 900, y1: 0, x2: geometry.centre.x + 1000, y2: 40 };
    const frame = ringFrame(geometry, {}, far);
    const box = frameOnScreen(frame, fitFrame(frame, WIDER, LIMITS));
    expect(inside(box, WIDER, LIMITS.margin)).toBe(true);
  });

  it('leaves room for names that keep their size while the rings shrink', () => {
    const geometry = computeGeometry(sampleMap());
    const withNames = fitFrame(ringFrame(geometry), LAPTOP, LIMITS);
    const ringsOnly = fitFrame({ boxes: [ringsBox(geometry)], pinned: [] }, LAPTOP, LIMITS);
    expect(withNames.zoom).toBeLessThan(ringsOnly.zoom);
  });

  it('keeps the drawing clear of the toolbar’s strip on the right, at most a third of the view', () => {
    const frame = ringFrame(computeGeometry(sampleMap()));
    // The split view of a 1280×800 laptop: a short, wide canvas, two columns of buttons.
    const split = { width: 610, height: 344 };
    const box = frameOnScreen(frame, fitFrame(frame, split, { ...LIMITS, right: 100 }));
    expect(inside(box, { ...split, width: split.width - 100 }, LIMITS.margin)).toBe(true);
    const narrow = { width: 900, height: 1400 };
    const capped = frameOnScreen(frame, fitFrame(frame, narrow, { ...LIMITS, right: 900 }));
    expect(inside(capped, { ...narrow, width: narrow.width - 300 }, LIMITS.margin)).toBe(true);
  });
});
