import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, proposeNextEvaluation } from './dates';

describe('partnership dates', () => {
  it('adds months, keeping the day or the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 4)).toBe('2026-05-15');
    expect(addMonths('2026-10-31', 4)).toBe('2027-02-28');
    expect(addMonths('2027-10-31', 4)).toBe('2028-02-29');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('proposes the next evaluation at the rhythm: three a year by default', () => {
    expect(proposeNextEvaluation('2026-02-27')).toBe('2026-06-27');
    expect(proposeNextEvaluation('2026-02-27', 4)).toBe('2026-05-27');
    expect(proposeNextEvaluation('2026-02-27', 1)).toBe('2027-02-27');
    expect(proposeNextEvaluation('2026-02-27', 12)).toBe('2026-03-27');
  });

  it('counts the days left, negative once the date has passed', () => {
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(daysBetween('2026-03-02', '2026-03-30')).toBe(28);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
  });
});
