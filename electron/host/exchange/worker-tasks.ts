// The exchange work that takes seconds on a large network, named so it runs on a worker thread
// (exchange-worker.ts, started by off-thread.ts) while the host keeps answering the page's polls
// and a Cancel: reading a file into a draft (every format), writing GraphML, GEXF and the PDF.
// A task takes and gives plain data (structured clone); its control only reports progress, since
// the host cancels by terminating the worker.
import type { CsvMapping } from '../../../shared/exchange/csv';
import type { CaseDocument } from '../../../shared/exchange/document';
import { flatten } from '../../../shared/exchange/flat-graph';
import {
  ImportReport,
  type DroppedItem,
  type GuessedItem,
  type ImportDraft,
} from '../../../shared/exchange/preview';
import type { FileProblem } from '../../../shared/exchange/problems';
import { draftFromCsv, draftFromJson, draftFromXml, type NamedText } from './drafts';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import type { JobControl } from './jobs';
import { renderReport } from './report/report';

/** An ImportDraft as it crosses threads: the report's findings as plain lists. */
export interface DraftData {
  document: CaseDocument;
  source: ImportDraft['source'];
  fromVersion: number | null;
  dropped: DroppedItem[];
  guessed: GuessedItem[];
}

export interface WorkerTasks {
  'read-xml': {
    input: { format: 'graphml' | 'gexf'; file: NamedText; now: string };
    output: DraftData;
  };
  'read-json': { input: { text: string }; output: DraftData };
  'read-csv': {
    input: {
      actors: NamedText | null;
      ties: NamedText | null;
      mapping: CsvMapping;
      now: string;
    };
    output: DraftData;
  };
  /** The file's UTF-8 bytes, handed over without a copy. */
  'write-xml': {
    input: { format: 'graphml' | 'gexf'; document: CaseDocument };
    output: Uint8Array;
  };
  /** The A4 report: its analysis of a large network and its drawing take seconds. */
  'write-pdf': { input: { document: CaseDocument; now: Date }; output: Uint8Array };
}
export type WorkerTask = keyof WorkerTasks;

type TaskTable = {
  [K in WorkerTask]: (
    input: WorkerTasks[K]['input'],
    control: JobControl,
  ) => Promise<WorkerTasks[K]['output']>;
};

export const WORKER_TASKS: TaskTable = {
  'read-xml': async ({ format, file, now }, control) =>
    draftData(await draftFromXml(format, file, now, control)),
  'read-json': async ({ text }, control) => draftData(draftFromJson(text, control)),
  'read-csv': async ({ actors, ties, mapping, now }, control) =>
    draftData(draftFromCsv({ actors, ties }, mapping, now, control)),
  'write-xml': async ({ format, document }, control) => {
    const flat = flatten(document);
    const text = await (format === 'gexf' ? writeGexf : writeGraphml)(flat, control);
    return new TextEncoder().encode(text);
  },
  'write-pdf': async ({ document, now }, control) => {
    const pdf = await renderReport(document, { now }, control);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  },
};

export function isWorkerTask(name: unknown): name is WorkerTask {
  return typeof name === 'string' && Object.hasOwn(WORKER_TASKS, name);
}

function draftData({ document, source, fromVersion, report }: ImportDraft): DraftData {
  return { document, source, fromVersion, dropped: report.dropped, guessed: report.guessed };
}

export function draftOf(data: DraftData): ImportDraft {
  const { dropped, guessed, ...rest } = data;
  return { ...rest, report: ImportReport.from(dropped, guessed) };
}

/** What the worker posts back: progress while it runs, then one result or one failure. */
export type WorkerMessage =
  | { kind: 'progress'; phase: Parameters<JobControl['progress']>[0]; done: number; total: number }
  | { kind: 'done'; output: unknown }
  | { kind: 'problem'; problem: FileProblem }
  | { kind: 'error'; message: string; stack: string | null };
