// Translations shared by the renderer, the hosts' messages and the command line.
import { createInstance, type i18n } from 'i18next';
import { en } from './en';
import { fr, type Messages } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const resources: Record<Language, { translation: Messages }> = {
  fr: { translation: fr },
  en: { translation: en },
};

export function createTranslator(language: Language = 'fr'): i18n {
  const instance = createInstance({
    lng: language,
    fallbackLng: 'fr',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  void instance.init();
  return instance;
}

export type { Messages };
