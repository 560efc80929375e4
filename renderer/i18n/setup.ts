// The renderer's translator: French first, English selectable, the choice kept in localStorage.
import type { i18n } from 'i18next';
import { createTranslator, LANGUAGES, type Language } from '../../shared/i18n';

export const LANGUAGE_KEY = 'maillage.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(storage: Storage | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}

/** A translator that remembers the language chosen and keeps `<html lang>` in step. */
export function createAppTranslator(storage: Storage | undefined, root?: HTMLElement): i18n {
  const translator = createTranslator(storedLanguage(storage));
  const follow = (language: string) => {
    if (root) root.lang = language;
    try {
      storage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // Storage can be full or disabled: the choice then lasts for this session only.
    }
  };
  if (root) root.lang = translator.language;
  translator.on('languageChanged', follow);
  return translator;
}
