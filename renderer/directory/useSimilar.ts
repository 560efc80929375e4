// The duplicate warning as one types: entries whose name reads the same (accents, case and small
// words aside), asked of the store a moment after the last key press.
import { useEffect, useState } from 'react';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';

const WAIT_MS = 250;

export function useSimilar(name: string, exceptId: string | undefined): DirectoryEntrySummary[] {
  const api = useApi();
  // Tagged with the name asked about: an answer about an older name is never shown (the store
  // still refuses a duplicate saved before the warning arrives).
  const [similar, setSimilar] = useState({ name: '', found: [] as DirectoryEntrySummary[] });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (name.trim() === '') return;
      api['directory.similar']({ name, exceptId }).then(
        (found) => current && setSimilar({ name, found }),
        () => current && setSimilar({ name, found: [] }),
      );
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, name, exceptId]);
  return similar.name === name ? similar.found : [];
}
