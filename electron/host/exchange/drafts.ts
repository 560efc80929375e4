// From a file's text to an import draft (the case document and what was dropped or guessed), one
// function per format. Pure work on text, run on the exchange's worker thread (worker-tasks.ts):
// these are the steps that take seconds on a large network.
import { randomUUID } from 'node:crypto';
import { flatFromCsv, type CsvMapping } from '../../../shared/exchange/csv';
import { draftFromGraph } from '../../../shared/exchange/graph-import';
import { parseJsonText, readAppDocument } from '../../../shared/exchange/migrations';
import { ImportReport, type ImportDraft } from '../../../shared/exchange/preview';
import { readCsv } from './csv-files';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import type { JobControl } from './jobs';

export interface NamedText {
  fileName: string;
  text: string;
}

export async function draftFromXml(
  format: 'graphml' | 'gexf',
  file: NamedText,
  now: string,
  control: JobControl,
): Promise<ImportDraft> {
  const graph = await (format === 'gexf' ? readGexf : readGraphml)(file.text, control);
  control.progress('mapping');
  return draftFromGraph(graph, { fileName: file.fileName, now, newId: randomUUID });
}

export function draftFromJson(text: string, control: JobControl): ImportDraft {
  control.progress('parsing');
  const value = parseJsonText(text);
  control.progress('checking');
  const { document, fromVersion } = readAppDocument(value);
  const report = new ImportReport();
  // Partnerships belong to the service, not to the case: shown in the file, never imported.
  if (document.partnerships.length > 0)
    report.drop('partnerships', '', document.partnerships.length);
  return { document: { ...document, partnerships: [] }, report, source: 'maillage', fromVersion };
}

export function draftFromCsv(
  files: { actors: NamedText | null; ties: NamedText | null },
  mapping: CsvMapping,
  now: string,
  control: JobControl,
): ImportDraft {
  control.progress('parsing');
  const actors = files.actors ? readCsv(files.actors.text, files.actors.fileName) : null;
  const ties = files.ties ? readCsv(files.ties.text, files.ties.fileName) : null;
  control.progress('mapping');
  const report = new ImportReport();
  const graph = flatFromCsv(actors, ties, mapping, report);
  const fileName = (files.actors ?? files.ties)?.fileName ?? 'import.csv';
  return draftFromGraph(graph, { fileName, now, newId: randomUUID, report });
}
