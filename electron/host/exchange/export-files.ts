// A case document written in the format the user chose: file names, media types and bytes.
// The names say the case and the day, never more than the document itself shows (a pseudonymised
// export is named by the case's label).
import { csvRows } from '../../../shared/exchange/csv';
import type { CaseDocument } from '../../../shared/exchange/document';
import type { ExportFormat } from '../../../shared/exchange/ops';
import { writeCsv } from './csv-files';
import type { JobControl } from './jobs';
import { runOffThread } from './off-thread';
import { sealTransfer, TRANSFER_EXTENSION } from './transfer';

export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

export async function exportFiles(
  document: CaseDocument,
  format: ExportFormat,
  options: { passphrase?: string; now: Date },
  control: JobControl,
): Promise<ExportFile[]> {
  const base = `${slug(document.case.pseudonym)}-${options.now.toISOString().slice(0, 10)}`;
  const text = (fileName: string, mediaType: string, content: string): ExportFile => ({
    fileName,
    mediaType,
    bytes: Buffer.from(content, 'utf8'),
  });
  control.progress('building');
  await control.checkpoint();
  switch (format) {
    case 'json':
      return [text(`${base}.json`, 'application/json', JSON.stringify(document, null, 2))];
    case 'graphml':
    case 'gexf': {
      const bytes = await runOffThread('write-xml', { format, document }, control);
      return [
        {
          fileName: `${base}.${format}`,
          mediaType: format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml',
          bytes: bufferOf(bytes),
        },
      ];
    }
    case 'csv': {
      const rows = csvRows(document);
      await control.checkpoint();
      return [
        text(`${base}-actors.csv`, 'text/csv;charset=utf-8', writeCsv(rows.actors)),
        text(`${base}-ties.csv`, 'text/csv;charset=utf-8', writeCsv(rows.ties)),
      ];
    }
    case 'pdf': {
      control.progress('rendering');
      const bytes = await runOffThread('write-pdf', { document, now: options.now }, control);
      return [{ fileName: `${base}.pdf`, mediaType: 'application/pdf', bytes: bufferOf(bytes) }];
    }
    case 'transfer': {
      if (options.passphrase === undefined) throw new Error('A transfer file needs a passphrase.');
      const json = JSON.stringify(document);
      control.progress('encrypting');
      await control.checkpoint();
      const bytes = await sealTransfer(json, options.passphrase);
      return [
        { fileName: `${base}.${TRANSFER_EXTENSION}`, mediaType: 'application/octet-stream', bytes },
      ];
    }
  }
}

/** The worker's bytes as a Buffer, without a copy. */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** "Léa M." → "lea-m": a file name any system accepts. */
export function slug(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return plain || 'dossier';
}
