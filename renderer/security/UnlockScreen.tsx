// Later launches and after a lock: the passphrase opens the data. A wrong one says so clearly;
// after repeated failures the wait the host imposes is shown and counted down.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MaillageError } from '../../shared/errors';
import { useApi } from '../bridge/ApiContext';
import { errorOutcome, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { PassphraseField } from './PassphraseField';
import { useSession } from './session';
import { SecurityFrame } from './SecurityFrame';

/** The time left before `until` (a Date.now() value, 0 for none), in whole seconds. */
function useSecondsLeft(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = until > now ? Math.ceil((until - now) / 1000) : 0;
  useEffect(() => {
    if (left === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [left]);
  return left;
}

const deadline = (retryInMs: number) => (retryInMs > 0 ? Date.now() + retryInMs : 0);

export function UnlockScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState(() => deadline(session.status.retryInMs));
  const secondsLeft = useSecondsLeft(waitUntil);
  const failures = session.status.failedAttempts;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || secondsLeft > 0) return;
    setBusy(true);
    setOutcome(null);
    try {
      const status = await api['session.unlock']({ passphrase });
      setPassphrase('');
      session.update(status);
    } catch (error) {
      const wrong = error instanceof MaillageError && error.code === 'wrong_passphrase';
      setOutcome(
        wrong ? { kind: 'error', text: t('security.unlock.wrong') } : errorOutcome(t, error),
      );
      setPassphrase('');
      const status = await api['session.status']({}).catch(() => null);
      if (status) {
        setWaitUntil(deadline(status.retryInMs));
        session.update(status);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <SecurityFrame title={t('security.unlock.title')}>
      <p className="muted">{t('security.unlock.intro')}</p>
      <form className="security-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <PassphraseField
          label={t('security.unlock.passphrase')}
          name="passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          autoFocus
        />
        <OutcomeLine outcome={outcome} />
        {failures > 0 && (
          <p className="muted">{t('security.unlock.attempts', { count: failures })}</p>
        )}
        {secondsLeft > 0 && (
          <p className="security-wait" role="status">
            {t('security.unlock.wait', { seconds: secondsLeft })}
          </p>
        )}
        <button
          type="submit"
          className="button primary"
          disabled={busy || secondsLeft > 0 || passphrase === ''}
        >
          {busy ? t('security.unlock.working') : t('security.unlock.submit')}
        </button>
      </form>
    </SecurityFrame>
  );
}
