// Long exchange work as jobs: started by one call, watched by polling its state (progress),
// cancelled at any time before it writes. A job's work is an async function that reports its
// progress and calls `checkpoint()` between steps: the checkpoint yields to the event loop, so
// the host keeps answering (the page's polls, other operations), and throws once the job is
// cancelled, so a cancelled job stops at the next step and never reaches its write.
// Finished jobs (an exported file, a preview) are kept in memory for a while, then forgotten;
// locking the vault forgets them all at once, with the personal data they hold.
import { randomUUID } from 'node:crypto';
import type { JobProgress, JobState } from '../../../shared/exchange/ops';
import { FileProblemError } from '../../../shared/exchange/problems';
import { MaillageError } from '../../../shared/errors';

/** How long a finished job (and its file or preview) is kept once nobody asks for it. */
export const JOB_TTL_MS = 15 * 60_000;
/** At most this many jobs at once: each may hold a file of tens of megabytes. */
export const MAX_JOBS = 8;

export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}

export interface JobControl {
  progress(phase: JobProgress['phase'], done?: number, total?: number): void;
  /** Yields to the event loop; throws JobCancelled once the job is cancelled. */
  checkpoint(): Promise<void>;
  readonly cancelled: boolean;
}

/** What a finished job keeps besides its state (the file's bytes, the document to write). */
export type JobResult<T> = { state: JobState; keep?: T };

interface Job<T> {
  id: string;
  kind: string;
  state: JobState;
  cancelled: boolean;
  kept: T | undefined;
  touchedAt: number;
}

export type Log = (message: string, error: unknown) => void;

export class JobRegistry<T> {
  private readonly jobs = new Map<string, Job<T>>();

  constructor(
    private readonly log: Log = () => {},
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts `work` now; returns the job's id at once. */
  start(kind: string, work: (control: JobControl) => Promise<JobResult<T>>): string {
    this.sweep();
    const running = [...this.jobs.values()].filter((job) => job.state.state === 'running');
    if (this.jobs.size >= MAX_JOBS) {
      // Forget the oldest finished jobs first; refuse only when every slot is busy.
      const finished = [...this.jobs.values()]
        .filter((job) => job.state.state !== 'running')
        .sort((a, b) => a.touchedAt - b.touchedAt);
      for (const job of finished.slice(0, this.jobs.size - MAX_JOBS + 1)) this.jobs.delete(job.id);
      if (running.length >= MAX_JOBS) {
        throw new MaillageError('conflict', 'Too many exports and imports are running at once.');
      }
    }
    const job: Job<T> = {
      id: randomUUID(),
      kind,
      state: { state: 'running', progress: { phase: 'queued', done: 0, total: 0 } },
      cancelled: false,
      kept: undefined,
      touchedAt: this.now(),
    };
    this.jobs.set(job.id, job);
    const control: JobControl = {
      progress: (phase, done = 0, total = 0) => {
        if (!job.cancelled) job.state = { state: 'running', progress: { phase, done, total } };
      },
      checkpoint: async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (job.cancelled) throw new JobCancelled();
      },
      get cancelled() {
        return job.cancelled;
      },
    };
    // Started on the next turn, so the caller has the id before any work happens.
    setImmediate(() => {
      work(control).then(
        (result) => {
          if (job.cancelled) return;
          job.state = result.state;
          job.kept = result.keep;
          job.touchedAt = this.now();
        },
        (error: unknown) => {
          job.touchedAt = this.now();
          if (error instanceof JobCancelled || job.cancelled) {
            job.state = { state: 'cancelled' };
          } else if (error instanceof FileProblemError) {
            job.state = { state: 'failed', problem: error.problem, error: null };
          } else if (error instanceof MaillageError) {
            job.state = { state: 'failed', problem: null, error: error.toValue() };
          } else {
            this.log(`Exchange job ${kind} failed`, error);
            job.state = {
              state: 'failed',
              problem: null,
              error: { code: 'internal', message: 'The job failed; nothing was written.' },
            };
          }
        },
      );
    });
    return job.id;
  }

  state(id: string): JobState {
    const job = this.require(id);
    job.touchedAt = this.now();
    return job.state;
  }

  /** What a job keeps, whatever its state (undefined while it runs). */
  peek(id: string): T | undefined {
    return this.require(id).kept;
  }

  /** What a finished job kept, if it is in `expected` state. */
  kept(id: string, expected: JobState['state']): T {
    const job = this.require(id);
    if (job.state.state !== expected || job.kept === undefined) {
      throw new MaillageError('conflict', `The job is ${job.state.state}, not ${expected}.`);
    }
    job.touchedAt = this.now();
    return job.kept;
  }

  /**
   * Stops a running job or forgets a finished one. A running job stops at its next checkpoint:
   * its one write transaction runs synchronously right after a checkpoint, so a cancel arrives
   * either before it (nothing written) or after the job finished.
   */
  cancel(id: string): JobState {
    const job = this.require(id);
    if (job.state.state === 'running') {
      job.cancelled = true;
      job.kept = undefined;
      job.state = { state: 'cancelled' };
      return job.state;
    }
    this.jobs.delete(id);
    return job.state.state === 'cancelled' ? job.state : { state: 'cancelled' };
  }

  /** Forgets every job (the vault locked): running ones stop at their next checkpoint. */
  clear(): void {
    for (const job of this.jobs.values()) {
      if (job.state.state === 'running') job.cancelled = true;
      job.kept = undefined;
    }
    this.jobs.clear();
  }

  get size(): number {
    return this.jobs.size;
  }

  private require(id: string): Job<T> {
    this.sweep();
    const job = this.jobs.get(id);
    if (!job) throw new MaillageError('not_found', `No exchange job ${id}.`);
    return job;
  }

  private sweep(): void {
    const limit = this.now() - JOB_TTL_MS;
    for (const job of this.jobs.values()) {
      if (job.state.state !== 'running' && job.touchedAt < limit) this.jobs.delete(job.id);
    }
  }
}
