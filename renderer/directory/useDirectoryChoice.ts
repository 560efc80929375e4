// The address-book entry chosen while adding an organisation to a map: the form mounts
// <DirectorySuggestions>, and after adding the actor hands its id to `linkAfterSave`, which
// links it once the map's autosave has stored the actor. The quick add, which adds at the very
// moment an entry is picked, hands the entry along with the id.
// The link is no map edit: undoing the add removes the actor, and the store drops its link.
import { useCallback, useMemo, useState } from 'react';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';

/** What the map store offers: the promise that every queued edit has been saved, the map. */
interface SavingStore {
  whenSaved(): Promise<void>;
  getSnapshot(): { actors: readonly { id: string }[] };
}

export interface DirectoryChoice {
  entry: DirectoryEntrySummary | null;
  choose(entry: DirectoryEntrySummary | null): void;
  /**
   * Links the new actor to `picked`, or else to the chosen entry (if any), once it is saved,
   * then forgets the choice.
   */
  linkAfterSave(actorId: string, picked?: DirectoryEntrySummary): void;
}

export function useDirectoryChoice(store: SavingStore): DirectoryChoice {
  const api = useApi();
  const { report } = useNotices();
  const [entry, choose] = useState<DirectoryEntrySummary | null>(null);
  const linkAfterSave = useCallback(
    (actorId: string, picked?: DirectoryEntrySummary) => {
      const target = picked ?? entry;
      if (!target) return;
      choose(null);
      store
        .whenSaved()
        .then(async () => {
          // Undone before it was saved: there is no actor left to link.
          if (!store.getSnapshot().actors.some((actor) => actor.id === actorId)) return;
          await api['actors.linkDirectory']({ actorId, entryId: target.id });
        })
        .catch(report);
    },
    [api, entry, report, store],
  );
  return useMemo(() => ({ entry, choose, linkAfterSave }), [entry, linkAfterSave]);
}
