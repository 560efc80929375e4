// The session as the screens see it: its status, and the two things any screen may do with it.
import { createContext, useContext } from 'react';
import type { SessionStatus } from '../../shared/api/security';

export interface Session {
  status: SessionStatus;
  /** Asks the host again (after a restore, or when the page comes back into view). */
  refresh(): Promise<void>;
  /** Drops the key on the host's side and hides the data here at once. */
  lock(): Promise<void>;
  /** A call answered with a new status (unlock, setup, restore). */
  update(status: SessionStatus): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs the <SecurityGate>');
  return session;
}
