// The legend of an exported image: the samples of the map's own legend table (the same look
// functions the canvas draws with), with their translated labels, as plain drawing instructions
// that the PNG (canvas) and SVG writers both follow.
import type { TFunction } from 'i18next';
import { NODE_LEGEND, TIE_LEGEND } from '../../map/look/legendTable';
import { nodeLook } from '../../map/look/nodeLook';
import { DASH_PATTERN, tieLook } from '../../map/look/tieLook';

export type LegendItem =
  | { kind: 'node'; label: string; fill: string; border: string; square: boolean }
  | {
      kind: 'tie';
      label: string;
      color: string;
      width: number;
      dash: number[] | null;
      /** Arrowheads at the start and the end of the sample (support flows that way). */
      arrows: { start: boolean; end: boolean };
    };

export function legendItems(t: TFunction): LegendItem[] {
  const nodes: LegendItem[] = NODE_LEGEND.map((entry) => {
    const look = nodeLook(entry.sample);
    const neutral = 'neutral' in entry;
    return {
      kind: 'node',
      label: t(`ui.legend.node.${entry.key}`),
      fill: neutral ? '#ffffff' : look.color,
      border: neutral ? '#5b6574' : look.border,
      square: look.shape === 'round-rectangle',
    };
  });
  const ties: LegendItem[] = TIE_LEGEND.map(({ key, sample }) => {
    const look = tieLook(sample);
    return {
      kind: 'tie',
      label: t(`ui.legend.tie.${key}`),
      color: look.color,
      width: look.width,
      dash: look.dash === 'solid' ? null : DASH_PATTERN[look.dash],
      arrows: { start: look.sourceArrow, end: look.targetArrow },
    };
  });
  return [...nodes, ...ties];
}

/** Where the legend goes: two columns of rows below the map, in CSS pixels. */
export const LEGEND = { row: 26, column: 440, padding: 24, sample: 40, arrow: 8 } as const;

/** The arrowheads of a tie sample, as triangles (three points each). */
export function arrowHeads(item: Extract<LegendItem, { kind: 'tie' }>, x: number, y: number) {
  const a = LEGEND.arrow;
  const heads: [number, number][][] = [];
  if (item.arrows.end) {
    const tip = x + LEGEND.sample;
    heads.push([
      [tip, y],
      [tip - a, y - a / 1.6],
      [tip - a, y + a / 1.6],
    ]);
  }
  if (item.arrows.start)
    heads.push([
      [x, y],
      [x + a, y - a / 1.6],
      [x + a, y + a / 1.6],
    ]);
  return heads;
}

export function legendSize(items: readonly LegendItem[]): { width: number; height: number } {
  const nodes = items.filter((item) => item.kind === 'node').length;
  const rows = Math.max(nodes, items.length - nodes);
  return {
    width: 2 * LEGEND.column + 2 * LEGEND.padding,
    height: rows * LEGEND.row + 2 * LEGEND.padding,
  };
}

/** The position of item i: nodes in the first column, ties in the second. */
export function legendSlot(items: readonly LegendItem[], index: number): { x: number; y: number } {
  const nodes = items.filter((item) => item.kind === 'node').length;
  const item = items[index];
  const column = item?.kind === 'node' ? 0 : 1;
  const row = item?.kind === 'node' ? index : index - nodes;
  return { x: LEGEND.padding + column * LEGEND.column, y: LEGEND.padding + row * LEGEND.row };
}
