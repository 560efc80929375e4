// Runs an exchange task (worker-tasks.ts) on a worker thread: the host thread stays free to answer
// the page's polls and a Cancel while a large file is read or a GraphML or GEXF file written. The worker's
// progress becomes the job's; a cancelled job (or a locked vault) terminates the worker at once.
// One worker per task: the work is rare and long, so starting a thread (~30 ms) costs nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileProblemError } from '../../../shared/exchange/problems';
import { JobCancelled, type JobControl } from './jobs';
import type { WorkerMessage, WorkerTask, WorkerTasks } from './worker-tasks';

/** The built worker's file name (electron/vite.config.ts writes it beside main and launcher). */
export const WORKER_FILE = 'exchange-worker.js';
/** How often a running task looks whether its job was cancelled. */
const CANCEL_POLL_MS = 50;

export async function runOffThread<K extends WorkerTask>(
  task: K,
  input: WorkerTasks[K]['input'],
  control: JobControl,
): Promise<WorkerTasks[K]['output']> {
  await control.checkpoint();
  const worker = startWorker();
  return new Promise<WorkerTasks[K]['output']>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      void worker.terminate();
      outcome();
    };
    const watch = setInterval(() => {
      if (control.cancelled) settle(() => reject(new JobCancelled()));
    }, CANCEL_POLL_MS);
    worker.on('message', (message: WorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          control.progress(message.phase, message.done, message.total);
          return;
        case 'done':
          settle(() => resolve(message.output as WorkerTasks[K]['output']));
          return;
        case 'problem': {
          const { code, ...where } = message.problem;
          settle(() => reject(new FileProblemError(code, where)));
          return;
        }
        case 'error': {
          const error = new Error(message.message);
          if (message.stack !== null) error.stack = message.stack;
          settle(() => reject(error));
          return;
        }
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`The exchange worker stopped (exit code ${code}).`))),
    );
    worker.postMessage({ task, input });
  });
}

function startWorker(): Worker {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) {
    // Run from source (tests, benchmarks, the command line): tsx compiles the worker's TypeScript.
    const entry = new URL('./exchange-worker.ts', here).href;
    const source = `import(${JSON.stringify(tsxEsmApi(here))}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}));`;
    return new Worker(source, { eval: true });
  }
  return new Worker(builtWorkerFile(path.dirname(fileURLToPath(here))));
}

/** tsx's ES module API, as its package exports it (its CommonJS build cannot load TypeScript ESM). */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as TsxManifest).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href;
}
interface TsxManifest {
  exports: { './esm/api': { import: { default: string } } };
}

/**
 * dist/electron/exchange-worker.js, seen from dist/electron/ or from one of its chunk folders.
 * In the packaged app it stays inside app.asar: Electron reads asar archives in worker threads
 * since version 18 (electron/electron#33216), which the packaged app's version is well past.
 */
export function builtWorkerFile(dir: string): URL {
  for (const candidate of [path.join(dir, WORKER_FILE), path.join(dir, '..', WORKER_FILE)]) {
    if (existsSync(candidate)) return pathToFileURL(candidate);
  }
  throw new Error(`${WORKER_FILE} was not found near ${dir}: run npm run build.`);
}
