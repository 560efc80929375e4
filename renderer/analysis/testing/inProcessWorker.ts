// A worker for tests: the real worker host, run in the test's own thread, with messages copied
// (structuredClone) and delivered asynchronously as a Worker's would be.
import type { WorkerFactory, WorkerLike } from '../engine/analysisClient';
import type { WorkerReply } from '../engine/protocol';
import { createAnalysisHost } from '../engine/workerHost';

export interface InProcessWorkers {
  factory: WorkerFactory;
  /** Every worker created, the live ones and the terminated ones. */
  created: Array<WorkerLike & { terminated: boolean; replies: WorkerReply[] }>;
}

export function inProcessWorkers(): InProcessWorkers {
  const created: InProcessWorkers['created'] = [];
  const factory: WorkerFactory = () => {
    const worker = {
      terminated: false,
      replies: [] as WorkerReply[],
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(message: unknown) {
        if (worker.terminated) return;
        const copy: unknown = structuredClone(message);
        setTimeout(() => host.receive(copy), 0);
      },
      terminate() {
        worker.terminated = true;
      },
    };
    const host = createAnalysisHost((reply) => {
      if (worker.terminated) return;
      worker.replies.push(reply);
      const copy: unknown = structuredClone(reply);
      setTimeout(() => {
        if (!worker.terminated) worker.onmessage?.({ data: copy });
      }, 0);
    });
    created.push(worker);
    return worker;
  };
  return { factory, created };
}
