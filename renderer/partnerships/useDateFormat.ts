// Dates as people read them in the chosen language: « 26 octobre 2026 », "October 26, 2026".
// ISO days carry no time zone; they are formatted as UTC so the day never shifts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function formatDay(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function useDateFormat(): (iso: string | null) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => (iso: string | null) => (iso ? formatDay(iso, language) : '—'), [language]);
}
