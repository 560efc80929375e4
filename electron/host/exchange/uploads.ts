// Files on their way in: the page sends a file as numbered base64 chunks, in order. The size is
// declared first and checked against the limit before a byte arrives, then again as chunks come
// in, so an oversized file is never held whole. Complete files wait for the import job.
import { randomUUID } from 'node:crypto';
import { CHUNK_BYTES, MAX_IMPORT_BYTES } from '../../../shared/exchange/ops';
import { MaillageError } from '../../../shared/errors';

/** Uploads kept at once, and for how long after their last chunk. */
const MAX_UPLOADS = 8;
const UPLOAD_TTL_MS = 15 * 60_000;

interface Upload {
  fileName: string;
  sizeBytes: number;
  chunks: Buffer[];
  received: number;
  touchedAt: number;
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export class Uploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly maxBytes = MAX_IMPORT_BYTES,
    private readonly now: () => number = () => Date.now(),
  ) {}

  start(fileName: string, sizeBytes: number): { uploadId: string; chunkBytes: number } {
    this.sweep();
    if (sizeBytes > this.maxBytes) {
      throw new MaillageError(
        'payload_too_large',
        `The file is larger than ${this.maxBytes} bytes.`,
      );
    }
    if (this.uploads.size >= MAX_UPLOADS) {
      const oldest = [...this.uploads.entries()].sort((a, b) => a[1].touchedAt - b[1].touchedAt)[0];
      if (oldest) this.uploads.delete(oldest[0]);
    }
    const uploadId = randomUUID();
    this.uploads.set(uploadId, {
      fileName,
      sizeBytes,
      chunks: [],
      received: 0,
      touchedAt: this.now(),
    });
    return { uploadId, chunkBytes: CHUNK_BYTES };
  }

  chunk(uploadId: string, index: number, base64: string): { receivedBytes: number } {
    const upload = this.require(uploadId);
    if (index !== upload.chunks.length) {
      throw new MaillageError(
        'conflict',
        `Chunk ${index} arrived; chunk ${upload.chunks.length} was expected.`,
      );
    }
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > CHUNK_BYTES || upload.received + bytes.length > upload.sizeBytes) {
      this.uploads.delete(uploadId);
      throw new MaillageError('payload_too_large', 'The file is larger than it said.');
    }
    upload.chunks.push(bytes);
    upload.received += bytes.length;
    upload.touchedAt = this.now();
    return { receivedBytes: upload.received };
  }

  /** The whole file, once every byte arrived (it stays until released or forgotten). */
  file(uploadId: string): UploadedFile {
    const upload = this.require(uploadId);
    if (upload.received !== upload.sizeBytes) {
      throw new MaillageError('conflict', `The file ${uploadId} has not arrived whole.`);
    }
    upload.touchedAt = this.now();
    return { fileName: upload.fileName, bytes: Buffer.concat(upload.chunks, upload.received) };
  }

  release(uploadId: string): void {
    this.uploads.delete(uploadId);
  }

  clear(): void {
    this.uploads.clear();
  }

  private require(uploadId: string): Upload {
    this.sweep();
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new MaillageError('not_found', `No upload ${uploadId}.`);
    return upload;
  }

  private sweep(): void {
    const limit = this.now() - UPLOAD_TTL_MS;
    for (const [id, upload] of this.uploads) if (upload.touchedAt < limit) this.uploads.delete(id);
  }
}
