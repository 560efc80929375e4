// The panel's side of the worker: sends maps tagged with a version, checks every reply with the
// protocol's schemas, and forwards only what concerns the current version. A cancel is first
// asked politely (the worker stops at its next pause); if the worker is stuck in a long
// synchronous step and does not confirm in time, it is terminated and a fresh one takes over.
import type { Actor, Tie } from '../../../shared/model';
import {
  WorkerReply,
  type AnalysisResult,
  type ChainTarget,
  type ChainsResult,
  type Phase,
  type WorkerRequest,
} from './protocol';

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}
export type WorkerFactory = () => WorkerLike;

export interface AnalysisEvents {
  onProgress(version: number, phase: Phase, done: number, total: number): void;
  onResult(version: number, result: AnalysisResult): void;
  onCancelled(version: number): void;
  onError(version: number, message: string): void;
}

export class ChainsError extends Error {
  constructor(readonly code: 'stale' | 'invalid_input' | 'internal' | 'closed') {
    super(`Chains request failed: ${code}`);
    this.name = 'ChainsError';
  }
}

/** The browser's worker, bundled by Vite from analysis.worker.ts. */
export const browserWorker: WorkerFactory = () =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'maillage-analysis',
  }) as unknown as WorkerLike;

interface Pending {
  resolve: (result: ChainsResult) => void;
  reject: (error: ChainsError) => void;
}

export class AnalysisClient {
  private worker: WorkerLike | null = null;
  /** The version being analysed (null when the worker is idle). */
  private running: number | null = null;
  private graceTimer: ReturnType<typeof setTimeout> | null = null;
  private nextRequest = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly factory: WorkerFactory,
    private readonly events: AnalysisEvents,
    private readonly cancelGraceMs = 500,
  ) {}

  analyse(version: number, data: { actors: Actor[]; ties: Tie[] }): void {
    this.clearGrace();
    this.running = version;
    this.ensureWorker().postMessage({ type: 'analyse', version, ...data });
  }

  /** Stops the analysis under way; `onCancelled` follows, from the worker or after a restart. */
  cancel(): void {
    const version = this.running;
    if (version === null || this.worker === null) return;
    this.worker.postMessage({ type: 'cancel', version });
    this.clearGrace();
    this.graceTimer = setTimeout(() => {
      this.graceTimer = null;
      if (this.running !== version) return;
      this.restart();
      this.events.onCancelled(version);
    }, this.cancelGraceMs);
  }

  chains(version: number, target: ChainTarget): Promise<ChainsResult> {
    const request = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.pending.set(request, { resolve, reject });
      this.ensureWorker().postMessage({ type: 'chains', version, request, target });
    });
  }

  dispose(): void {
    this.clearGrace();
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
    this.rejectPending('closed');
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = () => {
      const version = this.running;
      this.restart();
      if (version !== null) this.events.onError(version, 'The analysis worker stopped.');
    };
    this.worker = worker;
    return worker;
  }

  /** A fresh worker: the old one may be stuck in a long step. Chain requests are lost with it. */
  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
    this.rejectPending('closed');
  }

  private rejectPending(code: ChainsError['code']): void {
    for (const { reject } of this.pending.values()) reject(new ChainsError(code));
    this.pending.clear();
  }

  private clearGrace(): void {
    if (this.graceTimer !== null) clearTimeout(this.graceTimer);
    this.graceTimer = null;
  }

  private receive(data: unknown): void {
    const parsed = WorkerReply.safeParse(data);
    if (!parsed.success) {
      const version = this.running;
      if (version !== null) this.events.onError(version, parsed.error.message);
      return;
    }
    const reply = parsed.data;
    switch (reply.type) {
      case 'progress':
        if (reply.version === this.running)
          this.events.onProgress(reply.version, reply.phase, reply.done, reply.total);
        return;
      case 'result':
      case 'cancelled':
        if (reply.version !== this.running) return;
        this.running = null;
        this.clearGrace();
        if (reply.type === 'result') this.events.onResult(reply.version, reply.result);
        else this.events.onCancelled(reply.version);
        return;
      case 'chains':
        this.pending.get(reply.request)?.resolve(reply.result);
        this.pending.delete(reply.request);
        return;
      case 'error':
        if (reply.request !== null) {
          this.pending.get(reply.request)?.reject(new ChainsError(reply.code));
          this.pending.delete(reply.request);
        } else if (reply.version === this.running) {
          this.running = null;
          this.events.onError(reply.version, reply.message);
        }
        return;
    }
  }
}
