// Runs a form's call: one at a time, store-side field issues shown next to the fields, and the
// translated error in the alert area. Returns whether the call succeeded.
import { useCallback, useState } from 'react';
import { MaillageError } from '../../shared/errors';
import { useNotices } from '../errors/Notices';
import { toFieldErrors, type FieldErrors } from './validation';

export function useSubmission(onFieldErrors: (errors: FieldErrors) => void) {
  const { report } = useNotices();
  const [busy, setBusy] = useState(false);

  const submit = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        return true;
      } catch (error) {
        if (error instanceof MaillageError && error.fields)
          onFieldErrors(toFieldErrors(error.fields));
        report(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onFieldErrors, report],
  );
  return { busy, submit };
}
