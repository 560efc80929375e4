// Locks after the idle time of the settings (no key, pointer or wheel use) and at once on
// Ctrl+L (Cmd+L on a Mac). The host has its own idle timer too, for a vault no page watches
// (a closed browser tab): the gate's status checks keep it from firing while a page is open.
import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l';
}

export function useIdleLock(minutes: number | null, lock: () => void): void {
  useEffect(() => {
    if (minutes === null) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      // Capture phase: the shortcut wins over any field or canvas that has the focus.
      event.preventDefault();
      event.stopPropagation();
      lock();
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [minutes, lock]);
}
