// The analysis Web Worker: the network measures never run on the UI thread. Everything it does
// is in workerHost.ts; this file only connects it to the worker's global scope.
import { createAnalysisHost } from './workerHost';

/** The part of DedicatedWorkerGlobalScope used here (the renderer is typed with the DOM's lib). */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = createAnalysisHost((reply) => scope.postMessage(reply));
scope.onmessage = (event) => host.receive(event.data);
