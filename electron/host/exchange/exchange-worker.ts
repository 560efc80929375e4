// Entry point of the exchange's worker thread (built as dist/electron/exchange-worker.js):
// receives one task ({ task, input }), runs it with a control that posts its progress, posts the
// outcome and ends. A file's problem crosses as its FileProblem (code, line, element); any other
// failure as a message the host logs. Bytes are handed over, not copied.
import { parentPort } from 'node:worker_threads';
import { FileProblemError } from '../../../shared/exchange/problems';
import type { JobControl } from './jobs';
import { isWorkerTask, WORKER_TASKS, type WorkerMessage } from './worker-tasks';

const port = parentPort;
if (port === null) throw new Error('exchange-worker.ts runs only as a worker thread.');

const post = (message: WorkerMessage) =>
  port.postMessage(
    message,
    message.kind === 'done' && message.output instanceof Uint8Array
      ? [message.output.buffer as ArrayBuffer]
      : [],
  );

const control: JobControl = {
  progress: (phase, done = 0, total = 0) => post({ kind: 'progress', phase, done, total }),
  // Nothing else runs on this thread: the host cancels by terminating it.
  checkpoint: async () => {},
  cancelled: false,
};

port.once('message', (message: { task: unknown; input: unknown }) => {
  const { task, input } = message;
  if (!isWorkerTask(task)) {
    post({ kind: 'error', message: `Unknown exchange task ${String(task)}.`, stack: null });
    return;
  }
  const run = WORKER_TASKS[task] as (input: unknown, control: JobControl) => Promise<unknown>;
  run(input, control).then(
    (output) => post({ kind: 'done', output }),
    (error: unknown) => {
      if (error instanceof FileProblemError) post({ kind: 'problem', problem: error.problem });
      else
        post({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? (error.stack ?? null) : null,
        });
    },
  );
});
