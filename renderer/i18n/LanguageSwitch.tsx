// FR / EN switch. Each button names its language in that language, as language menus do; where
// the header is narrow it shows the language's code, the name staying its accessible name.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n';

const NATIVE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('ui.language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="chip header-button"
          title={NATIVE_NAMES[language]}
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span className="header-short" aria-hidden="true">
            {language.toUpperCase()}
          </span>
          <span className="header-label">{NATIVE_NAMES[language]}</span>
        </button>
      ))}
    </div>
  );
}
