// Locks after the idle time of the settings (no key, pointer or wheel use). Locking at once is
// the registered command app.lock (Ctrl+L, useLockCommand.ts). The host has its own idle timer
// too, for a vault no page watches (a closed browser tab): the gate's status checks keep it from
// firing while a page is open.
import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock(minutes: number | null, lock: () => void): void {
  useEffect(() => {
    if (minutes === null) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [minutes, lock]);
}
