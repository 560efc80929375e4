// First launch: choose the passphrase (twice), see its strength, understand that a lost
// passphrase means lost data, print the recovery sheet, then create the vault.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/api/security';
import { useApi } from '../bridge/ApiContext';
import { errorOutcome, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { PassphraseField } from './PassphraseField';
import { RecoverySheet } from './RecoverySheet';
import { useSession } from './session';
import { SecurityFrame } from './SecurityFrame';
import { StrengthMeter } from './StrengthMeter';
import { MIN_SCORE } from './strength';

type Problems = { passphrase?: string; confirm?: string; understood?: string };

export function SetupScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [score, setScore] = useState<number | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const onScore = useCallback((next: number | null) => setScore(next), []);

  const check = (): Problems => {
    const found: Problems = {};
    if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) {
      found.passphrase = t('security.setup.tooShort');
    } else if (score !== null && score < MIN_SCORE) {
      found.passphrase = t('security.setup.tooWeak');
    }
    if (confirm !== passphrase) found.confirm = t('security.setup.mismatch');
    if (!understood) found.understood = t('security.setup.understoodMissing');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setOutcome(null);
    try {
      session.update(await api['session.setup']({ passphrase }));
    } catch (error) {
      setOutcome(errorOutcome(t, error));
      setBusy(false);
    }
  };

  return (
    <SecurityFrame title={t('security.setup.title')}>
      <p className="muted">{t('security.setup.intro')}</p>
      <form className="security-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <PassphraseField
          label={t('security.setup.passphrase')}
          name="passphrase"
          value={passphrase}
          onChange={setPassphrase}
          visible={visible}
          hint={t('security.setup.passphraseHint')}
          error={problems.passphrase}
          autoComplete="new-password"
          autoFocus
        />
        <StrengthMeter passphrase={passphrase} onScore={onScore} />
        <PassphraseField
          label={t('security.setup.confirm')}
          name="confirm"
          value={confirm}
          onChange={setConfirm}
          visible={visible}
          error={problems.confirm}
          autoComplete="new-password"
        />
        <label className="security-check">
          <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
          {t('security.setup.show')}
        </label>
        <div className="security-warning" role="note">
          <h2>{t('security.setup.warningTitle')}</h2>
          <p>{t('security.setup.warning')}</p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('security.setup.print')}
          </button>
        </div>
        <label className={problems.understood ? 'security-check has-error' : 'security-check'}>
          <input
            type="checkbox"
            name="understood"
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
          />
          {t('security.setup.understood')}
        </label>
        {problems.understood && <p className="field-error">{problems.understood}</p>}
        <OutcomeLine outcome={outcome} />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('security.setup.working') : t('security.setup.submit')}
        </button>
      </form>
      <RecoverySheet />
    </SecurityFrame>
  );
}
