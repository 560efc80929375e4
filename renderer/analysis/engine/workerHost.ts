// The worker's side of the protocol, apart from the Worker global so tests can drive it: checks
// each request, runs one analysis at a time (a newer map or a cancel stops the current one at its
// next pause), keeps the last map's graphs to answer chain requests, and posts typed replies.
import { AnalyticsCancelledError, type MapGraphs } from '../../../shared/analytics';
import { computeAnalysis, computeChains } from './computeAnalysis';
import {
  WorkerRequest,
  type AnalyseRequest,
  type ChainsRequest,
  type WorkerReply,
} from './protocol';

export interface AnalysisHost {
  receive(message: unknown): void;
  /** Resolves once every request received so far has been answered (for tests). */
  idle(): Promise<void>;
}

/** Yields to the event loop: pending messages (a cancel) are handled before the work goes on. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createAnalysisHost(
  post: (reply: WorkerReply) => void,
  pause: () => Promise<void> = yieldToEventLoop,
): AnalysisHost {
  /** The newest map asked for, and the newest version cancelled. */
  let latest = -1;
  let cancelledUpTo = -1;
  let cache: { version: number; graphs: MapGraphs } | null = null;
  let queue: Promise<void> = Promise.resolve();

  const analyse = async ({ version, actors, ties }: AnalyseRequest) => {
    const shouldStop = () => version < latest || version <= cancelledUpTo;
    if (shouldStop()) {
      post({ type: 'cancelled', version });
      return;
    }
    try {
      const { result, graphs } = await computeAnalysis(
        { actors, ties },
        {
          shouldStop,
          pause,
          onProgress: (phase, done, total) =>
            post({ type: 'progress', version, phase, done, total }),
        },
      );
      cache = { version, graphs };
      post({ type: 'result', version, result });
    } catch (error) {
      if (error instanceof AnalyticsCancelledError) post({ type: 'cancelled', version });
      else post(failure(version, null, error));
    }
  };

  const answerChains = ({ version, request, target }: ChainsRequest) => {
    if (cache?.version !== version) {
      post({
        type: 'error',
        version,
        request,
        code: 'stale',
        message: 'The map changed since.',
      });
      return;
    }
    try {
      post({ type: 'chains', version, request, result: computeChains(cache.graphs, target) });
    } catch (error) {
      post(failure(version, request, error));
    }
  };

  return {
    receive(message) {
      const parsed = WorkerRequest.safeParse(message);
      if (!parsed.success) {
        post({
          type: 'error',
          version: versionOf(message),
          request: null,
          code: 'invalid_input',
          message: parsed.error.message,
        });
        return;
      }
      const request = parsed.data;
      switch (request.type) {
        case 'analyse':
          latest = Math.max(latest, request.version);
          queue = queue.then(() => analyse(request));
          break;
        case 'cancel':
          cancelledUpTo = Math.max(cancelledUpTo, request.version);
          break;
        case 'chains':
          // Answered at once when the map is known; else after the analysis under way.
          if (cache?.version === request.version) answerChains(request);
          else queue = queue.then(() => answerChains(request));
          break;
      }
    },
    idle: () => queue,
  };
}

function versionOf(message: unknown): number {
  if (typeof message !== 'object' || message === null || !('version' in message)) return 0;
  const { version } = message;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

function failure(version: number, request: number | null, error: unknown): WorkerReply {
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'error', version, request, code: 'internal', message };
}
