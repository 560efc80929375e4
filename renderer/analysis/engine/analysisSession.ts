// The analysis of the map on screen, as a small external store the panel subscribes to: each map
// change gets a new version and, after a short pause (several quick edits make one run), goes to
// the worker; the last result stays on screen, marked out of date, until the next one arrives.
import type { Actor, Tie } from '../../../shared/model';
import { AnalysisClient, ChainsError, type WorkerFactory } from './analysisClient';
import type { AnalysisResult, ChainTarget, ChainsResult, Phase } from './protocol';

export type AnalysisStatus = 'idle' | 'waiting' | 'running' | 'done' | 'cancelled' | 'failed';

export interface AnalysisState {
  status: AnalysisStatus;
  /** The version of the map last handed to the session. */
  version: number;
  progress: { phase: Phase; done: number; total: number } | null;
  result: AnalysisResult | null;
  /** The map version `result` describes: older than `version` while a new run is pending. */
  resultVersion: number | null;
  error: string | null;
}

export type MapInput = { actors: Actor[]; ties: Tie[] };

export const DEBOUNCE_MS = 300;

export class AnalysisSession {
  private state: AnalysisState = {
    status: 'idle',
    version: -1,
    progress: null,
    result: null,
    resultVersion: null,
    error: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly client: AnalysisClient;
  private input: MapInput | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    factory: WorkerFactory,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {
    this.client = new AnalysisClient(factory, {
      onProgress: (version, phase, done, total) => {
        if (version === this.state.version)
          this.set({ status: 'running', progress: { phase, done, total } });
      },
      onResult: (version, result) => {
        if (version !== this.state.version) return;
        this.set({ status: 'done', progress: null, result, resultVersion: version, error: null });
      },
      onCancelled: (version) => {
        if (version === this.state.version) this.set({ status: 'cancelled', progress: null });
      },
      onError: (version, message) => {
        if (version === this.state.version)
          this.set({ status: 'failed', progress: null, error: message });
      },
    });
  }

  getSnapshot = (): AnalysisState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A new state of the map: analysed after the pause, or at once when nothing is shown yet. */
  update(input: MapInput): void {
    if (this.input && this.input.actors === input.actors && this.input.ties === input.ties) return;
    this.input = input;
    this.set({ version: this.state.version + 1, status: 'waiting', error: null });
    this.clearTimer();
    if (this.state.result === null) this.run();
    else this.timer = setTimeout(() => this.run(), this.debounceMs);
  }

  /** Runs the analysis of the current map now (after a cancel, or to skip the pause). */
  run(): void {
    this.clearTimer();
    if (this.input === null) return;
    this.set({ status: 'running', progress: null, error: null });
    this.client.analyse(this.state.version, this.input);
  }

  cancel(): void {
    if (this.state.status === 'waiting') {
      this.clearTimer();
      this.set({ status: 'cancelled' });
      return;
    }
    if (this.state.status === 'running') this.client.cancel();
  }

  /** Shortest chains on the map the result on screen describes. */
  chains(target: ChainTarget): Promise<ChainsResult> {
    const version = this.state.resultVersion;
    if (version === null) return Promise.reject(new ChainsError('stale'));
    return this.client.chains(version, target);
  }

  /**
   * Stops the worker and forgets the map. The session stays usable: the next `update` starts a
   * fresh worker (React's StrictMode unmounts and mounts every component once in development).
   */
  dispose(): void {
    this.clearTimer();
    this.client.dispose();
    this.input = null;
    if (this.state.status === 'running' || this.state.status === 'waiting')
      this.set({ status: 'idle', progress: null });
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(patch: Partial<AnalysisState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
