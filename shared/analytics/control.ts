// Progress and cancellation for the long analytics (betweenness, local bridges on an
// organisation-wide network). In the UI they run in a Web Worker: either call the plain function
// with `onProgress` and a `shouldStop` that reads a flag the worker can see while busy (an
// Atomics-read SharedArrayBuffer), or drive a run step by step and yield to the worker's event
// loop between steps so a cancel message can arrive (see `startBetweenness`).

export interface RunControl {
  /** Called now and then with the units of work done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Polled between units of work; returning true stops the run with `AnalyticsCancelledError`. */
  shouldStop?: () => boolean;
}

/** Thrown when `shouldStop()` asked a run to stop. Nothing is returned; nothing was changed. */
export class AnalyticsCancelledError extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AbortError';
  }
}

/** Reports about a hundred times over a run and polls `shouldStop` on every unit. */
export function progressReporter(control: RunControl, total: number): (done: number) => void {
  const every = Math.max(1, Math.ceil(total / 100));
  const { onProgress, shouldStop } = control;
  return (done) => {
    if (shouldStop?.()) throw new AnalyticsCancelledError();
    if (onProgress && (done % every === 0 || done === total)) onProgress(done, total);
  };
}
