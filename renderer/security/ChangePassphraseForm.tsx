// A new passphrase: the current one, the new one twice (with its strength). The host re-wraps
// the same data key, so the data and the backups stay as they are.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/api/security';
import { MaillageError } from '../../shared/errors';
import { useApi } from '../bridge/ApiContext';
import { errorOutcome, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';
import { MIN_SCORE } from './strength';

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [score, setScore] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const onScore = useCallback((value: number | null) => setScore(value), []);

  const nextProblem =
    next === ''
      ? undefined
      : [...next].length < PASSPHRASE_MIN_LENGTH
        ? t('security.setup.tooShort')
        : score !== null && score < MIN_SCORE
          ? t('security.setup.tooWeak')
          : undefined;
  const confirmProblem =
    confirm !== '' && confirm !== next ? t('security.setup.mismatch') : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (nextProblem || confirm !== next || current === '' || next === '') return;
    setBusy(true);
    setOutcome(null);
    try {
      await api['session.changePassphrase']({ current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setOutcome({ kind: 'done', text: t('security.settings.changed') });
    } catch (error) {
      const wrong = error instanceof MaillageError && error.code === 'wrong_passphrase';
      setOutcome(
        wrong ? { kind: 'error', text: t('security.unlock.wrong') } : errorOutcome(t, error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="security-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('security.settings.changeTitle')}</h3>
      <PassphraseField
        label={t('security.settings.current')}
        name="current"
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
      />
      <PassphraseField
        label={t('security.settings.next')}
        name="next"
        value={next}
        onChange={setNext}
        error={nextProblem}
        autoComplete="new-password"
      />
      <StrengthMeter passphrase={next} onScore={onScore} />
      <PassphraseField
        label={t('security.settings.confirm')}
        name="confirmNext"
        value={confirm}
        onChange={setConfirm}
        error={confirmProblem}
        autoComplete="new-password"
      />
      <OutcomeLine outcome={outcome} />
      <button type="submit" className="button" disabled={busy}>
        {t('security.settings.change')}
      </button>
    </form>
  );
}
