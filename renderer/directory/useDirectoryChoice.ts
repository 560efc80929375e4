// The address-book entry chosen while adding an organisation to a map: the form mounts
// <DirectorySuggestions>, and after adding the actor hands its id to `linkAfterSave`, which
// links it once the map's autosave has stored the actor.
import { useCallback, useMemo, useState } from 'react';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';

/** What the map store offers: the promise that every queued edit has been saved. */
interface SavingStore {
  whenSaved(): Promise<void>;
}

export interface DirectoryChoice {
  entry: DirectoryEntrySummary | null;
  choose(entry: DirectoryEntrySummary | null): void;
  /** Links the new actor to the chosen entry (if any) once it is saved, then forgets the choice. */
  linkAfterSave(actorId: string): void;
}

export function useDirectoryChoice(store: SavingStore): DirectoryChoice {
  const api = useApi();
  const { report } = useNotices();
  const [entry, choose] = useState<DirectoryEntrySummary | null>(null);
  const linkAfterSave = useCallback(
    (actorId: string) => {
      if (!entry) return;
      choose(null);
      store
        .whenSaved()
        .then(() => api['actors.linkDirectory']({ actorId, entryId: entry.id }))
        .catch(report);
    },
    [api, entry, report, store],
  );
  return useMemo(() => ({ entry, choose, linkAfterSave }), [entry, linkAfterSave]);
}
