// Runs one call of a form: one at a time, the store's field issues shown next to their fields
// (by whole path), the translated error in the alert area. Resolves to the value or undefined.
import { useCallback, useState } from 'react';
import { MaillageError } from '../../shared/errors';
import { useNotices } from '../errors/Notices';
import { pathErrors, type PathErrors } from './formErrors';

export function useCall(onErrors: (errors: PathErrors) => void) {
  const { report } = useNotices();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        const value = await action();
        onErrors({});
        return value;
      } catch (error) {
        if (error instanceof MaillageError && error.fields) onErrors(pathErrors(error.fields));
        report(error);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [onErrors, report],
  );
  return { busy, run };
}
