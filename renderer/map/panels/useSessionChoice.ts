// A panel's open or folded state: a choice made with its toggle is kept for the session
// (sessionStorage); until then, the window's size decides (a media query), following it as the
// window is resized. The quick add's choices and the legend use it.
import { useCallback, useState, useSyncExternalStore } from 'react';

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function storedChoice(key: string): boolean | null {
  const value = session()?.getItem(key);
  return value === 'true' ? true : value === 'false' ? false : null;
}

/**
 * `[open, choose]`: open as last chosen this session, otherwise when `roomy` (a media query)
 * matches. Without matchMedia (tests), roomy.
 */
export function useSessionChoice(key: string, roomy: string): [boolean, (open: boolean) => void] {
  const [choice, setChoice] = useState(() => storedChoice(key));
  const subscribe = useCallback(
    (listener: () => void) => {
      const query = typeof window.matchMedia === 'function' ? window.matchMedia(roomy) : null;
      query?.addEventListener('change', listener);
      return () => query?.removeEventListener('change', listener);
    },
    [roomy],
  );
  const matches = useSyncExternalStore(subscribe, () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(roomy).matches : true,
  );
  const choose = useCallback(
    (open: boolean) => {
      try {
        session()?.setItem(key, String(open));
      } catch {
        // No storage (private mode): the choice lasts as long as the panel.
      }
      setChoice(open);
    },
    [key],
  );
  return [choice ?? matches, choose];
}
