// A text field that saves itself: what the user types is kept as a draft while the field has
// the focus, committed after a short pause and on leaving the field, and a whole visit to the
// field is one undo step (its merge key). When not editing, the field shows the model's value,
// so an undo elsewhere shows at once.
import { useCallback, useEffect, useRef, useState } from 'react';

export const DRAFT_DELAY_MS = 400;

interface DraftOptions {
  /** The model's value. */
  value: string;
  /** Saves a value; returns an error message key, or null when it was accepted. */
  commit: (value: string, mergeKey: string) => string | null;
  /** Ends the undo step when the user leaves the field. */
  seal: () => void;
  /** Distinguishes the fields' merge keys ('actor:<id>:name'). */
  key: string;
}

export function useDraft({ value, commit, seal, key }: DraftOptions) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const visit = useRef(0);
  const pending = useRef<string | null>(null);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text === null) return;
    setError(latestCommit.current(text, `${key}:${visit.current}`));
  }, [key]);

  // Leaving the panel (another element selected) saves what was typed.
  useEffect(() => flush, [flush]);

  return {
    value: draft ?? value,
    error,
    onFocus: () => {
      visit.current += 1;
    },
    onChange: (text: string) => {
      setDraft(text);
      pending.current = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
    onBlur: () => {
      flush();
      // A value the model refused is not kept: the field shows the saved one again.
      setDraft(null);
      setError(null);
      seal();
    },
  };
}
