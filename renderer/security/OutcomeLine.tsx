// One line under a form: an error (announced at once) or a confirmation (announced politely).
import type { Outcome } from './messages';

export function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return outcome.kind === 'error' ? (
    <p className="security-error" role="alert">
      {outcome.text}
    </p>
  ) : (
    <p className="security-done" role="status">
      {outcome.text}
    </p>
  );
}
