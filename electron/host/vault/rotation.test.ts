import { describe, expect, it } from 'vitest';
import { backupsToDelete, weekOf } from './rotation';

const DAY = 86_400_000;

/** One backup a day for `days` days up to `last`, at 08:00 UTC. */
function daily(days: number, last: string) {
  const end = Date.parse(`${last}T08:00:00.000Z`);
  return Array.from({ length: days }, (_, i) => {
    const createdAt = new Date(end - i * DAY).toISOString();
    return { id: createdAt, createdAt };
  });
}

describe('backup rotation', () => {
  it('numbers ISO weeks like the calendar', () => {
    expect(weekOf('2026-01-01T10:00:00Z')).toBe('2026-W01');
    expect(weekOf('2024-12-30T10:00:00Z')).toBe('2025-W01');
    expect(weekOf('2027-01-03T10:00:00Z')).toBe('2026-W53');
    expect(weekOf('2026-11-25T10:00:00Z')).toBe('2026-W48');
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups out of two years of daily ones', () => {
    const backups = daily(730, '2026-11-25');
    const deleted = new Set(backupsToDelete(backups, new Date('2026-11-25T12:00:00Z')));
    const kept = backups.filter((b) => !deleted.has(b.id)).map((b) => b.createdAt.slice(0, 10));
    // The last 7 days; the newest of 4 weeks and of 12 months overlap with them at the start.
    expect(kept.slice(0, 7)).toEqual([
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
    ]);
    expect(kept).toContain('2026-11-15'); // a Sunday: the newest of week 46
    expect(kept).toContain('2026-11-08'); // week 45
    expect(kept).toContain('2025-12-31'); // the newest of December 2025
    expect(kept).not.toContain('2025-11-30'); // 13 months back
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12 + 5);
  });

  it('keeps every backup of the current day, whatever the rules', () => {
    const today = [
      '2026-11-25T08:00:00.000Z',
      '2026-11-25T09:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
    ];
    const backups = today.map((createdAt) => ({ id: createdAt, createdAt }));
    expect(backupsToDelete(backups, new Date('2026-11-25T11:00:00Z'))).toEqual([]);
  });

  it('deletes nothing while there are few backups, even old ones', () => {
    const backups = ['2020-01-01T08:00:00.000Z', '2023-06-01T08:00:00.000Z'].map((createdAt) => ({
      id: createdAt,
      createdAt,
    }));
    expect(backupsToDelete(backups, new Date('2026-11-25T11:00:00Z'))).toEqual([]);
  });
});
