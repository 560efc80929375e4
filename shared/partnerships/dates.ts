// Calendar helpers of the partnerships, on plain ISO dates (YYYY-MM-DD, no time zone: a meeting
// happens on a day wherever the laptop is).

/** The day `months` after `date`; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  first.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return first.toISOString().slice(0, 10);
}

/**
 * The next evaluation after one held on `heldOn`, at the partnership's rhythm: three a year by
 * default (every four months), as the seeds' "bilans 3 fois dans l'année au moins".
 */
export function proposeNextEvaluation(heldOn: string, perYear = 3): string {
  const rhythm = Math.max(1, Math.min(12, Math.round(perYear)));
  return addMonths(heldOn, Math.max(1, Math.round(12 / rhythm)));
}

/** Whole days from `today` to `date` (negative once `date` has passed). */
export function daysBetween(today: string, date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
