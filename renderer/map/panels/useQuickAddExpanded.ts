// Whether the quick add shows its choices (sector, ring, kind, placed by) and its hint, or only
// the prompt and the entry row. A choice made with the toggle is kept for the session
// (sessionStorage). Until then, short windows (under 900 px high: a 1280×800 field laptop)
// start compact, so that the map gets the room; the field itself is always there.
import { useCallback, useState, useSyncExternalStore } from 'react';

export const QUICK_ADD_EXPANDED_KEY = 'maillage.quickAdd.expanded';
const TALL = '(min-height: 900px)';

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function storedChoice(): boolean | null {
  const value = session()?.getItem(QUICK_ADD_EXPANDED_KEY);
  return value === 'true' ? true : value === 'false' ? false : null;
}

const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(TALL) : null);
const isTall = () => query()?.matches ?? true;
function onResize(listener: () => void): () => void {
  const tall = query();
  tall?.addEventListener('change', listener);
  return () => tall?.removeEventListener('change', listener);
}

export function useQuickAddExpanded(): [boolean, (expanded: boolean) => void] {
  const [choice, setChoice] = useState(storedChoice);
  const tall = useSyncExternalStore(onResize, isTall);
  const choose = useCallback((expanded: boolean) => {
    try {
      session()?.setItem(QUICK_ADD_EXPANDED_KEY, String(expanded));
    } catch {
      // No storage (private mode): the choice lasts as long as the map screen.
    }
    setChoice(expanded);
  }, []);
  return [choice ?? tall, choose];
}
