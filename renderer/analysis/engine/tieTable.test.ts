// The tie columns give back exactly the figures they were made from, and the protocol refuses
// columns of different lengths.
import { describe, expect, it } from 'vitest';
import { FREQUENCIES, SUPPORT_TYPES, TIE_DEFAULTS } from '../../../shared/model';
import { tieStrength } from '../../../shared/analytics';
import {
  TieTable,
  decodeReasons,
  encodeReasons,
  tableOf,
  tieAt,
  type TieFigures,
} from './tieTable';

describe('the tie table', () => {
  it('keeps the reasons of every tie strength, in their order', () => {
    for (const closeness of [1, 2, 3, 4, 5]) {
      for (const frequency of [null, ...FREQUENCIES]) {
        for (const forward of [[], ['emotional'], [...SUPPORT_TYPES]] as const) {
          const { reasons } = tieStrength({
            ...TIE_DEFAULTS,
            closeness,
            frequency,
            supportForward: [...forward],
            knownSinceYear: 2000,
            critical: 'very',
            updatedAt: '2025-01-01T00:00:00.000Z',
          });
          expect(decodeReasons(encodeReasons(reasons))).toEqual(reasons);
        }
      }
    }
  });

  it('gives back each tie as it was, the missing figures as null', () => {
    const figures: (TieFigures & { source: number; target: number })[] = [
      {
        tieId: 't1',
        sourceId: 'a',
        targetId: 'b',
        source: 0,
        target: 1,
        score: 0.2375,
        strong: false,
        reasons: ['not_close', 'support_one_way'],
        common: 0,
        overlap: 0,
        localBridge: true,
        span: null,
        weakBridge: true,
      },
      {
        tieId: 't2',
        sourceId: 'b',
        targetId: 'c',
        source: 1,
        target: 2,
        score: 0,
        strong: false,
        reasons: ['broken'],
        common: null,
        overlap: null,
        localBridge: false,
        span: null,
        weakBridge: false,
      },
    ];
    const table = tableOf(figures);
    expect(TieTable.safeParse(structuredClone(table)).success).toBe(true);
    expect([0, 1].map((i) => tieAt(table, ['a', 'b', 'c'], i))).toEqual(
      figures.map(({ source: _s, target: _t, ...rest }) => rest),
    );
  });

  it('refuses columns that do not line up', () => {
    const table = tableOf([]);
    expect(TieTable.safeParse({ ...table, ids: ['x'] }).success).toBe(false);
    expect(TieTable.safeParse({ ...table, score: [0.5] }).success).toBe(false);
  });
});
