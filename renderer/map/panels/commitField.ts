// Turns a store refusal of one field's edit into the message shown under that field.
import { MaillageError } from '../../../shared/errors';

export function fieldRefusal(action: () => void): string | null {
  try {
    action();
    return null;
  } catch (error) {
    if (error instanceof MaillageError && error.fields?.[0])
      return `fieldIssues.${error.fields[0].issue}`;
    if (error instanceof MaillageError) return `errors.${error.code}`;
    throw error;
  }
}
