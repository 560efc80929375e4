// Loads something from the store when a screen opens and again on reload(); failures go to the
// alert area. `load` must be stable (useCallback), as it is the effect's dependency.
import { useCallback, useEffect, useState } from 'react';
import { useNotices } from '../errors/Notices';

export interface Loaded<T> {
  value: T | null;
  failed: boolean;
  reload: () => void;
}

export function useLoaded<T>(load: (() => Promise<T>) | null): Loaded<T> {
  const { report } = useNotices();
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!load) return;
    let current = true;
    load().then(
      (found) => {
        if (!current) return;
        setValue(found);
        setFailed(false);
      },
      (error: unknown) => {
        if (!current) return;
        report(error);
        setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [load, version, report]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, failed, reload };
}
