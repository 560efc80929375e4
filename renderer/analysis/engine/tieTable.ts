// The ties of an analysis as columns of typed arrays rather than one object per tie: an
// organisation-wide network's 50,000 ties then cross from the worker to the page in milliseconds
// and are checked in constant time, where 50,000 objects took seconds on the page's thread.
// `tieAt` rebuilds one tie's figures for the few ties the panel lists.
import { z } from 'zod';
import { TIE_STRENGTH_REASONS, type TieStrengthReason } from '../../../shared/analytics';

export const TIE_FLAG = { strong: 1, localBridge: 2, weakBridge: 4 } as const;
/** Stored for "none" in the integer columns (a broken tie has no structure; a bridge, no span). */
export const NONE = -1;

/**
 * A typed array of the given kind, recognised by its tag rather than `instanceof`: an array
 * copied from a worker (or by a test environment) may come from another realm's constructor.
 */
function typedArray<T extends ArrayBufferView>(tag: string) {
  return z.custom<T>(
    (value) =>
      ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === `[object ${tag}]`,
    { message: `Expected a ${tag}.` },
  );
}

export const TieTable = z
  .object({
    /** The tie ids (the canvas's edge ids). */
    ids: z.array(z.string()),
    /** Each end as an index into the result's `actors`. */
    source: typedArray<Int32Array>('Int32Array'),
    target: typedArray<Int32Array>('Int32Array'),
    /** Tie strength score, in [0, 1]. */
    score: typedArray<Float64Array>('Float64Array'),
    /** TIE_FLAG bits. */
    flags: typedArray<Uint8Array>('Uint8Array'),
    /** The strength reasons, one bit per TIE_STRENGTH_REASONS entry. */
    reasons: typedArray<Uint32Array>('Uint32Array'),
    /** Acquaintances in common; NONE for a broken tie (no structure at all). */
    common: typedArray<Int32Array>('Int32Array'),
    /** Onnela's overlap; NaN for a broken tie. */
    overlap: typedArray<Float64Array>('Float64Array'),
    /** Length of the shortest other path; NONE when there is none (or for a broken tie). */
    span: typedArray<Int32Array>('Int32Array'),
  })
  .refine(
    (t) =>
      [t.source, t.target, t.score, t.flags, t.reasons, t.common, t.overlap, t.span].every(
        (column) => column.length === t.ids.length,
      ),
    { message: 'Every tie column has one entry per tie.' },
  );
export type TieTable = z.infer<typeof TieTable>;

/** One tie's figures, as the panel reads them. */
export interface TieFigures {
  tieId: string;
  sourceId: string;
  targetId: string;
  score: number;
  strong: boolean;
  reasons: TieStrengthReason[];
  /** Structural signals of the pair on the map graph; null for a broken tie (no path). */
  common: number | null;
  overlap: number | null;
  localBridge: boolean;
  span: number | null;
  /** Granovetter's "strength of weak ties": a weak local bridge between two connected actors. */
  weakBridge: boolean;
}

export function encodeReasons(reasons: readonly TieStrengthReason[]): number {
  return reasons.reduce((mask, reason) => mask | (1 << TIE_STRENGTH_REASONS.indexOf(reason)), 0);
}

/** The reasons in TIE_STRENGTH_REASONS order, which is the order tieStrength gives them in. */
export function decodeReasons(mask: number): TieStrengthReason[] {
  return TIE_STRENGTH_REASONS.filter((_reason, i) => (mask & (1 << i)) !== 0);
}

export function tableOf(
  figures: readonly (TieFigures & { source: number; target: number })[],
): TieTable {
  const n = figures.length;
  const table: TieTable = {
    ids: figures.map((f) => f.tieId),
    source: new Int32Array(n),
    target: new Int32Array(n),
    score: new Float64Array(n),
    flags: new Uint8Array(n),
    reasons: new Uint32Array(n),
    common: new Int32Array(n),
    overlap: new Float64Array(n),
    span: new Int32Array(n),
  };
  figures.forEach((f, i) => {
    table.source[i] = f.source;
    table.target[i] = f.target;
    table.score[i] = f.score;
    table.flags[i] =
      (f.strong ? TIE_FLAG.strong : 0) |
      (f.localBridge ? TIE_FLAG.localBridge : 0) |
      (f.weakBridge ? TIE_FLAG.weakBridge : 0);
    table.reasons[i] = encodeReasons(f.reasons);
    table.common[i] = f.common ?? NONE;
    table.overlap[i] = f.overlap ?? Number.NaN;
    table.span[i] = f.span ?? NONE;
  });
  return table;
}

export const hasFlag = (table: TieTable, i: number, flag: number): boolean =>
  ((table.flags[i] ?? 0) & flag) !== 0;

/** The figures of tie `i`; `actorIds` are the ids of the result's actors, in order. */
export function tieAt(table: TieTable, actorIds: readonly string[], i: number): TieFigures {
  const common = table.common[i] ?? NONE;
  const span = table.span[i] ?? NONE;
  const overlap = table.overlap[i] ?? Number.NaN;
  return {
    tieId: table.ids[i] ?? '',
    sourceId: actorIds[table.source[i] ?? NONE] ?? '',
    targetId: actorIds[table.target[i] ?? NONE] ?? '',
    score: table.score[i] ?? 0,
    strong: hasFlag(table, i, TIE_FLAG.strong),
    reasons: decodeReasons(table.reasons[i] ?? 0),
    common: common === NONE ? null : common,
    overlap: Number.isNaN(overlap) ? null : overlap,
    localBridge: hasFlag(table, i, TIE_FLAG.localBridge),
    span: span === NONE ? null : span,
    weakBridge: hasFlag(table, i, TIE_FLAG.weakBridge),
  };
}
