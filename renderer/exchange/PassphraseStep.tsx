// A transfer file's passphrase, asked once the file is known to be one (again if it was wrong).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PassphraseStep({
  retry,
  onOpen,
}: {
  retry: boolean;
  onOpen: (passphrase: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="exchange-passphrase"
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase) onOpen(passphrase);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('exchange.import.passphrase')}</label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          autoFocus
        />
      </div>
      {retry && (
        <p className="field-error" role="alert">
          {t('exchange.import.passphraseRetry')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button primary" disabled={!passphrase}>
          {t('exchange.import.open')}
        </button>
      </div>
    </form>
  );
}
