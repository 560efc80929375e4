// Which automatic backups to keep: the newest of each of the 7 most recent days that have one,
// of each of the 4 most recent weeks and of each of the 12 most recent months, plus every backup
// of the current day (a backup made before a restore is never rotated away the same day).
// Days, weeks and months are counted in UTC, like the backups' names.

export type Dated = { id: string; createdAt: string };

const KEEP = { days: 7, weeks: 4, months: 12 } as const;

const dayOf = (iso: string) => iso.slice(0, 10);
const monthOf = (iso: string) => iso.slice(0, 7);

/** ISO 8601 week, e.g. 2026-W48 (weeks start on Monday; week 1 holds the first Thursday). */
export function weekOf(iso: string): string {
  const date = new Date(`${dayOf(iso)}T00:00:00Z`);
  // The Thursday of this week decides its year and number.
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function newestPerPeriod(sorted: Dated[], periodOf: (iso: string) => string, count: number) {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const backup of sorted) {
    const period = periodOf(backup.createdAt);
    if (seen.has(period)) continue;
    seen.add(period);
    kept.push(backup.id);
    if (seen.size === count) break;
  }
  return kept;
}

/** The ids to delete, given every backup and the current time. */
export function backupsToDelete(backups: Dated[], now: Date): string[] {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const today = dayOf(now.toISOString());
  const keep = new Set([
    ...sorted.filter((b) => dayOf(b.createdAt) >= today).map((b) => b.id),
    ...newestPerPeriod(sorted, dayOf, KEEP.days),
    ...newestPerPeriod(sorted, weekOf, KEEP.weeks),
    ...newestPerPeriod(sorted, monthOf, KEEP.months),
  ]);
  return sorted.filter((b) => !keep.has(b.id)).map((b) => b.id);
}
