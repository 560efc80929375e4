// Address-book entries suggested while a name is typed in the interview editor: choosing one
// fills the actor's name, kind, network and domain and links the new actor to the entry.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorFields } from '../../shared/model';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { nameKey } from '../../shared/partnerships/names';
import { useApi } from '../bridge/ApiContext';
import type { DirectoryChoice } from './useDirectoryChoice';

const WAIT_MS = 200;
const MIN_LETTERS = 2;

export type EntryFields = Pick<ActorFields, 'name' | 'kind' | 'sphere' | 'domain'>;

interface DirectorySuggestionsProps {
  query: string;
  choice: DirectoryChoice;
  /** The actor's fields taken from the chosen entry. */
  onPick: (fields: EntryFields) => void;
}

export function DirectorySuggestions({ query, choice, onPick }: DirectorySuggestionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [found, setFound] = useState<DirectoryEntrySummary[]>([]);
  const chosen = choice.entry;
  const typed = nameKey(query);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (typed.length < MIN_LETTERS) return setFound([]);
      api['directory.search']({ query: typed, limit: 5 }).then(
        (entries) => current && setFound(entries),
        // Suggestions are a help: without them the form works as before.
        () => current && setFound([]),
      );
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, typed]);

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
