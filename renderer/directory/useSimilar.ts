// The duplicate warning as one types: entries whose name reads the same (accents, case and small
// words aside), asked of the store a moment after the last key press.
import { useEffect, useState } from 'react';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';

const WAIT_MS = 250;

export function useSimilar(name: string, exceptId: string | undefined): DirectoryEntrySummary[] {
  const api = useApi();
  const [similar, setSimilar] = useState<DirectoryEntrySummary[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (name.trim() === '') {
        setSimilar([]);
        return;
      }
      api['directory.similar']({ name, exceptId }).then(
        (found) => current && setSimilar(found),
        // The store refuses the save itself if the warning could not be shown.
        () => current && setSimilar([]),
      );
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, name, exceptId]);
  return similar;
}
