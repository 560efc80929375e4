// Watches an exchange job: asks its state a few times a second while it runs, stops once it
// has finished (or the component is gone), and cancels it on request.
import { useCallback, useEffect, useState } from 'react';
import type { JobState } from '../../shared/exchange/ops';
import { useApi } from '../bridge/ApiContext';

const POLL_MS = 150;
const QUEUED: JobState = { state: 'running', progress: { phase: 'queued', done: 0, total: 0 } };

/**
 * `onSettled` is told once when the job stops running (done, waiting for the user, failed,
 * cancelled); keep it stable (useCallback), as `onError`.
 */
export function useJob(
  jobId: string | null,
  onError: (error: unknown) => void,
  onSettled: (state: JobState, jobId: string) => void = () => {},
) {
  const api = useApi();
  const [seen, setSeen] = useState<{ jobId: string; state: JobState } | null>(null);

  useEffect(() => {
    if (jobId === null) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api['exchange.job']({ jobId });
        if (!current) return;
        setSeen({ jobId, state: next });
        if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else onSettled(next, jobId);
      } catch (error) {
        if (current) onError(error);
      }
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, jobId, onError, onSettled]);

  const cancel = useCallback(async () => {
    if (jobId === null) return;
    try {
      setSeen({ jobId, state: await api['exchange.cancel']({ jobId }) });
    } catch (error) {
      onError(error);
    }
  }, [api, jobId, onError]);

  // A job just started is "queued" until its first answer; no job, no state.
  const state = jobId === null ? null : seen?.jobId === jobId ? seen.state : QUEUED;
  return { state, cancel };
}
