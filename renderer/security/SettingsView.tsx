// The security settings (idle time before the lock, retention after closing) and the change of
// passphrase.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LIMITS } from '../../shared/api/security';
import { useApi } from '../bridge/ApiContext';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { errorOutcome, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { useSession } from './session';

function NumberField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function SettingsView() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [idle, setIdle] = useState('');
  const [years, setYears] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    api['settings.get']({})
      .then((settings) => {
        setIdle(String(settings.idleLockMinutes));
        setYears(String(settings.retentionYears));
      })
      .catch((error: unknown) => setOutcome(errorOutcome(t, error)));
  }, [api, t]);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api['settings.set']({ idleLockMinutes: Number(idle), retentionYears: Number(years) });
      setOutcome({ kind: 'done', text: t('security.settings.saved') });
      // The idle lock of this page follows the new value.
      await session.refresh();
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    }
  };

  const limits = SETTINGS_LIMITS;
  return (
    <div className="security-view">
      <form className="security-form" onSubmit={(event) => void onSave(event)} noValidate>
        <NumberField
          label={t('security.settings.idle')}
          value={idle}
          onChange={setIdle}
          min={limits.idleLockMinutes.min}
          max={limits.idleLockMinutes.max}
        />
        <NumberField
          label={t('security.settings.retention')}
          value={years}
          onChange={setYears}
          min={limits.retentionYears.min}
          max={limits.retentionYears.max}
        />
        <OutcomeLine outcome={outcome} />
        <button type="submit" className="button primary">
          {t('security.settings.save')}
        </button>
      </form>
      <ChangePassphraseForm />
    </div>
  );
}
