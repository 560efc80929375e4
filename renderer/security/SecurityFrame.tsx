// The frame of the screens shown before the data are open: the brand and the language switch,
// then one centred card.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../app/Logo';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import './security.css';

export function SecurityFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app security-frame">
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <LanguageSwitch />
      </header>
      <main className="security-main">
        <section className="panel security-card" aria-labelledby="security-title">
          <h1 id="security-title">{title}</h1>
          {children}
        </section>
      </main>
    </div>
  );
}
