// What the security screens show after a call: a translated error or a confirmation.
import type { TFunction } from 'i18next';
import { describeError } from '../errors/describe';

export type Outcome = { kind: 'error' | 'done'; text: string } | null;

export function errorOutcome(t: TFunction, error: unknown): Outcome {
  return { kind: 'error', text: t(describeError(error).key) };
}

export function formatDate(language: string, iso: string, withTime = true): string {
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'long', timeStyle: 'short' }
    : { dateStyle: 'long' };
  // Plain dates (YYYY-MM-DD) are days, not instants: shown as written, whatever the time zone.
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** Saves text as a file through the browser's download (the user picks where). */
export function saveTextFile(fileName: string, mediaType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
