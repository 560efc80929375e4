// Numbers as the reader's language writes them ("0,53" in French, "0.53" in English).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Format {
  number(value: number | null, digits?: number): string;
  percent(value: number | null): string;
}

export function makeFormat(language: string): Format {
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  const numbers = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    number(value, digits = 2) {
      if (value === null || !Number.isFinite(value)) return '—';
      let format = numbers.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        numbers.set(digits, format);
      }
      return format.format(value);
    },
    percent(value) {
      return value === null || !Number.isFinite(value) ? '—' : percent.format(value);
    },
  };
}

export function useFormat(): Format {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormat(i18n.language), [i18n.language]);
}
