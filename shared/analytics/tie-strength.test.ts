import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITICALITIES,
  FREQUENCIES,
  SUPPORT_TYPES,
  TIE_DEFAULTS,
  VALENCES,
  type TieFields,
} from '../model';
import { createTranslator } from '../i18n';
import {
  explainTieStrength,
  STRONG_THRESHOLD,
  TIE_STRENGTH_REASONS,
  tieStrength,
  type TieStrengthInput,
} from './tie-strength';

const fr = createTranslator('fr').t;
const en = createTranslator('en').t;
const tie = (fields: Partial<TieFields>): TieStrengthInput => ({ ...TIE_DEFAULTS, ...fields });

describe('tieStrength', () => {
  it('calls a daily, very close tie with support both ways strong, and says why', () => {
    const result = tieStrength(
      tie({
        frequency: 'daily',
        closeness: 5,
        supportForward: ['practical'],
        supportBackward: ['practical'],
      }),
    );
    expect(result.strong).toBe(true);
    expect(result.reasons).toEqual(['contact_daily', 'very_close', 'support_both_ways']);
    expect(explainTieStrength(result, fr)).toBe(
      'lien fort : contact quotidien, très proche, soutien dans les deux sens',
    );
    expect(explainTieStrength(result, en)).toBe(
      'strong tie: daily contact, very close, support both ways',
    );
  });

  it('calls a rare, distant, one-way tie weak and lists what makes it weak', () => {
    const result = tieStrength(
      tie({ frequency: 'rarely', closeness: 2, supportForward: ['information'] }),
    );
    expect(result.strong).toBe(false);
    expect(explainTieStrength(result, fr)).toBe(
      'lien faible : contact rare, peu proche, pas de confidences, soutien à sens unique',
    );
  });

  it('scores each of Granovetter’s four dimensions', () => {
    const result = tieStrength(
      tie({
        frequency: 'weekly',
        knownSinceYear: 2019,
        closeness: 4,
        critical: 'very',
        supportForward: ['emotional'],
        supportBackward: ['practical'],
      }),
      { referenceYear: 2024 },
    );
    // time: (2 × 0.75 + 1 × 0.5) / 3; intensity: (3 × 0.75 + 1 × 1) / 4.
    expect(result.dimensions.time).toBeCloseTo(2 / 3, 12);
    expect(result.dimensions.intensity).toBeCloseTo(0.8125, 12);
    expect(result.dimensions.intimacy).toBe(0.6);
    expect(result.dimensions.reciprocity).toBe(1);
    const expected = 0.2 * (2 / 3) + 0.35 * 0.8125 + 0.25 * 0.6 + 0.2 * 1;
    expect(result.score).toBeCloseTo(expected, 12);
    expect(result.reasons).toEqual([
      'contact_weekly',
      'close',
      'essential',
      'confiding_one_way',
      'support_both_ways',
    ]);
  });

  it('leaves an unrecorded time out instead of counting it as none', () => {
    const result = tieStrength(tie({ closeness: 5, critical: 'very' }));
    expect(result.dimensions.time).toBeNull();
    // Only intensity (1), intimacy (0) and reciprocity (0) are known: 0.35 / 0.8.
    expect(result.score).toBeCloseTo(0.35 / 0.8, 12);
  });

  it('a tie just drawn, with nothing said about it, is weak for want of support', () => {
    const result = tieStrength(TIE_DEFAULTS);
    expect(result.strong).toBe(false);
    expect(result.reasons).toEqual(['no_support']);
    expect(explainTieStrength(result, fr)).toBe('lien faible : aucun soutien');
  });

  it('counts the years known up to the year the tie was recorded', () => {
    const long = tieStrength({
      ...tie({ knownSinceYear: 2008, closeness: 5, frequency: 'daily' }),
      updatedAt: '2024-03-01T10:00:00.000Z',
    });
    expect(long.dimensions.time).toBe(1);
    expect(long.reasons).toContain('known_long');
    const recent = tieStrength(tie({ knownSinceYear: 2024, frequency: 'monthly' }), {
      referenceYear: 2024,
    });
    expect(recent.reasons).toContain('known_recent');
    expect(tieStrength(tie({ knownSinceYear: 2000 })).dimensions.time).toBeNull();
  });

  it('a broken tie is weak whatever it was', () => {
    const result = tieStrength(
      tie({
        valence: 'broken',
        frequency: 'daily',
        closeness: 5,
        supportForward: ['emotional'],
        supportBackward: ['emotional'],
      }),
    );
    expect(result).toMatchObject({ score: 0, strong: false, reasons: ['broken'] });
    expect(explainTieStrength(result, fr)).toBe('lien faible : lien rompu');
  });

  it('has a French and an English phrase for every reason', () => {
    for (const reason of TIE_STRENGTH_REASONS) {
      const key = `analytics.tieStrength.reasons.${reason}`;
      expect(fr(key)).not.toBe(key);
      expect(en(key)).not.toBe(key);
    }
  });
});

const anyTie: fc.Arbitrary<TieStrengthInput> = fc.record({
  closeness: fc.integer({ min: 1, max: 5 }),
  valence: fc.constantFrom(...VALENCES),
  supportForward: fc.subarray([...SUPPORT_TYPES]),
  supportBackward: fc.subarray([...SUPPORT_TYPES]),
  frequency: fc.option(fc.constantFrom(...FREQUENCIES), { nil: null }),
  knownSinceYear: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
  critical: fc.option(fc.constantFrom(...CRITICALITIES), { nil: null }),
});

describe('tieStrength, for any tie', () => {
  it('scores in [0, 1], strong exactly above the threshold, with reasons on the verdict’s side', () => {
    fc.assert(
      fc.property(anyTie, fc.integer({ min: 1900, max: 2100 }), (input, year) => {
        const result = tieStrength(input, { referenceYear: year });
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.strong).toBe(result.score >= STRONG_THRESHOLD);
        for (const value of Object.values(result.dimensions)) {
          if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
        }
        const sentence = explainTieStrength(result, fr);
        expect(sentence.startsWith(result.strong ? 'lien fort' : 'lien faible')).toBe(true);
        expect(sentence).not.toContain('analytics.');
      }),
    );
  });

  it('never gets weaker when the tie gets closer', () => {
    fc.assert(
      fc.property(anyTie, (input) => {
        fc.pre(input.closeness < 5);
        const closer = { ...input, closeness: input.closeness + 1 };
        expect(tieStrength(closer).score).toBeGreaterThanOrEqual(tieStrength(input).score);
      }),
    );
  });
});
