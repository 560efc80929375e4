// Autosave: every gesture's edits are sent to the store in order, one call at a time. A call
// that fails stays at the head of the queue (the ones after it wait, so the store never sees
// them out of order), is shown as failed, and is retried with a growing delay or at once by
// `retry()`. Nothing is ever dropped except by an explicit `discard()`. The queue lives in
// memory only: the data must not sit in plaintext outside the encrypted store.

export type SaveState = 'saved' | 'saving' | 'failed';

export interface SaveStatus {
  state: SaveState;
  /** Edits not yet acknowledged by the store, the one being sent included. */
  pending: number;
  /** The last failure while the head of the queue is failing, else null. */
  error: unknown;
  /** How many times the head has failed in a row. */
  failures: number;
}

export interface SaveQueueOptions {
  /** Delays before each automatic retry, in ms; the last one repeats. */
  backoff?: readonly number[];
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const DEFAULT_BACKOFF = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Queues that hold unsaved edits, whichever screen made them (for the warning on closing). */
const unsavedQueues = new Set<SaveQueue<unknown>>();

/** Whether any edit of this window still waits for the store. */
export function anyUnsaved(): boolean {
  return unsavedQueues.size > 0;
}

export class SaveQueue<T> {
  private readonly items: T[] = [];
  private sending = false;
  private failures = 0;
  private error: unknown = null;
  private timer: unknown = null;
  private status: SaveStatus = { state: 'saved', pending: 0, error: null, failures: 0 };
  private readonly listeners = new Set<() => void>();
  private idleWaiters: (() => void)[] = [];
  private readonly backoff: readonly number[];
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(
    private readonly send: (item: T) => Promise<unknown>,
    options: SaveQueueOptions = {},
  ) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The edits not yet saved, oldest first (for a warning before closing, or for tests). */
  pendingItems(): readonly T[] {
    return this.items;
  }

  push(item: T): void {
    this.items.push(item);
    this.publish();
    if (!this.sending && this.timer === null) void this.drain();
  }

  /** Sends the failed head again now, without waiting for the next automatic retry. */
  retry(): void {
    if (this.sending || this.items.length === 0) return;
    this.cancelTimer();
    void this.drain();
  }

  /** Drops every unsaved edit: only after the user said so, when the store keeps refusing. */
  discard(): T[] {
    this.cancelTimer();
    const dropped = this.items.splice(this.sending ? 1 : 0);
    if (!this.sending) {
      this.failures = 0;
      this.error = null;
    }
    this.publish();
    if (this.items.length === 0) this.wakeIdle();
    return dropped;
  }

  /** Resolves once every edit has been acknowledged (never while one keeps failing). */
  whenSaved(): Promise<void> {
    if (this.items.length === 0) return Promise.resolve();
    return new Promise((done) => this.idleWaiters.push(done));
  }

  /** Stops telling the screen; edits still waiting keep being sent (and retried) until saved. */
  dispose(): void {
    this.listeners.clear();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<void> {
    this.sending = true;
    this.publish();
    while (this.items.length > 0) {
      try {
        await this.send(this.items[0] as T);
      } catch (error) {
        this.failures += 1;
        this.error = error;
        this.sending = false;
        const delay = this.backoff[Math.min(this.failures, this.backoff.length) - 1] ?? 30_000;
        this.timer = this.setTimer(() => {
          this.timer = null;
          void this.drain();
        }, delay);
        this.publish();
        return;
      }
      this.items.shift();
      this.failures = 0;
      this.error = null;
      this.publish();
    }
    this.sending = false;
    this.publish();
    this.wakeIdle();
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const done of waiters) done();
  }

  private publish(): void {
    if (this.items.length > 0) unsavedQueues.add(this as SaveQueue<unknown>);
    else unsavedQueues.delete(this as SaveQueue<unknown>);
    const state: SaveState =
      this.items.length === 0 ? 'saved' : this.failures > 0 && !this.sending ? 'failed' : 'saving';
    const next: SaveStatus = {
      state,
      pending: this.items.length,
      error: this.error,
      failures: this.failures,
    };
    const was = this.status;
    if (
      was.state === next.state &&
      was.pending === next.pending &&
      was.error === next.error &&
      was.failures === next.failures
    )
      return;
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}
