// The recovery sheet, shown only when printing: where to write the passphrase by hand. The
// passphrase itself is never printed, since a print job leaves a copy in the printer's queue.
import { useTranslation } from 'react-i18next';
import { formatDate } from './messages';

export function RecoverySheet() {
  const { t, i18n } = useTranslation();
  return (
    <section className="recovery-sheet" aria-hidden="true">
      <h1>{t('security.sheet.title')}</h1>
      <p>
        {t('security.sheet.created', { date: formatDate(i18n.language, new Date().toISOString()) })}
      </p>
      <p className="recovery-write">{t('security.sheet.write')}</p>
      <div className="recovery-lines">
        <span />
        <span />
        <span />
      </div>
      <p>{t('security.sheet.why')}</p>
      <p>
        <strong>{t('security.sheet.keep')}</strong>
      </p>
      <p className="recovery-small">{t('security.sheet.notPrinted')}</p>
    </section>
  );
}
