// Address-book entries suggested while a name is typed in the interview editor: choosing one
// fills the actor's name, kind, network and domain and links the new actor to the entry.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorFields } from '../../shared/model';
import { nameKey } from '../../shared/partnerships/names';
import type { DirectoryChoice } from './useDirectoryChoice';
import { useDirectorySearch } from './useDirectorySearch';

export type EntryFields = Pick<ActorFields, 'name' | 'kind' | 'sphere' | 'domain'>;

interface DirectorySuggestionsProps {
  query: string;
  choice: DirectoryChoice;
  /** The actor's fields taken from the chosen entry. */
  onPick: (fields: EntryFields) => void;
}

export function DirectorySuggestions({ query, choice, onPick }: DirectorySuggestionsProps) {
  const { t } = useTranslation();
  // Suggestions are a help: without them (none found, search refused) the form works as before.
  const found = useDirectorySearch(query);
  const chosen = choice.entry;
  const typed = nameKey(query);

  // Typing another name drops the choice: the actor would no longer be that entry.
  useEffect(() => {
    if (chosen && typed !== nameKey(chosen.name)) choice.choose(null);
  }, [chosen, typed, choice]);

  if (chosen) {
    return (
      <div className="directory-suggestions" role="status">
        <p>{t('directory.link.chosen', { name: chosen.name })}</p>
        <button type="button" className="button small subtle" onClick={() => choice.choose(null)}>
          {t('directory.link.clear')}
        </button>
      </div>
    );
  }
  if (found.length === 0) return null;
  return (
    <div className="directory-suggestions">
      <p className="muted">{t('directory.link.suggestions')}</p>
      <ul className="plain-list">
        {found.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="chip"
              aria-label={t('directory.link.use', { name: entry.name })}
              onClick={() => {
                choice.choose(entry);
                onPick({
                  name: entry.name,
                  kind: entry.kind,
                  sphere: entry.sphere,
                  domain: entry.domain,
                });
              }}
            >
              {entry.name}
              <span className="muted"> · {t(`enums.domain.${entry.domain}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
