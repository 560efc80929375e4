// Address-book entries matching a name being typed (its words start words of the entry's name,
// address or a contact), asked of the store a moment after the last key press: the suggestions
// of the add form (DirectorySuggestions) and of the interview's quick add. A failed search
// (names hidden, store locked) means no suggestion: the forms work as without an address book.
import { useEffect, useState } from 'react';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { nameKey } from '../../shared/partnerships/names';
import { useApi } from '../bridge/ApiContext';

const WAIT_MS = 200;
const MIN_LETTERS = 2;
const NONE: DirectoryEntrySummary[] = [];

export function useDirectorySearch(query: string, limit = 5): DirectoryEntrySummary[] {
  const api = useApi();
  const typed = nameKey(query);
  // Tagged with what was asked: see below which answer may still be shown.
  const [answer, setAnswer] = useState({ typed: '', found: NONE });

  useEffect(() => {
    if (typed.length < MIN_LETTERS) return;
    let current = true;
    const timer = setTimeout(() => {
      api['directory.search']({ query: typed, limit }).then(
        (found) => current && setAnswer({ typed, found }),
        () => current && setAnswer({ typed, found: NONE }),
      );
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, typed, limit]);

  // Until the next answer, the last one stays while the name is only being lengthened (no
  // flicker at each key press); a shorter or another name shows nothing about the old one.
  const stillFits = answer.typed !== '' && typed.startsWith(answer.typed);
  return typed.length >= MIN_LETTERS && stillFits ? answer.found : NONE;
}
