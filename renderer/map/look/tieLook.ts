// How a tie is drawn, after Hartman's ecomap: the width says the closeness (thick = strong),
// dashes say a weak tie, red zig-zags a stressful or conflictual one, an interrupted dotted line
// a broken one, and arrows which way support flows. The canvas stylesheet and the legend both
// read this file, so the legend always shows exactly what the map draws.
import type { TieFields } from '../../../shared/model';
import type { SupportType, Valence } from '../model/enums';

export type Zigzag = 'none' | 'small' | 'large';
export type MidMark = 'none' | 'diamond' | 'tee';
export type Dash = 'solid' | 'weak' | 'broken';

export interface TieLook {
  width: number;
  color: string;
  dash: Dash;
  zigzag: Zigzag;
  /** A marker in the middle of the line (ambivalent: diamond; conflictual: a bar across). */
  midMark: MidMark;
  /** A gap in the middle of the line (broken ties). */
  gap: boolean;
  /** Arrow at the target: support flows from source to target. */
  targetArrow: boolean;
  /** Arrow at the source: support flows from target to source. */
  sourceArrow: boolean;
}

export interface TieLookInput {
  closeness: TieFields['closeness'];
  valence: TieFields['valence'];
  supportForward: readonly SupportType[];
  supportBackward: readonly SupportType[];
}

/** Closeness 1 to 5 gives the width; 4-5 are strong ties, 1-2 weak ones. */
export const WIDTH_BY_CLOSENESS: Record<number, number> = { 1: 1.5, 2: 2.5, 3: 4, 4: 6, 5: 8 };
export const STRONG_FROM = 4;
export const WEAK_UP_TO = 2;

/** Colours from the Okabe-Ito palette, readable by colour-blind people; shapes carry the meaning too. */
export const VALENCE_LOOK: Record<Valence, { color: string; zigzag: Zigzag; midMark: MidMark }> = {
  supportive: { color: '#117a65', zigzag: 'none', midMark: 'none' },
  neutral: { color: '#5b6574', zigzag: 'none', midMark: 'none' },
  ambivalent: { color: '#8e44ad', zigzag: 'none', midMark: 'diamond' },
  stressful: { color: '#d55e00', zigzag: 'small', midMark: 'none' },
  conflictual: { color: '#c0182b', zigzag: 'large', midMark: 'tee' },
  broken: { color: '#5b6574', zigzag: 'none', midMark: 'none' },
};

/** Dash patterns in pixels (dash, gap, ...). */
export const DASH_PATTERN: Record<Exclude<Dash, 'solid'>, number[]> = {
  weak: [10, 7],
  // Near-zero dashes with round caps: dots as wide as the line.
  broken: [0.5, 8],
};

/**
 * Zig-zag amplitude in pixels and number of corners along a tie. The legend's short sample shows
 * the same amplitude with fewer corners, about as far apart as on a tie of usual length.
 */
export const ZIGZAG: Record<
  Exclude<Zigzag, 'none'>,
  { amplitude: number; points: number; legendPoints: number }
> = {
  small: { amplitude: 6, points: 12, legendPoints: 5 },
  large: { amplitude: 9, points: 12, legendPoints: 5 },
};

/** Dots thinner than this vanish on a projector. */
export const BROKEN_MIN_WIDTH = 3.5;
/** Share of the line left empty in the middle of a broken tie. */
export const BROKEN_GAP = 0.16;

export function tieLook(tie: TieLookInput): TieLook {
  const valence = VALENCE_LOOK[tie.valence as Valence];
  const broken = tie.valence === 'broken';
  // Dashes on a zig-zag make it unreadable: there the thin width alone says the tie is weak.
  const weak = tie.closeness <= WEAK_UP_TO && valence.zigzag === 'none';
  const dash: Dash = broken ? 'broken' : weak ? 'weak' : 'solid';
  const width = WIDTH_BY_CLOSENESS[tie.closeness] ?? 4;
  return {
    width: broken ? Math.max(BROKEN_MIN_WIDTH, width) : width,
    color: valence.color,
    dash,
    zigzag: valence.zigzag,
    midMark: valence.midMark,
    gap: broken,
    targetArrow: tie.supportForward.length > 0,
    sourceArrow: tie.supportBackward.length > 0,
  };
}

/** The relative positions (0-1) and side offsets of a zig-zag's corner points. */
export function zigzagPoints(
  zigzag: Exclude<Zigzag, 'none'>,
  points = ZIGZAG[zigzag].points,
): { weight: number; distance: number }[] {
  const { amplitude } = ZIGZAG[zigzag];
  return Array.from({ length: points }, (_, i) => ({
    weight: (i + 1) / (points + 1),
    distance: i % 2 === 0 ? amplitude : -amplitude,
  }));
}
