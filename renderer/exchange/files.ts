// Files between the page and the host, over the typed API: a chosen file goes up in numbered
// base64 chunks (its size checked against the stated limit first), an exported file comes down
// the same way and is saved as a download of the page's own blob: URL. Nothing else is fetched.
import type { MaillageApi } from '../../shared/api/contract';
import { MAX_IMPORT_BYTES, type ExportedFile } from '../../shared/exchange/ops';

export class FileTooLargeError extends Error {
  constructor(readonly sizeBytes: number) {
    super(`The file is ${sizeBytes} bytes; the limit is ${MAX_IMPORT_BYTES}.`);
    this.name = 'FileTooLargeError';
  }
}

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** A Blob's bytes in base64, through the browser's own encoder. */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

export async function uploadFile(
  api: MaillageApi,
  file: File,
  onProgress: (sent: number, total: number) => void,
  signal: { cancelled: boolean },
): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooLargeError(file.size);
  const { uploadId, chunkBytes } = await api['exchange.uploadStart']({
    fileName: file.name || 'fichier',
    sizeBytes: file.size,
  });
  let sent = 0;
  for (let index = 0; sent < file.size || index === 0; index++) {
    if (signal.cancelled) throw new UploadCancelled();
    const part = file.slice(sent, sent + chunkBytes);
    await api['exchange.uploadChunk']({ uploadId, index, data: await base64Of(part) });
    sent += part.size;
    onProgress(sent, file.size);
    if (file.size === 0) break;
  }
  return uploadId;
}

export class UploadCancelled extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelled';
  }
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Every chunk of one exported file, as a Blob of its media type. */
export async function downloadFile(
  api: MaillageApi,
  jobId: string,
  file: number,
  described: ExportedFile,
): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let index = 0; ; index++) {
    const chunk = await api['exchange.download']({ jobId, file, index });
    parts.push(bytesOf(chunk.data));
    if (chunk.last) break;
  }
  return new Blob(parts, { type: described.mediaType });
}

/** Saves a Blob under a name, as the browser or Electron save a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
