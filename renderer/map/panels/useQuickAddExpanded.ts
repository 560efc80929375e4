// Whether the quick add shows its choices (sector, ring, kind, placed by) and its hint, or only
// the prompt and the entry row. A choice made with the toggle is kept for the session
// (sessionStorage). Until then, short windows (under 900 px high: a 1280×800 field laptop)
// start compact, so that the map gets the room; the field itself is always there.
import { useSessionChoice } from './useSessionChoice';

export const QUICK_ADD_EXPANDED_KEY = 'maillage.quickAdd.expanded';
const TALL = '(min-height: 900px)';

export function useQuickAddExpanded(): [boolean, (expanded: boolean) => void] {
  return useSessionChoice(QUICK_ADD_EXPANDED_KEY, TALL);
}
