// The address book in the quick add: entries matching the name being typed, in a list under the
// field (an ARIA combobox: the keyboard stays in the field, the highlighted entry is its active
// descendant). ↓/↑ move through the entries, Enter on a highlighted one picks it, Escape closes
// the list; with nothing highlighted, Enter stays the quick add's own. Any new key press drops
// the highlight, so a name typed and entered is never replaced by an entry.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntrySummary } from '../../../shared/partnerships/model';
import { useDirectorySearch } from '../../directory';

const NONE: DirectoryEntrySummary[] = [];

export interface QuickAddSuggestionsState {
  /** The entries shown (none while the list is closed). */
  shown: DirectoryEntrySummary[];
  activeId: string | null;
  /** Handles the list's keys; true when the key was the list's (the field must ignore it). */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): boolean;
  close(): void;
}

export function useQuickAddSuggestions(
  name: string,
  onPick: (entry: DirectoryEntrySummary) => void,
): QuickAddSuggestionsState {
  const found = useDirectorySearch(name);
  // Both hold for the name they were set at: typing anything else reopens, unhighlights.
  const [closedAt, setClosedAt] = useState<string | null>(null);
  const [active, setActive] = useState({ name: '', id: '' });
  const shown = closedAt === name ? NONE : found;
  const index = active.name === name ? shown.findIndex((entry) => entry.id === active.id) : -1;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): boolean => {
    // Alt+↑/↓ change the prompt (useQuickAddChoice).
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const entry = shown[index];
    if (event.key === 'Enter' && entry) {
      event.preventDefault();
      onPick(entry);
      return true;
    }
    if (event.key === 'Escape' && shown.length > 0) {
      event.preventDefault();
      event.stopPropagation();
      setClosedAt(name);
      return true;
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    // ↓ also reopens a list closed with Escape.
    const list = step === 0 ? NONE : closedAt === name ? found : shown;
    if (list.length === 0) return false;
    event.preventDefault();
    setClosedAt(null);
    // The field itself (nothing highlighted) is one stop of the round: n + 1 stops.
    const from = list === shown && index >= 0 ? index : list.length;
    const next = (from + step + list.length + 1) % (list.length + 1);
    setActive({ name, id: list[next]?.id ?? '' });
    return true;
  };

  return {
    shown,
    activeId: shown[index]?.id ?? null,
    onKeyDown,
    close: () => setClosedAt(name),
  };
}

interface QuickAddSuggestionsProps {
  id: string;
  state: QuickAddSuggestionsState;
  onPick: (entry: DirectoryEntrySummary) => void;
}

/** The id of an entry's option, for the field's aria-activedescendant. */
export const optionId = (listId: string, entryId: string) => `${listId}-${entryId}`;

export function QuickAddSuggestions({ id, state, onPick }: QuickAddSuggestionsProps) {
  const { t } = useTranslation();
  const { shown, activeId } = state;
  return (
    <>
      <div className="quick-add-suggestions" hidden={shown.length === 0}>
        <p className="quick-add-suggestions-title" aria-hidden="true">
          {t('ui.quickAdd.suggestions.title')}
        </p>
        <ul id={id} role="listbox" aria-label={t('ui.quickAdd.suggestions.title')}>
          {shown.map((entry) => (
            <li
              key={entry.id}
              id={optionId(id, entry.id)}
              role="option"
              aria-selected={entry.id === activeId}
              // The keyboard stays in the field.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(entry)}
            >
              <span className="quick-add-suggestion-name">{entry.name}</span>
              <span className="muted">
                {' · '}
                {t(`enums.domain.${entry.domain}`)}
                {', '}
                {t(`enums.kind.${entry.kind}`).toLocaleLowerCase()}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {/* Outside the hidden part: a live region is heard only if it was there before. */}
      <p className="visually-hidden" role="status">
        {shown.length > 0 ? t('ui.quickAdd.suggestions.count', { count: shown.length }) : ''}
      </p>
    </>
  );
}
