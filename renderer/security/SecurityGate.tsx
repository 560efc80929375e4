// Stands between the page and the data: asks the host for the session, shows the setup, unlock
// or damage screen, and renders the app only while the data are unlocked. Locking (button,
// Ctrl+L, idle time, or the host locking on its own) unmounts the app: the map leaves the DOM.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../shared/api/security';
import { useApi } from '../bridge/ApiContext';
import { DamagedScreen } from './DamagedScreen';
import { errorOutcome, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { SessionContext, type Session } from './session';
import { SecurityFrame } from './SecurityFrame';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock } from './useIdleLock';

/** How often an open page checks that the host has not locked on its own (sleep, idle). */
const CHECK_EVERY_MS = 15_000;

export function SecurityGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [failure, setFailure] = useState<Outcome>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await api['session.status']({}));
      setFailure(null);
    } catch (error) {
      setFailure(errorOutcome(t, error));
    }
  }, [api, t]);

  const lock = useCallback(async () => {
    // Hide the data first, then tell the host: nothing stays on screen while the call runs.
    setStatus((current) => current && { ...current, state: 'locked', idleLockMinutes: null });
    try {
      setStatus(await api['session.lock']({}));
    } catch (error) {
      setFailure(errorOutcome(t, error));
    }
  }, [api, t]);

  useEffect(() => {
    api['session.status']({}).then(setStatus, (error: unknown) =>
      setFailure(errorOutcome(t, error)),
    );
  }, [api, t]);

  const unlocked = status?.state === 'unlocked';
  useEffect(() => {
    if (!unlocked) return;
    const check = () => void refresh();
    const timer = setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [unlocked, refresh]);

  const lockNow = useCallback(() => void lock(), [lock]);
  useIdleLock(unlocked ? (status?.idleLockMinutes ?? null) : null, lockNow);

  const session = useMemo<Session | null>(
    () => status && { status, refresh, lock, update: setStatus },
    [status, refresh, lock],
  );

  if (!session) {
    return (
      <SecurityFrame title={t('security.loading')}>
        <OutcomeLine outcome={failure} />
      </SecurityFrame>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      {session.status.state === 'uninitialised' && <SetupScreen />}
      {session.status.state === 'locked' && <UnlockScreen key="unlock" />}
      {session.status.state === 'corrupt' && <DamagedScreen />}
      {session.status.state === 'unlocked' && children}
    </SessionContext.Provider>
  );
}
